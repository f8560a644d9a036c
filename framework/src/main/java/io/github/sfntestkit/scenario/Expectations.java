package io.github.sfntestkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.internal.load.Pointers;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a scenario's execution must do: its {@code expect} block, checked and immutable. Every
 * expectation knows where it is written, for messages ({@link #location(String...)}).
 *
 * <pre>{@code
 * # expect: {status: FAILED, error: Payment.Failed, retries: {ChargeCard: 2}}
 * Expectations e = scenario.expectations();
 * e.status();                   // FAILED
 * e.error();                    // Optional[Payment.Failed]
 * e.retries().get("ChargeCard"); // 2
 * e.location("retries", "ChargeCard").describe(); // line 18, column 29
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Expectations {
  /** The keys of an {@code expect} block, in the order they are checked. */
  public static final List<String> KEYS = List.of("status", "error", "cause", "causeContains", "output",
      "outputContains", "outputAt", "path", "visited", "notVisited", "visitedInOrder", "retries", "calls",
      "callInputs", "states", "maxDuration", "duration");

  /** The keys of an entry of {@code states}. */
  public static final List<String> STATE_KEYS = List.of("visit", "entered", "input", "output", "outputContains",
      "next", "caught", "retries");

  final ExecutionStatus status;
  final boolean statusGiven;
  final String error;
  final String cause;
  final String causeContains;
  final JsonNode output;
  final JsonNode outputContains;
  final Map<String, JsonNode> outputAt;
  final List<String> path;
  final List<String> visited;
  final List<String> notVisited;
  final List<String> visitedInOrder;
  final Map<String, Integer> retries;
  final Map<String, Integer> calls;
  final Map<String, List<JsonNode>> callInputs;
  final Map<String, StateExpectation> states;
  final Duration maxDuration;
  final Duration duration;
  private final String pointer;
  private final ScenarioTree tree;

  Expectations(Builder b, String pointer, ScenarioTree tree) {
    this.statusGiven = b.status != null;
    this.status = b.status != null ? b.status
        : b.error != null || b.cause != null || b.causeContains != null ? ExecutionStatus.FAILED : ExecutionStatus.SUCCEEDED;
    this.error = b.error;
    this.cause = b.cause;
    this.causeContains = b.causeContains;
    this.output = b.output;
    this.outputContains = b.outputContains;
    this.outputAt = Collections.unmodifiableMap(new LinkedHashMap<>(b.outputAt));
    this.path = b.path == null ? null : List.copyOf(b.path);
    this.visited = List.copyOf(b.visited);
    this.notVisited = List.copyOf(b.notVisited);
    this.visitedInOrder = List.copyOf(b.visitedInOrder);
    this.retries = Collections.unmodifiableMap(new LinkedHashMap<>(b.retries));
    this.calls = Collections.unmodifiableMap(new LinkedHashMap<>(b.calls));
    Map<String, List<JsonNode>> inputs = new LinkedHashMap<>();
    b.callInputs.forEach((k, v) -> inputs.put(k, List.copyOf(v)));
    this.callInputs = Collections.unmodifiableMap(inputs);
    this.states = Collections.unmodifiableMap(new LinkedHashMap<>(b.states));
    this.maxDuration = b.maxDuration;
    this.duration = b.duration;
    this.pointer = pointer;
    this.tree = tree;
  }

  /**
   * How the execution must end: {@code status:} or, when not given, FAILED if an error or cause is
   * expected, else SUCCEEDED.
   */
  public ExecutionStatus status() {
    return status;
  }

  /** Whether {@code status:} was written (else {@link #status()} is implied). */
  public boolean statusGiven() {
    return statusGiven;
  }

  /** The execution's error ({@code error:}). */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** The execution's cause, exactly ({@code cause:}). */
  public Optional<String> cause() {
    return Optional.ofNullable(cause);
  }

  /** Text the execution's cause contains ({@code causeContains:}). */
  public Optional<String> causeContains() {
    return Optional.ofNullable(causeContains);
  }

  /** The output, compared for equality ({@code output:}). */
  public Optional<JsonNode> output() {
    return Optional.ofNullable(output).map(JsonNode::deepCopy);
  }

  /** What the output must contain ({@code outputContains:}). */
  public Optional<JsonNode> outputContains() {
    return Optional.ofNullable(outputContains).map(JsonNode::deepCopy);
  }

  /** Reference path to the value expected there ({@code outputAt:}), in file order. */
  public Map<String, JsonNode> outputAt() {
    return outputAt;
  }

  /** The exact path ({@code path:}); empty when not given (a given empty list means no state). */
  public Optional<List<String>> path() {
    return Optional.ofNullable(path);
  }

  /** States that must have been entered ({@code visited:}). */
  public List<String> visited() {
    return visited;
  }

  /** States that must not have been entered ({@code notVisited:}). */
  public List<String> notVisited() {
    return notVisited;
  }

  /** States that must have been entered in this order ({@code visitedInOrder:}). */
  public List<String> visitedInOrder() {
    return visitedInOrder;
  }

  /** State to the retries of its first visit ({@code retries:}). */
  public Map<String, Integer> retries() {
    return retries;
  }

  /** Task state to the number of calls it made ({@code calls:}). */
  public Map<String, Integer> calls() {
    return calls;
  }

  /** Task state to what its calls' inputs must contain, call by call ({@code callInputs:}). */
  public Map<String, List<JsonNode>> callInputs() {
    return callInputs;
  }

  /** State to what one of its visits must show ({@code states:}). */
  public Map<String, StateExpectation> states() {
    return states;
  }

  /** The longest virtual duration allowed ({@code maxDuration:}). */
  public Optional<Duration> maxDuration() {
    return Optional.ofNullable(maxDuration);
  }

  /** The exact virtual duration ({@code duration:}). */
  public Optional<Duration> duration() {
    return Optional.ofNullable(duration);
  }

  /**
   * Where an expectation is written: {@code location("status")}, {@code location("states",
   * "ChargeCard", "next")}, {@code location("callInputs", "ChargeCard", "0")}; for something not
   * written (an implied status), where its nearest written parent is.
   */
  public Location location(String... keys) {
    String p = pointer;
    for (String k : keys) {
      p = Pointers.child(p, k);
    }
    Location value = tree.value(p);
    return new Location(p, value.line(), value.column());
  }

  /** Collects the parts while they are read. */
  static final class Builder {
    ExecutionStatus status;
    String error;
    String cause;
    String causeContains;
    JsonNode output;
    JsonNode outputContains;
    final Map<String, JsonNode> outputAt = new LinkedHashMap<>();
    List<String> path;
    List<String> visited = List.of();
    List<String> notVisited = List.of();
    List<String> visitedInOrder = List.of();
    final Map<String, Integer> retries = new LinkedHashMap<>();
    final Map<String, Integer> calls = new LinkedHashMap<>();
    final Map<String, List<JsonNode>> callInputs = new LinkedHashMap<>();
    final Map<String, StateExpectation> states = new LinkedHashMap<>();
    Duration maxDuration;
    Duration duration;
  }
}
