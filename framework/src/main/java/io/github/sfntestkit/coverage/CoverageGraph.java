package io.github.sfntestkit.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.StateMachine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What there is to cover in a state machine: every state, at every nesting level, and every
 * transition the definition can take. Built from the definition alone, so two test runs (or two JVM
 * forks) that load the same definition get the same node and edge ids, and their hits can be merged.
 *
 * <p>A node's id is its name, prefixed by the ids of the states it is nested in: {@code Name} at the
 * top level, {@code Parallel[1]/Name} in the second branch of {@code Parallel}, {@code Map/Name} in the
 * item processor of {@code Map}. An edge's id names its source, its target and its kind, for example
 * {@code IsValid -> Charge [Choices[0]]}, {@code IsValid -> Reject [Default]}, {@code Charge -> Refund
 * [Catch[1]]}, {@code Charge [Retry[0]]} (a retry goes back into the same state) or {@code A -> B}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CoverageGraph {

  /** The kinds of transitions a definition can take. */
  public enum Kind {
    /** The {@code Next} of a state other than Choice. */
    NEXT,
    /** One rule of a Choice state's {@code Choices}. */
    CHOICE,
    /** A Choice state's {@code Default}. */
    DEFAULT,
    /** One Catcher of a Task, Parallel or Map state. */
    CATCH,
    /** One Retrier of a Task, Parallel or Map state: the state entered again. */
    RETRY
  }

  /** A state, at any nesting level. */
  public static final class Node {
    private final String id;
    private final String name;
    private final String type;
    private final String parentId;
    private final int branch;
    private final boolean start;
    private final boolean end;
    private final String comment;

    Node(String id, String name, String type, String parentId, int branch, boolean start, boolean end,
        String comment) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.parentId = parentId;
      this.branch = branch;
      this.start = start;
      this.end = end;
      this.comment = comment;
    }

    /** Unique in the graph: the name prefixed by the enclosing states (see the class comment). */
    public String id() {
      return id;
    }

    /** The state name as written in the definition. */
    public String name() {
      return name;
    }

    /** Pass, Task, Choice, Wait, Succeed, Fail, Parallel or Map. */
    public String type() {
      return type;
    }

    /** The id of the Parallel or Map state this state is nested in, or null at the top level. */
    public String parentId() {
      return parentId;
    }

    /** The branch index inside a Parallel parent; 0 inside a Map; -1 at the top level. */
    public int branch() {
      return branch;
    }

    /** Whether this state is the {@code StartAt} of its level. */
    public boolean isStart() {
      return start;
    }

    /** Whether the state can end its level: {@code End: true}, Succeed or Fail. */
    public boolean isEnd() {
      return end;
    }

    /** The state's {@code Comment}, or null. */
    public String comment() {
      return comment;
    }

    /** Whether this is a Parallel or Map state, which holds nested states. */
    public boolean isContainer() {
      return "Parallel".equals(type) || "Map".equals(type);
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** A transition between two states, or a retry of one state. */
  public static final class Edge {
    private final String id;
    private final String from;
    private final String to;
    private final Kind kind;
    private final int index;
    private final String label;

    Edge(String from, String to, Kind kind, int index, String label) {
      this.from = from;
      this.to = to;
      this.kind = kind;
      this.index = index;
      this.label = label;
      this.id = edgeId(from, to, kind, index);
    }

    /** Unique in the graph, for example {@code IsValid -> Charge [Choices[0]]}. */
    public String id() {
      return id;
    }

    /** The source node's id. */
    public String from() {
      return from;
    }

    /** The target node's id (the source itself for a retry). */
    public String to() {
      return to;
    }

    public Kind kind() {
      return kind;
    }

    /** The index of the Choice rule, Catcher or Retrier in its array; -1 for NEXT and DEFAULT. */
    public int index() {
      return index;
    }

    /** A short human-readable description: the rule's condition, the errors caught or retried. */
    public String label() {
      return label;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  private final Map<String, Node> nodes;
  private final List<Edge> edges;

  private CoverageGraph(Map<String, Node> nodes, List<Edge> edges) {
    this.nodes = Collections.unmodifiableMap(nodes);
    this.edges = Collections.unmodifiableList(edges);
  }

  /** The graph of a compiled state machine. */
  public static CoverageGraph of(StateMachine stateMachine) {
    return of(Objects.requireNonNull(stateMachine, "stateMachine").definition());
  }

  /** The graph of a definition tree (assumed valid: validate it first). */
  public static CoverageGraph of(JsonNode definition) {
    Objects.requireNonNull(definition, "definition");
    Builder b = new Builder();
    b.level(definition, null, -1);
    return new CoverageGraph(b.nodes, b.edges);
  }

  /** The id of the edge with these ends and kind (whether or not the graph has it). */
  public static String edgeId(String from, String to, Kind kind, int index) {
    switch (kind) {
      case NEXT:
        return from + " -> " + to;
      case CHOICE:
        return from + " -> " + to + " [Choices[" + index + "]]";
      case DEFAULT:
        return from + " -> " + to + " [Default]";
      case CATCH:
        return from + " -> " + to + " [Catch[" + index + "]]";
      case RETRY:
        return from + " [Retry[" + index + "]]";
      default:
        throw new IllegalArgumentException(String.valueOf(kind));
    }
  }

  /** The id of a state nested under {@code parentId} (null at the top level) in branch {@code branch}. */
  public static String nodeId(String parentId, String parentType, int branch, String name) {
    if (parentId == null) {
      return name;
    }
    return "Parallel".equals(parentType) ? parentId + "[" + branch + "]/" + name : parentId + "/" + name;
  }

  /** Every state, depth first in definition order: a container is followed by its nested states. */
  public List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  /** The node with this id, or null. */
  public Node node(String id) {
    return nodes.get(id);
  }

  /** Every transition, in definition order of their source states. */
  public List<Edge> edges() {
    return edges;
  }

  /** The edges of one kind. */
  public List<Edge> edges(Kind kind) {
    List<Edge> out = new ArrayList<>();
    for (Edge e : edges) {
      if (e.kind == kind) {
        out.add(e);
      }
    }
    return out;
  }

  /** The states directly nested in {@code containerId} (in branch {@code branch} for Parallel). */
  public List<Node> children(String containerId, int branch) {
    List<Node> out = new ArrayList<>();
    for (Node n : nodes.values()) {
      if (Objects.equals(n.parentId, containerId) && (containerId == null || n.branch == branch)) {
        out.add(n);
      }
    }
    return out;
  }

  /** The number of branches of a Parallel state (1 for Map, 0 for any other state). */
  public int branches(String containerId) {
    int max = -1;
    for (Node n : nodes.values()) {
      if (containerId.equals(n.parentId)) {
        max = Math.max(max, n.branch);
      }
    }
    return max + 1;
  }

  private static final class Builder {
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<Edge> edges = new ArrayList<>();

    /** One level of states: the top level, a Parallel branch or a Map item processor. */
    void level(JsonNode level, Node parent, int branch) {
      String startAt = level.path("StartAt").asText(null);
      JsonNode states = level.path("States");
      Map<String, String> ids = new LinkedHashMap<>();
      for (Iterator<String> it = states.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        ids.put(name, nodeId(parent == null ? null : parent.id, parent == null ? null : parent.type, branch, name));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String name = e.getKey();
        JsonNode s = e.getValue();
        String type = s.path("Type").asText("");
        boolean end = s.path("End").asBoolean(false) || "Succeed".equals(type) || "Fail".equals(type);
        Node node = new Node(ids.get(name), name, type, parent == null ? null : parent.id, branch,
            name.equals(startAt), end, s.hasNonNull("Comment") ? s.get("Comment").asText() : null);
        nodes.put(node.id, node);
        transitions(node, s, ids);
        if ("Parallel".equals(type)) {
          int i = 0;
          for (JsonNode b : s.path("Branches")) {
            level(b, node, i++);
          }
        } else if ("Map".equals(type)) {
          JsonNode processor = s.has("ItemProcessor") ? s.get("ItemProcessor") : s.get("Iterator");
          if (processor != null) {
            level(processor, node, 0);
          }
        }
      }
    }

    private void transitions(Node node, JsonNode s, Map<String, String> ids) {
      if ("Choice".equals(node.type)) {
        int i = 0;
        for (JsonNode rule : s.path("Choices")) {
          add(node, ids, rule.path("Next").asText(null), Kind.CHOICE, i, ChoiceLabels.describe(rule));
          i++;
        }
        add(node, ids, s.path("Default").asText(null), Kind.DEFAULT, -1, "Default");
        return;
      }
      add(node, ids, s.path("Next").asText(null), Kind.NEXT, -1, "Next");
      int r = 0;
      for (JsonNode retrier : s.path("Retry")) {
        edges.add(new Edge(node.id, node.id, Kind.RETRY, r, "Retry " + errors(retrier)
            + (retrier.has("MaxAttempts") ? " x" + retrier.get("MaxAttempts").asText() : "")));
        r++;
      }
      int c = 0;
      for (JsonNode catcher : s.path("Catch")) {
        add(node, ids, catcher.path("Next").asText(null), Kind.CATCH, c, "Catch " + errors(catcher));
        c++;
      }
    }

    private void add(Node from, Map<String, String> ids, String next, Kind kind, int index, String label) {
      if (next == null || !ids.containsKey(next)) {
        return; // no such transition, or an invalid target (the validator reports it)
      }
      edges.add(new Edge(from.id, ids.get(next), kind, index, label));
    }

    private static String errors(JsonNode retrierOrCatcher) {
      List<String> names = new ArrayList<>();
      for (JsonNode e : retrierOrCatcher.path("ErrorEquals")) {
        names.add(e.asText());
      }
      return String.join(", ", names);
    }
  }
}
