package io.github.sfntestkit.coverage;

import io.github.sfntestkit.coverage.CoverageGraph.Edge;
import io.github.sfntestkit.coverage.CoverageGraph.Kind;
import io.github.sfntestkit.coverage.CoverageGraph.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Coverage as Cobertura XML (the coverage-04 DTD), which GitLab, Jenkins and Codecov display.
 *
 * <p>Each state machine is a package holding one class, whose {@code filename} is the definition's
 * source path when known (else the machine's name). Each state is a line: its line number in the
 * definition file when known (else its position, 1-based, in depth-first order), {@code hits} the
 * number of times it was entered. Choice states, and states with Catchers, are branch lines: their
 * conditions are the Choice rules and Default, or the Catchers and Next, with {@code
 * condition-coverage} such as {@code 50% (1/2)}. The report is deterministic: its timestamp is 0.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CoberturaReport {
  private CoberturaReport() {}

  /** Writes the report to {@code xmlFile} (folders created), with {@code .} as the source directory. */
  public static void write(CoverageData data, Path xmlFile) {
    write(data, xmlFile, List.of("."));
  }

  /**
   * Writes the report to {@code xmlFile}, listing {@code sourceDirectories} as the {@code <source>}
   * entries the class file names are relative to.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(CoverageData data, Path xmlFile, List<String> sourceDirectories) {
    Objects.requireNonNull(xmlFile, "xmlFile");
    String xml = toXml(data, sourceDirectories);
    try {
      Path dir = xmlFile.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Files.writeString(xmlFile, xml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Cobertura report " + xmlFile + ": " + e.getMessage(), e);
    }
  }

  /** The report as text. */
  public static String toXml(CoverageData data, List<String> sourceDirectories) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(sourceDirectories, "sourceDirectories");
    Collection<StateMachineCoverage> machines = data.machines();
    List<MachineLines> all = new ArrayList<>();
    int lines = 0;
    int linesCovered = 0;
    int branches = 0;
    int branchesCovered = 0;
    for (StateMachineCoverage m : machines) {
      MachineLines ml = new MachineLines(m);
      all.add(ml);
      lines += ml.lines;
      linesCovered += ml.linesCovered;
      branches += ml.branches;
      branchesCovered += ml.branchesCovered;
    }
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<!DOCTYPE coverage SYSTEM \"http://cobertura.sourceforge.net/xml/coverage-04.dtd\">\n");
    x.append("<coverage line-rate=\"").append(rate(linesCovered, lines))
        .append("\" branch-rate=\"").append(rate(branchesCovered, branches))
        .append("\" lines-covered=\"").append(linesCovered)
        .append("\" lines-valid=\"").append(lines)
        .append("\" branches-covered=\"").append(branchesCovered)
        .append("\" branches-valid=\"").append(branches)
        .append("\" complexity=\"0\" version=\"sfn-testkit\" timestamp=\"0\">\n");
    x.append("  <sources>\n");
    for (String s : sourceDirectories) {
      x.append("    <source>").append(escape(s)).append("</source>\n");
    }
    x.append("  </sources>\n");
    x.append("  <packages>\n");
    Set<String> names = duplicateNames(machines);
    for (MachineLines ml : all) {
      String name = names.contains(ml.machine.name())
          ? ml.machine.name() + " (" + ml.machine.key() + ")" : ml.machine.name();
      ml.append(x, name);
    }
    x.append("  </packages>\n");
    x.append("</coverage>\n");
    return x.toString();
  }

  private static Set<String> duplicateNames(Collection<StateMachineCoverage> machines) {
    Set<String> seen = new HashSet<>();
    Set<String> duplicates = new HashSet<>();
    for (StateMachineCoverage m : machines) {
      if (!seen.add(m.name())) {
        duplicates.add(m.name());
      }
    }
    return duplicates;
  }

  /** One machine's lines: a state each, branch states with their conditions. */
  private static final class MachineLines {
    final StateMachineCoverage machine;
    final List<Node> nodes;
    final Map<String, List<Edge>> branchEdges = new HashMap<>();
    final int[] numbers;
    int lines;
    int linesCovered;
    int branches;
    int branchesCovered;

    MachineLines(StateMachineCoverage m) {
      this.machine = m;
      this.nodes = m.graph().nodes();
      this.numbers = lineNumbers(m, nodes);
      for (Edge e : m.graph().edges()) {
        branchEdges.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
      }
      for (Node n : nodes) {
        lines++;
        if (m.hits(n) > 0) {
          linesCovered++;
        }
        for (Edge e : conditions(n)) {
          branches++;
          if (m.hits(e) > 0) {
            branchesCovered++;
          }
        }
      }
    }

    /** The conditions of a branch line: Choice rules and Default, or Catchers and Next; else none. */
    List<Edge> conditions(Node n) {
      List<Edge> out = new ArrayList<>();
      List<Edge> leaving = branchEdges.getOrDefault(n.id(), List.of());
      boolean catches = leaving.stream().anyMatch(e -> e.kind() == Kind.CATCH);
      for (Edge e : leaving) {
        if (e.kind() == Kind.CHOICE || e.kind() == Kind.DEFAULT
            || (catches && (e.kind() == Kind.CATCH || e.kind() == Kind.NEXT))) {
          out.add(e);
        }
      }
      return out;
    }

    void append(StringBuilder x, String name) {
      String file = machine.source() != null ? machine.source() : machine.name();
      x.append("    <package name=\"").append(escape(name))
          .append("\" line-rate=\"").append(rate(linesCovered, lines))
          .append("\" branch-rate=\"").append(rate(branchesCovered, branches))
          .append("\" complexity=\"0\">\n");
      x.append("      <classes>\n");
      x.append("        <class name=\"").append(escape(name))
          .append("\" filename=\"").append(escape(file.replace('\\', '/')))
          .append("\" line-rate=\"").append(rate(linesCovered, lines))
          .append("\" branch-rate=\"").append(rate(branchesCovered, branches))
          .append("\" complexity=\"0\">\n");
      x.append("          <methods/>\n");
      x.append("          <lines>\n");
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> Integer.compare(numbers[a], numbers[b]));
      for (int i : order) {
        line(x, nodes.get(i), numbers[i]);
      }
      x.append("          </lines>\n");
      x.append("        </class>\n");
      x.append("      </classes>\n");
      x.append("    </package>\n");
    }

    private void line(StringBuilder x, Node n, int number) {
      x.append("            <line number=\"").append(number).append("\" hits=\"").append(machine.hits(n));
      List<Edge> conditions = conditions(n);
      if (conditions.isEmpty()) {
        x.append("\" branch=\"false\"/>\n");
        return;
      }
      int covered = 0;
      for (Edge e : conditions) {
        if (machine.hits(e) > 0) {
          covered++;
        }
      }
      String percent = (covered * 100 / conditions.size()) + "%";
      x.append("\" branch=\"true\" condition-coverage=\"").append(percent).append(" (").append(covered)
          .append('/').append(conditions.size()).append(")\">\n");
      x.append("              <conditions>\n");
      x.append("                <condition number=\"0\" type=\"jump\" coverage=\"").append(percent)
          .append("\"/>\n");
      x.append("              </conditions>\n");
      x.append("            </line>\n");
    }
  }

  /**
   * Each state's line in the source when every state's is known and no two share one; else the
   * states' positions (1-based), which keep every line distinct.
   */
  private static int[] lineNumbers(StateMachineCoverage m, List<Node> nodes) {
    int[] numbers = new int[nodes.size()];
    Set<Integer> used = new HashSet<>();
    boolean fromSource = m.source() != null;
    for (int i = 0; i < nodes.size() && fromSource; i++) {
      numbers[i] = m.line(nodes.get(i).id());
      fromSource = numbers[i] > 0 && used.add(numbers[i]);
    }
    if (!fromSource) {
      for (int i = 0; i < nodes.size(); i++) {
        numbers[i] = i + 1;
      }
    }
    return numbers;
  }

  private static String rate(int covered, int total) {
    double ratio = total == 0 ? 1.0 : (double) covered / total;
    return BigDecimal.valueOf(ratio).setScale(4, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
  }

  /** Escapes XML special characters and drops characters XML 1.0 cannot hold. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&apos;");
          break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString();
  }
}
