package io.github.sfntestkit.report;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.coverage.CoverageGraph;
import io.github.sfntestkit.coverage.CoverageGraph.Edge;
import io.github.sfntestkit.coverage.CoverageGraph.Kind;
import io.github.sfntestkit.coverage.CoverageGraph.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One execution on the graph: states entered ({@code visited}, with their visit count) and
 * transitions taken ({@code taken}) in blue, the rest faded ({@code not-visited}, {@code not-taken});
 * states whose error ended the execution or its branch also get {@code failed}.
 */
final class TraceDecoration implements SvgGraph.Decoration {
  private final CoverageGraph graph;
  private final Map<String, Integer> nodeVisits = new HashMap<>();
  private final Map<Edge, Integer> edgeTaken = new HashMap<>();
  private final Set<String> failed = new HashSet<>();
  private final Map<String, Edge> edgesByKey = new HashMap<>();

  TraceDecoration(CoverageGraph graph, List<StateVisit> visits) {
    this.graph = graph;
    for (Edge e : graph.edges()) {
      edgesByKey.put(key(e.from(), e.kind(), e.index()), e);
    }
    for (StateVisit v : visits) {
      String id = v.nodeId();
      if (id == null || graph.node(id) == null) {
        continue;
      }
      nodeVisits.merge(id, 1, Integer::sum);
      for (Edge e : edgesOf(v)) {
        edgeTaken.merge(e, 1, Integer::sum);
      }
      if (v.error() != null && v.caughtError() == null && v.next() == null) {
        failed.add(id);
      }
    }
  }

  /**
   * Every visit of the execution and of its distributed Map child executions: a child's visits
   * follow the visit of the Map state that started it. {@code childOf} receives the name of the
   * child execution of each visit that belongs to one.
   */
  static List<StateVisit> allVisits(ExecutionResult result, CoverageGraph graph, Map<StateVisit, String> childOf) {
    List<StateVisit> out = new ArrayList<>(result.visits());
    for (ExecutionResult child : result.childExecutions()) {
      List<StateVisit> nested = allVisits(child, graph, childOf);
      for (StateVisit v : nested) {
        childOf.putIfAbsent(v, child.name());
      }
      out.addAll(insertionPoint(out, nested, graph, childOf), nested);
    }
    return out;
  }

  /** After the last visit of the Map state the child's first visit is nested in, and its earlier children. */
  private static int insertionPoint(List<StateVisit> out, List<StateVisit> nested, CoverageGraph graph,
      Map<StateVisit, String> childOf) {
    Node first = nested.isEmpty() || nested.get(0).nodeId() == null ? null : graph.node(nested.get(0).nodeId());
    if (first == null || first.parentId() == null) {
      return out.size();
    }
    for (int i = out.size() - 1; i >= 0; i--) {
      if (first.parentId().equals(out.get(i).nodeId())) {
        int at = i + 1;
        while (at < out.size() && childOf.containsKey(out.get(at))) {
          at++;
        }
        return at;
      }
    }
    return out.size();
  }

  private static String key(String from, Kind kind, int index) {
    return from + '\u0000' + kind + '\u0000' + index;
  }

  /** The transitions one visit took: its retries, then the way it left the state (if it did). */
  List<Edge> edgesOf(StateVisit v) {
    List<Edge> out = new ArrayList<>(2);
    String from = v.nodeId();
    for (int r : v.retriers()) {
      add(out, edgesByKey.get(key(from, Kind.RETRY, r)));
    }
    Edge exit = exitOf(v);
    add(out, exit);
    return out;
  }

  /** The transition by which a visit left its state, or null (an end, or an error not caught). */
  Edge exitOf(StateVisit v) {
    if (v.next() == null || v.nodeId() == null) {
      return null;
    }
    String from = v.nodeId();
    if (v.catcher() >= 0) {
      return edgesByKey.get(key(from, Kind.CATCH, v.catcher()));
    }
    if (v.choiceRule() >= 0) {
      return edgesByKey.get(key(from, Kind.CHOICE, v.choiceRule()));
    }
    if ("Choice".equals(v.type())) {
      return edgesByKey.get(key(from, Kind.DEFAULT, -1));
    }
    return edgesByKey.get(key(from, Kind.NEXT, -1));
  }

  private static void add(List<Edge> out, Edge e) {
    if (e != null) {
      out.add(e);
    }
  }

  int visits(Node node) {
    return nodeVisits.getOrDefault(node.id(), 0);
  }

  int taken(Edge edge) {
    return edgeTaken.getOrDefault(edge, 0);
  }

  @Override
  public String nodeClasses(Node node) {
    return (visits(node) > 0 ? "visited" : "not-visited") + (failed.contains(node.id()) ? " failed" : "");
  }

  @Override
  public String caption(Node node) {
    int n = visits(node);
    String type = "Parallel".equals(node.type()) ? "Parallel, " + graph.branches(node.id()) + " branches" : node.type();
    return type + " \u00b7 " + (n == 0 ? "not entered" : CoverageDecoration.count(n, "visit"));
  }

  @Override
  public String nodeTitle(Node node) {
    int n = visits(node);
    return node.id() + " (" + node.type() + "): " + (n == 0 ? "not entered" : "entered "
        + CoverageDecoration.count(n, "time") + "; click to see the visits");
  }

  @Override
  public Map<String, String> nodeData(Node node) {
    return Map.of("visits", Integer.toString(visits(node)));
  }

  @Override
  public String edgeClasses(Edge edge) {
    return taken(edge) > 0 ? "taken" : "not-taken";
  }

  @Override
  public String edgeLabel(Edge edge) {
    int n = taken(edge);
    String text = CoverageDecoration.edgeText(edge);
    if (n == 0) {
      return text;
    }
    return text == null ? CoverageDecoration.times(n) : text + " \u00b7 " + CoverageDecoration.times(n);
  }

  @Override
  public String edgeTitle(Edge edge) {
    int n = taken(edge);
    return edge.id() + (n == 0 ? "\nnot taken" : "\ntaken " + CoverageDecoration.count(n, "time"));
  }

  @Override
  public Map<String, String> edgeData(Edge edge) {
    return Map.of("taken", Integer.toString(taken(edge)));
  }
}
