package io.github.sfntestkit.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.coverage.CoverageGraph.Edge;
import io.github.sfntestkit.coverage.CoverageGraph.Kind;
import io.github.sfntestkit.coverage.CoverageGraph.Node;
import io.github.sfntestkit.internal.load.SourceNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The coverage of one state machine: how many times each state was entered and each transition
 * taken, over every execution recorded. Thread-safe: executions may be recorded from several
 * threads.
 *
 * <pre>{@code
 * StateMachineCoverage coverage = StateMachineCoverage.of(sm);
 * coverage.record(sm.execute(input, options));
 * coverage.states();            // 5/7 (71.4%)
 * coverage.uncoveredEdges();    // [IsValid -> Reject [Default], Charge -> Refund [Catch[0]]]
 * }</pre>
 *
 * <p>A visit counts for its state (by {@link StateVisit#nodeId()}); the transition it took out of
 * the state counts for one edge: the Choice rule that matched ({@link StateVisit#choiceRule()}), the
 * Default, the Catcher that handled an error ({@link StateVisit#catcher()}) or Next; each retry
 * counts for the edge of the Retrier that allowed it ({@link StateVisit#retriers()}). Visits of
 * Parallel branches, Map iterations and distributed Map child executions count for the nested states.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateMachineCoverage {
  private final String key;
  /** Name, source and lines may become more specific when the same definition is seen again. */
  private volatile String name;
  private volatile String source;
  private final JsonNode definition;
  private final CoverageGraph graph;
  private volatile Map<String, Integer> lines;
  private final Map<String, Integer> nodeIndex;
  private final Map<String, Integer> edgeIndex;
  /** Per node index: where its outgoing edges are, by kind and index. */
  private final Outgoing[] outgoing;
  private final long[] nodeHits;
  private final long[] edgeHits;
  private long executions;

  /** The edge indexes leaving one node (-1 when there is no such edge). */
  private static final class Outgoing {
    int next = -1;
    int fallback = -1;
    int[] choices = new int[0];
    int[] catchers = new int[0];
    int[] retriers = new int[0];
  }

  StateMachineCoverage(String key, String name, String source, JsonNode definition, CoverageGraph graph,
      Map<String, Integer> lines) {
    this.key = key;
    this.name = name;
    this.source = source;
    this.definition = definition;
    this.graph = graph;
    this.lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    List<Node> nodes = graph.nodes();
    List<Edge> edges = graph.edges();
    this.nodeIndex = new HashMap<>(nodes.size() * 2);
    for (int i = 0; i < nodes.size(); i++) {
      nodeIndex.put(nodes.get(i).id(), i);
    }
    this.edgeIndex = new HashMap<>(edges.size() * 2);
    this.outgoing = new Outgoing[nodes.size()];
    for (int i = 0; i < outgoing.length; i++) {
      outgoing[i] = new Outgoing();
    }
    for (int i = 0; i < edges.size(); i++) {
      Edge e = edges.get(i);
      edgeIndex.put(e.id(), i);
      link(outgoing[nodeIndex.get(e.from())], e, i);
    }
    this.nodeHits = new long[nodes.size()];
    this.edgeHits = new long[edges.size()];
  }

  private static void link(Outgoing out, Edge e, int index) {
    switch (e.kind()) {
      case NEXT:
        out.next = index;
        break;
      case DEFAULT:
        out.fallback = index;
        break;
      case CHOICE:
        out.choices = put(out.choices, e.index(), index);
        break;
      case CATCH:
        out.catchers = put(out.catchers, e.index(), index);
        break;
      case RETRY:
        out.retriers = put(out.retriers, e.index(), index);
        break;
      default:
        throw new IllegalStateException(String.valueOf(e.kind()));
    }
  }

  private static int[] put(int[] array, int at, int value) {
    int[] out = array;
    if (at >= array.length) {
      out = java.util.Arrays.copyOf(array, at + 1);
      java.util.Arrays.fill(out, array.length, out.length, -1);
    }
    out[at] = value;
    return out;
  }

  /** An empty coverage of a compiled state machine, named and located as it was loaded. */
  public static StateMachineCoverage of(StateMachine stateMachine) {
    Objects.requireNonNull(stateMachine, "stateMachine");
    return of(stateMachine, CoverageKeys.key(stateMachine.definition()));
  }

  static StateMachineCoverage of(StateMachine stateMachine, String key) {
    JsonNode definition = stateMachine.definition();
    return new StateMachineCoverage(key, stateMachine.name(), stateMachine.source(), definition,
        CoverageGraph.of(definition), stateMachine.stateLines());
  }

  /**
   * The machine's identity across test runs and JVMs: a short SHA-256 of its definition in canonical
   * form (keys sorted, no white space, numbers normalized), so the same definition formatted
   * differently, in JSON or YAML, has the same key.
   */
  public String key() {
    return key;
  }

  /** The display name: the file name without extension, the template logical id, or "state-machine". */
  public String name() {
    return name;
  }

  /** The definition's file path or classpath resource name, or null when it was given as text. */
  public String source() {
    return source;
  }

  /** The states and transitions there are to cover. */
  public CoverageGraph graph() {
    return graph;
  }

  /** The definition, as loaded. */
  public JsonNode definition() {
    return definition;
  }

  /**
   * The 1-based line of a state in {@link #source()}, or -1 when unknown (a definition given as a
   * tree or from a template).
   */
  public int line(String nodeId) {
    Integer line = lines.get(nodeId);
    return line == null ? -1 : line;
  }

  /** The known source lines by node id (empty when unknown). */
  public Map<String, Integer> lines() {
    return lines;
  }

  /** The number of (top-level) executions recorded; distributed Map child executions not included. */
  public synchronized long executions() {
    return executions;
  }

  /** How many times the state was entered; 0 for a node of another graph. */
  public long hits(Node node) {
    return hits(node.id());
  }

  /** How many times the state with this node id was entered; 0 when there is no such state. */
  public synchronized long hits(String nodeId) {
    Integer i = nodeIndex.get(nodeId);
    return i == null ? 0 : nodeHits[i];
  }

  /** How many times the transition was taken (for a retry edge: how many retries it allowed). */
  public long hits(Edge edge) {
    return edgeHits(edge.id());
  }

  /** How many times the transition with this edge id was taken; 0 when there is no such edge. */
  public synchronized long edgeHits(String edgeId) {
    Integer i = edgeIndex.get(edgeId);
    return i == null ? 0 : edgeHits[i];
  }

  /**
   * Records one execution of this state machine: its visits, nested ones included, and those of its
   * distributed Map child executions. Visits of states this definition does not have are ignored.
   */
  public synchronized void record(ExecutionResult result) {
    Objects.requireNonNull(result, "result");
    executions++;
    recordVisits(result);
  }

  private void recordVisits(ExecutionResult result) {
    for (StateVisit v : result.visits()) {
      recordVisit(v);
    }
    for (ExecutionResult child : result.childExecutions()) {
      recordVisits(child);
    }
  }

  private void recordVisit(StateVisit v) {
    Integer i = v.nodeId() == null ? null : nodeIndex.get(v.nodeId());
    if (i == null) {
      return;
    }
    nodeHits[i]++;
    Outgoing out = outgoing[i];
    List<Integer> retriers = v.retriers();
    for (int r = 0; r < retriers.size(); r++) {
      hit(out.retriers, retriers.get(r));
    }
    if (v.next() == null) {
      return; // an end, or the state failed: no transition taken
    }
    if (v.catcher() >= 0) {
      hit(out.catchers, v.catcher());
    } else if (v.choiceRule() >= 0) {
      hit(out.choices, v.choiceRule());
    } else if ("Choice".equals(v.type())) {
      hitEdge(out.fallback);
    } else {
      hitEdge(out.next);
    }
  }

  private void hit(int[] edges, int index) {
    if (index >= 0 && index < edges.length) {
      hitEdge(edges[index]);
    }
  }

  private void hitEdge(int edge) {
    if (edge >= 0) {
      edgeHits[edge]++;
    }
  }

  /**
   * This coverage plus another of the same definition: executions and hits added, in a new object
   * (neither is changed). The name is the more specific one ("state-machine" gives way to a file
   * name; otherwise the first in alphabetical order), so merging in any order gives the same result.
   *
   * @throws IllegalArgumentException when the other coverage is of another definition (another key)
   */
  public StateMachineCoverage merge(StateMachineCoverage other) {
    Objects.requireNonNull(other, "other");
    if (!key.equals(other.key)) {
      throw new IllegalArgumentException("Cannot merge the coverage of \"" + other.name + "\" (key " + other.key
          + ") into that of \"" + name + "\" (key " + key + "): they are different definitions.");
    }
    StateMachineCoverage merged = copy();
    merged.add(other);
    return merged;
  }

  /**
   * Takes the other's name, source and lines where they are more specific: a file name rather than
   * "state-machine", else the first name in alphabetical order; a known source; known lines.
   */
  void adopt(StateMachineCoverage other) {
    adopt(other.name, other.source, other.lines);
  }

  /** As {@link #adopt(StateMachineCoverage)}, from the name, source and lines of a loaded machine. */
  synchronized void adopt(String otherName, String otherSource, Map<String, Integer> otherLines) {
    String preferred = preferredName(name, otherName);
    if (!preferred.equals(name)) {
      name = preferred;
    }
    String preferredSource = preferredSource(source, otherSource);
    if (!Objects.equals(preferredSource, source)) {
      source = preferredSource;
    }
    if (lines.isEmpty() && !otherLines.isEmpty()) {
      lines = Collections.unmodifiableMap(new LinkedHashMap<>(otherLines));
    }
  }

  /** A copy with the same hits, independent of this one. */
  StateMachineCoverage copy() {
    StateMachineCoverage copy = new StateMachineCoverage(key, name, source, definition, graph, lines);
    copy.add(this);
    return copy;
  }

  /** Adds the other's executions and hits to this one's, and adopts its more specific names. */
  void add(StateMachineCoverage other) {
    if (!key.equals(other.key)) {
      throw new IllegalArgumentException("different definitions: " + key + ", " + other.key);
    }
    adopt(other);
    long otherExecutions;
    long[] otherNodes;
    long[] otherEdges;
    synchronized (other) {
      otherExecutions = other.executions;
      otherNodes = other.nodeHits.clone();
      otherEdges = other.edgeHits.clone();
    }
    synchronized (this) {
      executions += otherExecutions;
      for (int i = 0; i < nodeHits.length; i++) {
        nodeHits[i] += otherNodes[i];
      }
      for (int i = 0; i < edgeHits.length; i++) {
        edgeHits[i] += otherEdges[i];
      }
    }
  }

  /** Sets raw counts read from a data file (which has checked the ids). */
  synchronized void load(long executions, Map<String, Long> states, Map<String, Long> transitions) {
    this.executions += executions;
    states.forEach((id, n) -> nodeHits[nodeIndex.get(id)] += n);
    transitions.forEach((id, n) -> edgeHits[edgeIndex.get(id)] += n);
  }

  boolean hasNode(String id) {
    return nodeIndex.containsKey(id);
  }

  boolean hasEdge(String id) {
    return edgeIndex.containsKey(id);
  }

  static String preferredName(String a, String b) {
    boolean aDefault = SourceNames.DEFAULT_NAME.equals(a);
    boolean bDefault = SourceNames.DEFAULT_NAME.equals(b);
    if (aDefault != bDefault) {
      return aDefault ? b : a;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String preferredSource(String a, String b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** States entered at least once, out of all states (nested ones included). */
  public Counter states() {
    int covered = 0;
    synchronized (this) {
      for (long h : nodeHits) {
        if (h > 0) {
          covered++;
        }
      }
    }
    return Counter.of(covered, nodeHits.length);
  }

  /** Transitions taken at least once, out of all edges (Next, Choice rules, Default, Catch, Retry). */
  public Counter transitions() {
    return count(null);
  }

  /** Choice rules and Defaults taken at least once, out of all of them. */
  public Counter choiceBranches() {
    return count(Kind.CHOICE, Kind.DEFAULT);
  }

  /** Catchers that handled an error at least once, out of all Catchers. */
  public Counter catches() {
    return count(Kind.CATCH);
  }

  /** Retriers that allowed at least one retry, out of all Retriers. */
  public Counter retries() {
    return count(Kind.RETRY);
  }

  /** The counter of one metric. */
  public Counter counter(CoverageMetric metric) {
    switch (Objects.requireNonNull(metric, "metric")) {
      case STATES:
        return states();
      case TRANSITIONS:
        return transitions();
      case CHOICE_BRANCHES:
        return choiceBranches();
      case CATCHES:
        return catches();
      case RETRIES:
        return retries();
      default:
        throw new IllegalArgumentException(String.valueOf(metric));
    }
  }

  private Counter count(Kind... kinds) {
    List<Edge> edges = graph.edges();
    int covered = 0;
    int total = 0;
    synchronized (this) {
      for (int i = 0; i < edges.size(); i++) {
        if (kinds == null || isOneOf(edges.get(i).kind(), kinds)) {
          total++;
          if (edgeHits[i] > 0) {
            covered++;
          }
        }
      }
    }
    return Counter.of(covered, total);
  }

  private static boolean isOneOf(Kind kind, Kind[] kinds) {
    for (Kind k : kinds) {
      if (k == kind) {
        return true;
      }
    }
    return false;
  }

  /** The states never entered, in graph order. */
  public List<Node> uncoveredStates() {
    List<Node> out = new ArrayList<>();
    List<Node> nodes = graph.nodes();
    synchronized (this) {
      for (int i = 0; i < nodes.size(); i++) {
        if (nodeHits[i] == 0) {
          out.add(nodes.get(i));
        }
      }
    }
    return out;
  }

  /** The transitions never taken, in graph order. */
  public List<Edge> uncoveredEdges() {
    return uncoveredOf(null);
  }

  /** The transitions of the given kinds never taken, in graph order. */
  public List<Edge> uncoveredEdges(Kind... kinds) {
    return uncoveredOf(kinds.length == 0 ? null : kinds);
  }

  private List<Edge> uncoveredOf(Kind[] kinds) {
    List<Edge> out = new ArrayList<>();
    List<Edge> edges = graph.edges();
    synchronized (this) {
      for (int i = 0; i < edges.size(); i++) {
        if (edgeHits[i] == 0 && (kinds == null || isOneOf(edges.get(i).kind(), kinds))) {
          out.add(edges.get(i));
        }
      }
    }
    return out;
  }

  /**
   * What one metric leaves uncovered, each as {@code id} or {@code id: label} when the label adds
   * something (a Choice rule's condition, the errors a Catcher or Retrier names), for messages.
   */
  public List<String> uncovered(CoverageMetric metric) {
    List<String> out = new ArrayList<>();
    if (metric == CoverageMetric.STATES) {
      for (Node n : uncoveredStates()) {
        out.add(n.id() + " (" + n.type() + ")");
      }
      return out;
    }
    for (Edge e : uncoveredOf(metric.kinds())) {
      out.add(describe(e));
    }
    return out;
  }

  /** An edge for messages: its id, then its label for Choice rules, Catchers and Retriers. */
  static String describe(Edge e) {
    boolean labelled = e.kind() == Kind.CHOICE || e.kind() == Kind.CATCH || e.kind() == Kind.RETRY;
    return labelled && e.label() != null && !e.label().isEmpty() ? e.id() + ": " + e.label() : e.id();
  }

  @Override
  public String toString() {
    return name + " [" + key + "]: " + executions() + " executions, states " + states() + ", transitions "
        + transitions();
  }
}
