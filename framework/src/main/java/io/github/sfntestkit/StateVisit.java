package io.github.sfntestkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One entry into a state, with the inspection data AWS's TestState API shows at DEBUG level: the
 * input, the value after each data-flow step, the raw result, the output and the retries made.
 * Values that a state type does not compute stay null.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateVisit {
  private final String name;
  private final String type;
  private final String nodeId;
  private final long enteredEventId;
  private final long enteredMillis;
  private final JsonNode input;
  private JsonNode afterInputPath;
  private JsonNode afterParameters;
  private JsonNode result;
  private JsonNode afterResultSelector;
  private JsonNode afterResultPath;
  private JsonNode output;
  private String next;
  private int choiceRule = -1;
  /** What most visits never have: errors, retries, assignments (allocated on first use). */
  private Extras extras;

  private static final class Extras {
    String error;
    String cause;
    String caughtError;
    List<Duration> retryDelays;
    List<Integer> retriers;
    int catcher = -1;
    JsonNode assigned;
  }

  private Extras extras() {
    if (extras == null) {
      extras = new Extras();
    }
    return extras;
  }

  @API(status = API.Status.INTERNAL)
  public StateVisit(String name, String type, String nodeId, long enteredEventId, long enteredMillis,
      JsonNode input) {
    this.name = name;
    this.type = type;
    this.nodeId = nodeId;
    this.enteredEventId = enteredEventId;
    this.enteredMillis = enteredMillis;
    this.input = input;
  }

  public String name() {
    return name;
  }

  /** The state type as written in ASL: Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map. */
  public String type() {
    return type;
  }

  /**
   * The state's id in the {@link io.github.sfntestkit.coverage.CoverageGraph}: its name, prefixed by
   * the states it is nested in ({@code Fan[1]/Charge} in branch 1 of Parallel {@code Fan}, {@code
   * Each/Item} in the item processor of Map {@code Each}, distributed Map child executions included).
   *
   * @since 0.1
   */
  public String nodeId() {
    return nodeId;
  }

  /**
   * The index of the Choice rule that matched (in {@code Choices}), or -1 when the Default was taken,
   * no rule matched or the state is not a Choice.
   *
   * @since 0.1
   */
  public int choiceRule() {
    return choiceRule;
  }

  /**
   * The index of the Catcher (in {@code Catch}) that handled the state's error and chose the next
   * state, or -1 when none did.
   *
   * @since 0.1
   */
  public int catcher() {
    return extras == null ? -1 : extras.catcher;
  }

  /**
   * For each retry made during this visit, in order, the index of the Retrier (in {@code Retry}) that
   * allowed it; as long as {@link #retryDelays()}.
   *
   * @since 0.1
   */
  public List<Integer> retriers() {
    return extras == null || extras.retriers == null
        ? List.of() : Collections.unmodifiableList(extras.retriers);
  }

  public long enteredEventId() {
    return enteredEventId;
  }

  public Instant enteredTime() {
    return Instant.ofEpochMilli(enteredMillis);
  }

  public JsonNode input() {
    return input;
  }

  public JsonNode afterInputPath() {
    return afterInputPath;
  }

  public JsonNode afterParameters() {
    return afterParameters;
  }

  /** The raw result of the task (or Map/Parallel array, or Pass Result), before ResultSelector. */
  public JsonNode result() {
    return result;
  }

  public JsonNode afterResultSelector() {
    return afterResultSelector;
  }

  public JsonNode afterResultPath() {
    return afterResultPath;
  }

  /** The state output; null when the state did not complete normally. */
  public JsonNode output() {
    return output;
  }

  /** The next state chosen, or null for an end state or a failure. */
  public String next() {
    return next;
  }

  /** The error the state ended with (unhandled or caught), or null. */
  public String error() {
    return extras == null ? null : extras.error;
  }

  public String cause() {
    return extras == null ? null : extras.cause;
  }

  /** The error a Catcher handled, or null. */
  public String caughtError() {
    return extras == null ? null : extras.caughtError;
  }

  /** The delay before each retry made during this visit. */
  public List<Duration> retryDelays() {
    return extras == null || extras.retryDelays == null
        ? List.of() : Collections.unmodifiableList(extras.retryDelays);
  }

  public int retries() {
    return extras == null || extras.retryDelays == null ? 0 : extras.retryDelays.size();
  }

  @API(status = API.Status.INTERNAL)
  public void recordAfterInputPath(JsonNode v) {
    afterInputPath = v;
  }

  @API(status = API.Status.INTERNAL)
  public void recordAfterParameters(JsonNode v) {
    afterParameters = v;
  }

  @API(status = API.Status.INTERNAL)
  public void recordResult(JsonNode v) {
    result = v;
  }

  @API(status = API.Status.INTERNAL)
  public void recordAfterResultSelector(JsonNode v) {
    afterResultSelector = v;
  }

  @API(status = API.Status.INTERNAL)
  public void recordAfterResultPath(JsonNode v) {
    afterResultPath = v;
  }

  @API(status = API.Status.INTERNAL)
  public void recordExit(JsonNode output, String next) {
    this.output = output;
    this.next = next;
  }

  @API(status = API.Status.INTERNAL)
  public void recordError(String error, String cause, boolean caught) {
    Extras x = extras();
    x.error = error;
    x.cause = cause;
    if (caught) {
      x.caughtError = error;
    }
  }

  /** The variables the state assigned (name to value), or null when it assigned none. */
  public JsonNode assigned() {
    return extras == null ? null : extras.assigned;
  }

  @API(status = API.Status.INTERNAL)
  public void recordAssigned(JsonNode values) {
    extras().assigned = values;
  }

  @API(status = API.Status.INTERNAL)
  public void recordRetry(int retrier, Duration delay) {
    Extras x = extras();
    if (x.retryDelays == null) {
      x.retryDelays = new ArrayList<>(4);
      x.retriers = new ArrayList<>(4);
    }
    x.retryDelays.add(delay);
    x.retriers.add(retrier);
  }

  @API(status = API.Status.INTERNAL)
  public void recordChoiceRule(int index) {
    choiceRule = index;
  }

  @API(status = API.Status.INTERNAL)
  public void recordCatcher(int index) {
    extras().catcher = index;
  }

  @Override
  public String toString() {
    return type + " " + name + (retries() > 0 ? " (" + retries() + " retries)" : "");
  }
}
