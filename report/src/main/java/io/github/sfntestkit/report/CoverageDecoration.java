package io.github.sfntestkit.report;

import io.github.sfntestkit.coverage.CoverageGraph.Edge;
import io.github.sfntestkit.coverage.CoverageGraph.Kind;
import io.github.sfntestkit.coverage.CoverageGraph.Node;
import io.github.sfntestkit.coverage.StateMachineCoverage;
import java.util.Map;

/**
 * Coverage on the graph: states entered and transitions taken are drawn plainly with their hit
 * count ({@code Task · 3×}), the others get the class {@code uncovered} (red, dashed).
 */
final class CoverageDecoration implements SvgGraph.Decoration {
  private final StateMachineCoverage coverage;

  CoverageDecoration(StateMachineCoverage coverage) {
    this.coverage = coverage;
  }

  @Override
  public String nodeClasses(Node node) {
    return coverage.hits(node) > 0 ? "covered" : "uncovered";
  }

  @Override
  public String caption(Node node) {
    long hits = coverage.hits(node);
    return typeCaption(node, coverage) + " \u00b7 " + (hits > 0 ? times(hits) : "never entered");
  }

  /** The state type, with the branch count for a Parallel state. */
  static String typeCaption(Node node, StateMachineCoverage coverage) {
    if ("Parallel".equals(node.type())) {
      int branches = coverage.graph().branches(node.id());
      return "Parallel, " + branches + (branches == 1 ? " branch" : " branches");
    }
    return node.type();
  }

  @Override
  public String nodeTitle(Node node) {
    long hits = coverage.hits(node);
    return node.id() + " (" + node.type() + "): " + (hits > 0 ? "entered " + count(hits, "time") : "never entered")
        + (node.comment() != null ? "\n" + node.comment() : "");
  }

  @Override
  public Map<String, String> nodeData(Node node) {
    return Map.of("hits", Long.toString(coverage.hits(node)));
  }

  @Override
  public String edgeClasses(Edge edge) {
    return coverage.hits(edge) > 0 ? "covered" : "uncovered";
  }

  @Override
  public String edgeLabel(Edge edge) {
    long hits = coverage.hits(edge);
    String text = edgeText(edge);
    if (hits == 0) {
      return text;
    }
    return text == null ? times(hits) : text + " \u00b7 " + times(hits);
  }

  /** What a transition is, for a label: the Choice rule, "Default", the errors caught or retried. */
  static String edgeText(Edge edge) {
    switch (edge.kind()) {
      case NEXT:
        return null;
      case DEFAULT:
        return "Default";
      case RETRY:
        // "Retry States.ALL x3" from the graph: spell out MaxAttempts so it is not read as a hit count
        return edge.label() == null ? "Retry" : edge.label().replaceFirst(" x(\\d+)$", " (max $1)");
      default:
        return edge.label();
    }
  }

  @Override
  public String edgeTitle(Edge edge) {
    long hits = coverage.hits(edge);
    String what = edge.kind() == Kind.RETRY ? (hits > 0 ? "allowed " + count(hits, "retry") : "never retried")
        : hits > 0 ? "taken " + count(hits, "time") : "never taken";
    return edge.id() + (edge.label() != null && edge.kind() != Kind.NEXT ? "\n" + edge.label() : "") + "\n" + what;
  }

  @Override
  public Map<String, String> edgeData(Edge edge) {
    return Map.of("hits", Long.toString(coverage.hits(edge)));
  }

  static String times(long n) {
    return n + "\u00d7";
  }

  static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }
}
