package io.github.sfntestkit.report;

import static io.github.sfntestkit.report.Html.esc;

import io.github.sfntestkit.coverage.Counter;
import io.github.sfntestkit.coverage.CoverageData;
import io.github.sfntestkit.coverage.CoverageGraph.Edge;
import io.github.sfntestkit.coverage.CoverageGraph.Kind;
import io.github.sfntestkit.coverage.CoverageGraph.Node;
import io.github.sfntestkit.coverage.CoverageMetric;
import io.github.sfntestkit.coverage.StateMachineCoverage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Writes a self-contained HTML coverage report: {@code index.html}, an overview table of every state
 * machine (executions; states, transitions, choice branches, catches and retries covered), and one
 * page per state machine with its graph laid out by Eclipse ELK, uncovered states and transitions in
 * red and dashed, hit counts, and the list of what was never covered. No external resource: the
 * pages open from disk, offline.
 *
 * <pre>{@code
 * HtmlReport.write(CoverageData.readDirectory(Path.of("target/sfn-coverage")),
 *     Path.of("target/sfn-coverage-report"));
 * }</pre>
 *
 * <p>DOM contract, for tests and tools: the overview is {@code table#overview}, one {@code
 * tr.machine} per state machine with {@code data-machine} (name) and {@code data-key}; its cells
 * {@code td.executions} and {@code td.metric.states}, {@code .transitions}, {@code .choice-branches},
 * {@code .catches}, {@code .retries} with {@code data-covered} and {@code data-total}; the footer
 * {@code tr.total}. A machine page has the graph {@code #viewport svg.sfn-graph} (see the states'
 * and edges' attributes below), the counters {@code #summary .card[data-metric]} and the lists
 * {@code ul#uncovered-states} and {@code ul#uncovered-edges}. In the graph every state is a {@code
 * g.state} with {@code data-node-id}, {@code data-type}, {@code data-hits} and the class {@code
 * covered} or {@code uncovered}; every transition a {@code g.edge} with {@code data-edge-id}, {@code
 * data-kind}, {@code data-hits} and {@code covered} or {@code uncovered}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlReport {
  /** The overview page's file name. */
  public static final String INDEX = "index.html";

  private static final CoverageMetric[] METRICS = CoverageMetric.values();

  private HtmlReport() {}

  /**
   * Writes the report into {@code outputDir} (created if needed; files of an earlier report with the
   * same names are replaced).
   *
   * @return the overview page, {@code outputDir/index.html}
   * @throws UncheckedIOException when a file cannot be written
   */
  public static Path write(CoverageData data, Path outputDir) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(outputDir, "outputDir");
    Map<StateMachineCoverage, String> pages = pageNames(data);
    try {
      Files.createDirectories(outputDir);
      for (Map.Entry<StateMachineCoverage, String> page : pages.entrySet()) {
        Files.writeString(outputDir.resolve(page.getValue()), machinePage(page.getKey()), StandardCharsets.UTF_8);
      }
      Path index = outputDir.resolve(INDEX);
      Files.writeString(index, indexPage(data, pages), StandardCharsets.UTF_8);
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the HTML coverage report into " + outputDir + ": " + e, e);
    }
  }

  /** One file name per machine: its name made safe for a file, with the key when names clash. */
  static Map<StateMachineCoverage, String> pageNames(CoverageData data) {
    Map<StateMachineCoverage, String> out = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    used.add("index");
    Map<String, Integer> count = new LinkedHashMap<>();
    for (StateMachineCoverage m : data.machines()) {
      count.merge(fileBase(m.name()), 1, Integer::sum);
    }
    for (StateMachineCoverage m : data.machines()) {
      String base = fileBase(m.name());
      String name = count.get(base) > 1 || used.contains(base) ? base + "-" + m.key() : base;
      used.add(name);
      out.put(m, name + ".html");
    }
    return out;
  }

  static String fileBase(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
    if (safe.length() > 80) {
      safe = safe.substring(0, 80);
    }
    return safe.isEmpty() ? "state-machine" : safe.toLowerCase(Locale.ROOT).equals("index") ? "index-" + safe : safe;
  }

  // ---- index.html ----------------------------------------------------------------------------------

  static String indexPage(CoverageData data, Map<StateMachineCoverage, String> pages) {
    StringBuilder b = new StringBuilder(8192);
    int machines = pages.size();
    b.append("<header class=\"top\"><h1>State machine coverage</h1><p class=\"sub\"><span>")
        .append(CoverageDecoration.count(machines, "state machine")).append("</span><span>")
        .append(CoverageDecoration.count(data.executions(), "execution")).append("</span><span>states ")
        .append(data.total(CoverageMetric.STATES)).append("</span><span>transitions ")
        .append(data.total(CoverageMetric.TRANSITIONS)).append("</span></p></header>\n<main>\n");
    if (machines == 0) {
      b.append("<p class=\"note\" id=\"no-data\">No execution was recorded. Run the tests with coverage on"
          + " (system property <code>sfntestkit.coverage.dir</code>) and make sure they execute state"
          + " machines.</p>\n");
    }
    b.append("<table class=\"overview\" id=\"overview\">\n<thead><tr><th>State machine</th>"
        + "<th class=\"num\">Executions</th>");
    for (CoverageMetric m : METRICS) {
      b.append("<th>").append(esc(capitalize(m.label()))).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (Map.Entry<StateMachineCoverage, String> page : pages.entrySet()) {
      StateMachineCoverage m = page.getKey();
      b.append("<tr class=\"machine\" data-machine=\"").append(esc(m.name())).append("\" data-key=\"")
          .append(esc(m.key())).append("\"><td class=\"name\"><a href=\"").append(esc(page.getValue())).append("\">")
          .append(esc(m.name())).append("</a>");
      if (m.source() != null) {
        b.append("<div class=\"source\">").append(esc(m.source())).append("</div>");
      }
      b.append("</td><td class=\"num executions\">").append(m.executions()).append("</td>");
      for (CoverageMetric metric : METRICS) {
        metricCell(b, metric, m.counter(metric));
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n<tfoot><tr class=\"total\"><td class=\"name\">Total</td><td class=\"num executions\">")
        .append(data.executions()).append("</td>");
    for (CoverageMetric metric : METRICS) {
      metricCell(b, metric, data.total(metric));
    }
    b.append("</tr></tfoot>\n</table>\n<p class=\"note\">A state is covered when some execution entered it;"
        + " a transition when some execution took it (for a Retrier: when it allowed a retry). Choice branches"
        + " are the Choice rules and Defaults; catches the Catchers.</p>\n</main>\n");
    return Html.page("State machine coverage", "report index", b.toString(), null);
  }

  private static void metricCell(StringBuilder b, CoverageMetric metric, Counter c) {
    b.append("<td class=\"metric ").append(cssName(metric)).append(' ').append(rating(c))
        .append("\" data-covered=\"").append(c.covered()).append("\" data-total=\"").append(c.total()).append("\">");
    if (c.total() == 0) {
      b.append("<span class=\"na\" title=\"nothing to cover\">\u2013</span>");
    } else {
      b.append("<span class=\"bar\"><span style=\"width:").append(Html.percent(c.ratio())).append("\"></span></span>")
          .append("<span class=\"pct\">").append(c.percent()).append("</span> <span class=\"frac\">")
          .append(c.covered()).append('/').append(c.total()).append("</span>");
    }
    b.append("</td>");
  }

  static String cssName(CoverageMetric metric) {
    return metric.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String rating(Counter c) {
    if (c.total() == 0) {
      return "na";
    }
    return c.ratio() >= 0.9 ? "high" : c.ratio() >= 0.6 ? "mid" : "low";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ---- one page per machine ------------------------------------------------------------------------

  static String machinePage(StateMachineCoverage m) {
    StringBuilder b = new StringBuilder(32_768);
    b.append("<header class=\"top\"><a href=\"").append(INDEX).append("\">\u2190 All state machines</a><h1>")
        .append(esc(m.name())).append("</h1><p class=\"sub\">");
    if (m.source() != null) {
      b.append("<span>").append(esc(m.source())).append("</span>");
    }
    b.append("<span>").append(CoverageDecoration.count(m.executions(), "execution")).append("</span><span>key ")
        .append(esc(m.key())).append("</span></p></header>\n<main>\n<div class=\"cards\" id=\"summary\">");
    for (CoverageMetric metric : METRICS) {
      Counter c = m.counter(metric);
      b.append("<div class=\"card ").append(rating(c)).append("\" data-metric=\"").append(cssName(metric))
          .append("\" data-covered=\"").append(c.covered()).append("\" data-total=\"").append(c.total())
          .append("\"><div class=\"k\">").append(esc(capitalize(metric.label()))).append("</div><div class=\"v\">")
          .append(c.total() == 0 ? "\u2013" : c.percent()).append("<small>").append(c.covered()).append('/')
          .append(c.total()).append("</small></div></div>");
    }
    b.append("</div>\n");
    graphPanel(b, SvgGraph.render(m.graph(), new CoverageDecoration(m)), false);
    uncoveredLists(b, m);
    b.append("</main>\n");
    return Html.page(m.name() + " \u00b7 coverage", "report machine", b.toString(), null);
  }

  /** The toolbar (zoom, search, legend) and the scrollable viewport holding the SVG. */
  static void graphPanel(StringBuilder b, String svg, boolean trace) {
    b.append("<section class=\"panel graph-panel\" id=\"graph-panel\"><div class=\"toolbar\">")
        .append("<button type=\"button\" id=\"zoom-out\" title=\"Zoom out\">\u2212</button>")
        .append("<span class=\"zoom-level\" id=\"zoom-level\">100%</span>")
        .append("<button type=\"button\" id=\"zoom-in\" title=\"Zoom in\">+</button>")
        .append("<button type=\"button\" id=\"zoom-fit\" title=\"Fit to the window\">Fit</button>")
        .append("<button type=\"button\" id=\"zoom-reset\" title=\"Actual size\">1:1</button>")
        .append("<input type=\"search\" id=\"graph-search\" placeholder=\"Find a state (Enter)\">")
        .append("<span class=\"spacer\"></span><span class=\"legend\">");
    if (trace) {
      b.append("<span><i></i>entered</span><span><i class=\"taken\"></i>path taken</span>");
    } else {
      b.append("<span><i></i>covered</span><span><i class=\"unc\"></i>never entered</span>")
          .append("<span><i class=\"edge\"></i>taken</span><span><i class=\"edge unc\"></i>never taken</span>");
    }
    b.append("</span></div>\n<div class=\"viewport\" id=\"viewport\">\n").append(svg).append("</div></section>\n");
  }

  private static void uncoveredLists(StringBuilder b, StateMachineCoverage m) {
    List<Node> states = m.uncoveredStates();
    List<Edge> edges = m.uncoveredEdges();
    b.append("<section id=\"uncovered\"><h2>Not covered</h2>\n");
    if (states.isEmpty() && edges.isEmpty()) {
      b.append("<p class=\"all-covered\">Every state was entered and every transition taken.</p>\n");
    }
    b.append("<h3>States never entered (").append(states.size()).append(")</h3>\n")
        .append("<ul class=\"uncovered-list\" id=\"uncovered-states\">\n");
    for (Node n : states) {
      b.append("<li data-node-id=\"").append(esc(n.id())).append("\"><a href=\"#\" data-focus=\"").append(esc(n.id()))
          .append("\">").append(esc(n.id())).append("</a> <span class=\"kind\">").append(esc(n.type()))
          .append("</span></li>\n");
    }
    b.append("</ul>\n<h3>Transitions never taken (").append(edges.size()).append(")</h3>\n")
        .append("<ul class=\"uncovered-list\" id=\"uncovered-edges\">\n");
    for (Edge e : edges) {
      b.append("<li data-edge-id=\"").append(esc(e.id())).append("\"><a href=\"#\" data-focus=\"").append(esc(e.from()))
          .append("\">").append(esc(e.kind() == Kind.RETRY ? e.from() : e.from() + " \u2192 " + e.to()))
          .append("</a> <span class=\"kind\">").append(esc(kindName(e))).append("</span>");
      String text = CoverageDecoration.edgeText(e);
      if (text != null && e.kind() != Kind.DEFAULT) {
        b.append(" <span class=\"edge-label\">").append(esc(text)).append("</span>");
      }
      b.append("</li>\n");
    }
    b.append("</ul>\n</section>\n");
  }

  private static String kindName(Edge e) {
    switch (e.kind()) {
      case CHOICE:
        return "Choices[" + e.index() + "]";
      case CATCH:
        return "Catch[" + e.index() + "]";
      case RETRY:
        return "Retry[" + e.index() + "]";
      case DEFAULT:
        return "Default";
      default:
        return "Next";
    }
  }
}
