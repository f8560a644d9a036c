package io.github.sfntestkit.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.history.ExecutionHistory;
import io.github.sfntestkit.history.HistoryEvent;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.json.PayloadSizer;
import io.github.sfntestkit.internal.state.StateGraph;
import io.github.sfntestkit.mock.TaskIntegration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * One run of a state machine on a virtual clock. A deterministic discrete-event scheduler: ready
 * activities run first (depth first, in a fixed order), then the earliest timer advances the clock.
 * Nothing here reads the wall clock or sleeps.
 */
public final class Execution {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final StateGraph graph;
  private final ExecutionOptions options;
  private final JsonNode input;
  private final Integer timeoutSeconds;
  private final Random random;
  private final PayloadSizer sizer = new PayloadSizer();
  private final Recorder main = new Recorder(null);
  private final List<ChildRecord> children = new ArrayList<>();
  private final Map<String, JsonNode> objects = new java.util.LinkedHashMap<>();
  private final ArrayDeque<Activity> ready = new ArrayDeque<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final Map<String, Integer> callCounts = new HashMap<>();
  private long nowMillis;
  private long timerSeq;
  private int tokenSeq;
  private boolean done;
  private ExecutionStatus status;
  private JsonNode output;
  private String error;
  private String cause;
  private ObjectNode executionContext;
  private ObjectNode stateMachineContext;

  /** Set when only one state runs (TestState); the run stops when that state is left. */
  private String singleState;
  private JsonNode initialVariables;
  private boolean retriable;

  /**
   * Runs only {@code stateName} (a top-level state), the way AWS's TestState API does: it starts
   * there with the given variables, and ends when the state is left, caught, failed or about to be
   * retried.
   */
  public Execution singleState(String stateName, JsonNode variables) {
    this.singleState = stateName;
    this.initialVariables = variables;
    return this;
  }

  boolean isSingleStateRoot(Activity a) {
    return singleState != null && a.parent() == null && a.recorder() == main;
  }

  /** True when a single-state run ended because a Retrier would retry the error. */
  public boolean retriable() {
    return retriable;
  }

  /** In a single-state run, a Retrier about to retry ends the run instead (TestState: RETRIABLE). */
  public boolean stopBeforeRetry(Activity a) {
    if (isSingleStateRoot(a)) {
      retriable = true;
      return true;
    }
    return false;
  }

  public Execution(StateGraph graph, Integer timeoutSeconds, JsonNode input, ExecutionOptions options) {
    this.graph = graph;
    this.timeoutSeconds = timeoutSeconds;
    this.input = input;
    this.options = options;
    this.random = new Random(options.seed());
    this.nowMillis = options.startTime().toEpochMilli();
  }

  /** Runs to the end and returns the result. */
  public ExecutionResult run() {
    Instant start = now();
    options.integration().executionStarted();
    try {
      ObjectNode details = Json.object();
      details.set("input", input);
      details.put("roleArn", options.roleArn());
      emit(null, "ExecutionStarted", details);
      Activity top = new Activity(this, graph, null, new TopListener(), main.lastEventId, main);
      Integer limit = timeoutSeconds;
      if (options.type() == ExecutionOptions.WorkflowType.EXPRESS
          && (limit == null || limit > ExecutionOptions.EXPRESS_MAX_SECONDS)) {
        limit = ExecutionOptions.EXPRESS_MAX_SECONDS;
      }
      if (limit != null) {
        schedule(nowMillis + limit * 1000L, null, this::timeOut);
      }
      if (options.payloadLimit() > 0 && sizer.size(input) > options.payloadLimit()) {
        finish(ExecutionStatus.FAILED, null, ErrorNames.DATA_LIMIT_EXCEEDED,
            "The input of the execution exceeds the maximum number of bytes service limit.");
      } else {
        if (singleState != null) {
          top.startAt(graph.get(singleState), input);
          top.variables().assignAll(initialVariables);
        } else {
          top.start(input);
        }
        ready.add(top);
        loop();
      }
    } catch (HistoryLimitReached e) {
      ObjectNode details = Json.object();
      details.put("error", ErrorNames.RUNTIME);
      details.put("cause", e.getMessage());
      main.add(main.lastEventId, nowMillis, "ExecutionFailed", null, null, details);
      finish(ExecutionStatus.FAILED, null, ErrorNames.RUNTIME, e.getMessage());
    }
    List<ExecutionResult> childResults = new ArrayList<>();
    for (ChildRecord c : children) {
      childResults.add(new ExecutionResult(c.status, c.output, c.error, c.cause,
          ExecutionHistory.of(c.recorder.events()), c.recorder.visits, c.start, c.stop,
          java.util.Collections.emptyList(), java.util.Collections.emptyMap(), c.recorder.name));
    }
    return new ExecutionResult(status, output, error, cause, ExecutionHistory.of(main.events()),
        main.visits, start, now(), childResults, objects, options.executionName());
  }

  private void loop() {
    while (!done) {
      Activity a = ready.pollFirst();
      if (a != null) {
        if (!a.isCancelled()) {
          a.runReady();
        }
        continue;
      }
      Timer t = timers.poll();
      if (t == null) {
        finish(ExecutionStatus.FAILED, null, ErrorNames.RUNTIME,
            "The execution stopped with no work left to do (a task that never answers?).");
        return;
      }
      if (t.owner != null && (t.owner.isCancelled() || t.owner.isFinished())) {
        continue;
      }
      nowMillis = Math.max(nowMillis, t.at);
      if (t.owner == null) {
        t.work.run();
      } else {
        t.owner.guarded(t.work);
        t.owner.runReady();
      }
    }
  }

  private void timeOut() {
    if (done) {
      return;
    }
    emit(null, "ExecutionTimedOut", null);
    finish(ExecutionStatus.TIMED_OUT, null, null, null);
  }

  private void finish(ExecutionStatus status, JsonNode output, String error, String cause) {
    this.status = status;
    this.output = output;
    this.error = error;
    this.cause = cause;
    this.done = true;
  }

  boolean isDone() {
    return done;
  }

  long emit(Activity activity, String type, ObjectNode details) {
    Recorder r = activity == null ? main : activity.recorder();
    int max = options.maxHistoryEvents();
    checkHistoryLimit(r, max);
    long previous = activity == null ? r.lastEventId : activity.lastEventId;
    long id = r.add(previous, nowMillis, type, null, null, details);
    if (activity != null) {
      activity.lastEventId = id;
    }
    return id;
  }

  /** Emits a state entered/exited event without building its details object. */
  long emitState(Activity activity, String type, String stateName, String payloadKey, JsonNode payload) {
    Recorder r = activity.recorder();
    int max = options.maxHistoryEvents();
    checkHistoryLimit(r, max);
    long id = r.add(activity.lastEventId, nowMillis, type, stateName, payload, null);
    activity.lastEventId = id;
    return id;
  }

  /**
   * AWS ends an execution whose history would exceed the limit: event number {@code max} is the
   * ExecutionFailed event itself (States.Runtime).
   */
  private void checkHistoryLimit(Recorder r, int max) {
    if (max > 0 && r == main && r.size() >= max - 1) {
      throw new HistoryLimitReached(
          "The execution reached the maximum number of history events (" + max + ").");
    }
  }

  void recordVisit(Activity activity, StateVisit visit) {
    activity.recorder().visits.add(visit);
  }

  /** Starts recording a child execution (a distributed Map iteration) with its own history. */
  Recorder newChild(String name) {
    Recorder r = new Recorder(name);
    ChildRecord c = new ChildRecord(r, now());
    children.add(c);
    return r;
  }

  /** Records how a child execution ended. */
  public void childEnded(Recorder r, ExecutionStatus status, JsonNode out, String err, String why) {
    for (ChildRecord c : children) {
      if (c.recorder == r) {
        c.status = status;
        c.output = out;
        c.error = err;
        c.cause = why;
        c.stop = now();
      }
    }
  }

  /** Stores an object written by a ResultWriter, under "bucket/key". */
  public void putObject(String location, JsonNode content) {
    objects.put(location, content);
  }

  private static final class ChildRecord {
    final Recorder recorder;
    final Instant start;
    Instant stop;
    ExecutionStatus status = ExecutionStatus.ABORTED;
    JsonNode output;
    String error;
    String cause;

    ChildRecord(Recorder recorder, Instant start) {
      this.recorder = recorder;
      this.start = start;
      this.stop = start;
    }
  }

  void schedule(long at, Activity owner, Runnable work) {
    timers.add(new Timer(at, timerSeq++, owner, work));
  }

  void readyFront(Activity a) {
    ready.addFirst(a);
  }

  void readyFront(List<Activity> list) {
    for (int i = list.size() - 1; i >= 0; i--) {
      ready.addFirst(list.get(i));
    }
  }

  public long nowMillis() {
    return nowMillis;
  }

  public Instant now() {
    return Instant.ofEpochMilli(nowMillis);
  }

  public Random random() {
    return random;
  }

  public ExecutionOptions options() {
    return options;
  }

  public TaskIntegration integration() {
    return options.integration();
  }

  /** The 0-based index of the next call of a state's task (counted across the whole execution). */
  public int nextCallIndex(String stateName) {
    int index = callCounts.getOrDefault(stateName, 0);
    callCounts.put(stateName, index + 1);
    return index;
  }

  /** A deterministic task token. */
  public String newTaskToken() {
    tokenSeq++;
    return String.format(Locale.ROOT, "token-%08x-%04d", random.nextInt(), tokenSeq);
  }

  /** Fails with States.DataLimitExceeded when a state's payload is over the limit. */
  public void checkPayload(String stateName, JsonNode payload) {
    int limit = options.payloadLimit();
    if (limit > 0 && sizer.size(payload) > limit) {
      throw new StatesError(
          ErrorNames.DATA_LIMIT_EXCEEDED,
          "The state/task '"
              + stateName
              + "' returned a result with a size exceeding the maximum number of bytes service limit.");
    }
  }

  ObjectNode executionContext() {
    if (executionContext == null) {
      ObjectNode e = Json.object();
      e.put("Id", options.executionArn());
      e.set("Input", input);
      e.put("StartTime", formatTime(options.startTime()));
      e.put("Name", options.executionName());
      e.put("RoleArn", options.roleArn());
      if (options.type() == ExecutionOptions.WorkflowType.STANDARD) {
        e.put("RedriveCount", 0);
      }
      executionContext = e;
    }
    return executionContext;
  }

  ObjectNode stateMachineContext() {
    if (stateMachineContext == null) {
      ObjectNode s = Json.object();
      s.put("Id", options.stateMachineArn());
      s.put("Name", options.stateMachineName());
      stateMachineContext = s;
    }
    return stateMachineContext;
  }

  /** ISO-8601 with milliseconds and Z, as the context object shows times. */
  public static String formatTime(Instant t) {
    return TIME.format(t);
  }

  private final class TopListener implements ActivityListener {
    @Override
    public void succeeded(Activity activity, JsonNode out) {
      ObjectNode details = Json.object();
      details.set("output", out);
      emit(activity, "ExecutionSucceeded", details);
      finish(ExecutionStatus.SUCCEEDED, out, null, null);
    }

    @Override
    public void failed(Activity activity, StatesError e) {
      ObjectNode details = Json.object();
      if (e.error() != null) {
        details.put("error", e.error());
      }
      if (e.cause() != null) {
        details.put("cause", e.cause());
      }
      emit(activity, "ExecutionFailed", details);
      finish(ExecutionStatus.FAILED, null, e.error(), e.cause());
    }
  }

  private static final class Timer implements Comparable<Timer> {
    final long at;
    final long seq;
    final Activity owner;
    final Runnable work;

    Timer(long at, long seq, Activity owner, Runnable work) {
      this.at = at;
      this.seq = seq;
      this.owner = owner;
      this.work = work;
    }

    @Override
    public int compareTo(Timer o) {
      int c = Long.compare(at, o.at);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private static final class HistoryLimitReached extends RuntimeException {
    HistoryLimitReached(String message) {
      super(message, null, false, false);
    }
  }
}
