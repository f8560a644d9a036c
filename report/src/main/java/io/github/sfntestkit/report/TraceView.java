package io.github.sfntestkit.report;

import static io.github.sfntestkit.report.Html.esc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.coverage.CoverageGraph;
import io.github.sfntestkit.coverage.CoverageGraph.Edge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes one execution as a self-contained HTML page: the state machine's graph with the path taken
 * highlighted (states entered and transitions taken in blue, with counts; the rest faded), and every
 * state visit in order with its virtual entry time, outcome and retries. Clicking a state (or a row)
 * shows its visits' input, each data-flow step, output, error, cause and retry delays.
 *
 * <pre>{@code
 * ExecutionResult result = sm.execute(input, options);
 * TraceView.write(sm, result, Path.of("target/sfn-traces/OrderTest/declined.html"));
 * }</pre>
 *
 * <p>DOM contract, for tests and tools: the graph is {@code #viewport svg.sfn-graph}; entered
 * states are {@code g.state.visited} (others {@code g.state.not-visited}) with {@code data-node-id}
 * and {@code data-visits}; states whose error was not caught also have {@code failed}; transitions
 * taken are {@code g.edge.taken} (others {@code g.edge.not-taken}) with {@code data-edge-id} and
 * {@code data-taken}. The visits are {@code table#visits tr.visit} with {@code data-visit} (1-based,
 * in order) and {@code data-node-id}. The panel {@code #details} shows, after a click, the
 * {@code .visit-detail} blocks ({@code data-visit}, {@code data-node-id}) of the state, the others
 * {@code hidden}; each holds {@code pre.json[data-field]} for {@code input}, {@code afterInputPath},
 * {@code afterParameters}, {@code result}, {@code afterResultSelector}, {@code afterResultPath},
 * {@code output} and {@code assigned} when present. {@code #details-title} names what is shown.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TraceView {
  /** Visits listed at most; a longer execution's later visits are counted, not shown. */
  static final int MAX_VISITS = 2_000;
  /** Characters of one JSON value shown at most. */
  static final int MAX_JSON = 20_000;

  private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

  private TraceView() {}

  /**
   * Writes the trace of {@code result}, an execution of {@code stateMachine}, to {@code htmlFile}
   * (parent directories created).
   *
   * @return {@code htmlFile}
   * @throws UncheckedIOException when the file cannot be written
   */
  public static Path write(StateMachine stateMachine, ExecutionResult result, Path htmlFile) {
    Objects.requireNonNull(stateMachine, "stateMachine");
    return write(stateMachine.definition(), stateMachine.name(), result, htmlFile);
  }

  /**
   * Writes the trace of {@code result}, an execution of the definition {@code definition}, to
   * {@code htmlFile} (parent directories created).
   *
   * @return {@code htmlFile}
   * @throws UncheckedIOException when the file cannot be written
   */
  public static Path write(JsonNode definition, ExecutionResult result, Path htmlFile) {
    return write(definition, null, result, htmlFile);
  }

  private static Path write(JsonNode definition, String name, ExecutionResult result, Path htmlFile) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(htmlFile, "htmlFile");
    String html = html(definition, name, result);
    try {
      Path parent = htmlFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
      return htmlFile;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the execution trace " + htmlFile + ": " + e, e);
    }
  }

  /** The page. */
  static String html(JsonNode definition, String name, ExecutionResult result) {
    CoverageGraph graph = CoverageGraph.of(definition);
    Map<StateVisit, String> childOf = new IdentityHashMap<>();
    List<StateVisit> visits = TraceDecoration.allVisits(result, graph, childOf);
    TraceDecoration deco = new TraceDecoration(graph, visits);
    String title = name != null ? name : result.name() != null ? result.name() : "Execution";
    StringBuilder b = new StringBuilder(16_384 + visits.size() * 1024);
    header(b, title, result, visits.size());
    b.append("<main>\n");
    if (result.error() != null || result.cause() != null) {
      b.append("<div class=\"error-box\" id=\"execution-error\"><b>").append(esc(result.error())).append("</b>");
      if (result.cause() != null) {
        b.append("<pre class=\"cause\">").append(esc(cut(result.cause()))).append("</pre>");
      }
      b.append("</div>\n");
    }
    b.append("<div class=\"trace-grid\"><div>");
    HtmlReport.graphPanel(b, SvgGraph.render(graph, deco), true);
    b.append("</div>\n<aside class=\"panel\" id=\"details\"><h3 id=\"details-title\">Visits</h3>")
        .append("<p class=\"hint\" id=\"details-hint\">Click a state in the graph, or a row below, to see its input,"
            + " output and retries.</p>\n");
    int shown = Math.min(visits.size(), MAX_VISITS);
    for (int i = 0; i < shown; i++) {
      detail(b, i + 1, visits.get(i), result.startTime(), deco);
    }
    b.append("</aside></div>\n");
    visitTable(b, visits, childOf, shown, result.startTime(), deco, graph);
    b.append("</main>\n");
    return Html.page(title + " \u00b7 execution trace", "trace", b.toString(), "trace.js");
  }

  private static void header(StringBuilder b, String title, ExecutionResult result, int visits) {
    b.append("<header class=\"top\"><div class=\"sub\">Execution trace</div><h1>").append(esc(title))
        .append("<span class=\"status ").append(esc(String.valueOf(result.status()))).append("\" id=\"status\">")
        .append(esc(String.valueOf(result.status()))).append("</span></h1><p class=\"sub\">");
    if (result.name() != null) {
      b.append("<span>").append(esc(result.name())).append("</span>");
    }
    b.append("<span>started ").append(esc(String.valueOf(result.startTime()))).append(" (virtual)</span>")
        .append("<span>took ").append(esc(duration(result.duration()))).append("</span><span>")
        .append(CoverageDecoration.count(visits, "state visit")).append("</span>");
    if (!result.childExecutions().isEmpty()) {
      b.append("<span>").append(CoverageDecoration.count(result.childExecutions().size(), "child execution"))
          .append("</span>");
    }
    b.append("</p></header>\n");
  }

  private static void visitTable(StringBuilder b, List<StateVisit> visits, Map<StateVisit, String> childOf,
      int shown, Instant start, TraceDecoration deco, CoverageGraph graph) {
    b.append("<h2>Visits in order</h2>\n<div class=\"visits-wrap\"><table class=\"visits\" id=\"visits\">")
        .append("<thead><tr><th>#</th><th>Entered</th><th>State</th><th>Type</th><th>Outcome</th>")
        .append("<th>Retries</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < shown; i++) {
      StateVisit v = visits.get(i);
      boolean error = v.error() != null && v.caughtError() == null;
      b.append("<tr class=\"visit").append(error ? " error" : "").append("\" data-visit=\"").append(i + 1)
          .append("\" data-node-id=\"").append(esc(nodeId(v))).append("\"><td class=\"num\">").append(i + 1)
          .append("</td><td class=\"time\" title=\"").append(esc(String.valueOf(v.enteredTime()))).append("\">")
          .append(esc(offset(start, v.enteredTime()))).append("</td><td class=\"state\">");
      String id = nodeId(v);
      int slash = id.lastIndexOf('/');
      if (slash >= 0 && id.endsWith("/" + v.name())) {
        b.append("<span class=\"nested\">").append(esc(id.substring(0, slash + 1))).append("</span>");
      }
      b.append(esc(v.name()));
      String child = childOf.get(v);
      if (child != null) {
        b.append(" <span class=\"tag child\" title=\"child execution\">").append(esc(child)).append("</span>");
      }
      b.append("</td><td>").append(esc(v.type())).append("</td><td class=\"outcome\">")
          .append(esc(outcome(v, deco))).append("</td><td>").append(esc(retries(v))).append("</td></tr>\n");
    }
    b.append("</tbody></table></div>\n");
    if (visits.size() > shown) {
      b.append("<p class=\"note\" id=\"visits-cut\">").append(visits.size() - shown)
          .append(" later visits are not listed.</p>\n");
    }
    if (graph.nodes().isEmpty()) {
      b.append("<p class=\"note\">The definition has no states.</p>\n");
    }
  }

  private static void detail(StringBuilder b, int number, StateVisit v, Instant start, TraceDecoration deco) {
    b.append("<div class=\"visit-detail\" data-visit=\"").append(number).append("\" data-node-id=\"")
        .append(esc(nodeId(v))).append("\" hidden=\"hidden\"><h4>#").append(number).append(' ').append(esc(nodeId(v)))
        .append(" <span class=\"tag\">").append(esc(v.type())).append("</span></h4><dl>");
    dt(b, "Entered", offset(start, v.enteredTime()) + "  (" + v.enteredTime() + ")");
    dt(b, "Outcome", outcome(v, deco));
    json(b, "Input", "input", v.input());
    json(b, "After InputPath", "afterInputPath", v.afterInputPath());
    json(b, "Parameters", "afterParameters", v.afterParameters());
    json(b, "Result", "result", v.result());
    json(b, "After ResultSelector", "afterResultSelector", v.afterResultSelector());
    json(b, "After ResultPath", "afterResultPath", v.afterResultPath());
    json(b, "Output", "output", v.output());
    json(b, "Assigned", "assigned", v.assigned());
    if (v.error() != null) {
      dt(b, v.caughtError() != null ? "Caught error" : "Error", v.error());
    }
    if (v.cause() != null) {
      b.append("<dt>Cause</dt><dd><pre class=\"cause\">").append(esc(cut(v.cause()))).append("</pre></dd>");
    }
    if (v.retries() > 0) {
      b.append("<dt>Retries</dt><dd><ol class=\"retries\">");
      List<Integer> retriers = v.retriers();
      for (int i = 0; i < v.retries(); i++) {
        b.append("<li>after ").append(esc(duration(v.retryDelays().get(i))));
        if (i < retriers.size()) {
          b.append(" (Retrier ").append(retriers.get(i)).append(')');
        }
        b.append("</li>");
      }
      b.append("</ol></dd>");
    }
    b.append("</dl></div>\n");
  }

  private static void dt(StringBuilder b, String term, String value) {
    b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>");
  }

  private static void json(StringBuilder b, String term, String field, JsonNode value) {
    if (value == null) {
      return;
    }
    b.append("<dt>").append(esc(term)).append("</dt><dd><pre class=\"json\" data-field=\"").append(field)
        .append("\">").append(esc(pretty(value))).append("</pre></dd>");
  }

  static String pretty(JsonNode value) {
    try {
      return cut(PRETTY.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      return cut(value.toString());
    }
  }

  private static String cut(String text) {
    return text.length() <= MAX_JSON ? text
        : text.substring(0, MAX_JSON) + "\n\u2026 (" + (text.length() - MAX_JSON) + " more characters)";
  }

  private static String nodeId(StateVisit v) {
    return v.nodeId() != null ? v.nodeId() : v.name();
  }

  /** How the visit ended: {@code → Next}, {@code caught X → Handler (Catch[0])}, {@code failed: X}, {@code end}. */
  static String outcome(StateVisit v, TraceDecoration deco) {
    if (v.caughtError() != null) {
      return "caught " + v.caughtError() + " \u2192 " + v.next() + (v.catcher() >= 0 ? " (Catch[" + v.catcher() + "])" : "");
    }
    if (v.error() != null) {
      return "failed: " + v.error();
    }
    if (v.next() != null) {
      Edge exit = deco.exitOf(v);
      String via = exit == null ? "" : exit.kind() == CoverageGraph.Kind.CHOICE ? " (Choices[" + exit.index() + "])"
          : exit.kind() == CoverageGraph.Kind.DEFAULT ? " (Default)" : "";
      return "\u2192 " + v.next() + via;
    }
    return v.output() != null ? "end" : "did not finish";
  }

  private static String retries(StateVisit v) {
    if (v.retries() == 0) {
      return "";
    }
    StringBuilder b = new StringBuilder().append(v.retries()).append(" (");
    for (int i = 0; i < v.retries(); i++) {
      b.append(i == 0 ? "" : ", ").append(duration(v.retryDelays().get(i)));
    }
    return b.append(')').toString();
  }

  /** Virtual time since the start: {@code +0s}, {@code +2.5s}, {@code +1h 0m 4s}, {@code +2d 3h 0m 0s}. */
  static String offset(Instant start, Instant at) {
    return "+" + duration(Duration.between(start, at));
  }

  static String duration(Duration d) {
    if (d.isNegative()) {
      return "-" + duration(d.negated());
    }
    long ms = d.toMillis();
    long s = ms / 1000;
    long frac = ms % 1000;
    String sec = frac == 0 ? Long.toString(s % 60)
        : String.format(Locale.ROOT, "%d.%03d", s % 60, frac).replaceAll("0+$", "");
    if (s < 60) {
      return sec + "s";
    }
    long m = s / 60;
    long h = m / 60;
    long days = h / 24;
    if (h == 0) {
      return m + "m " + sec + "s";
    }
    if (days == 0) {
      return h + "h " + (m % 60) + "m " + sec + "s";
    }
    return days + "d " + (h % 24) + "h " + (m % 60) + "m " + sec + "s";
  }
}
