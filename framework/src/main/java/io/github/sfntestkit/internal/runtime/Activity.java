package io.github.sfntestkit.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.state.State;
import io.github.sfntestkit.internal.state.StateGraph;
import java.time.Instant;
import java.util.Random;

/**
 * One thread of control on the virtual timeline: the execution itself, a Parallel branch or a Map
 * iteration. It enters states one after another until it must wait (a timer, children) or ends.
 */
public final class Activity {
  private final Execution execution;
  private final StateGraph graph;
  private final ActivityListener listener;
  private final Activity parent;
  private final VariableScope variables;
  private final Recorder recorder;
  private State pendingState;
  private JsonNode pendingInput;
  private boolean cancelled;
  private boolean finished;
  long lastEventId;

  private State current;
  private StateVisit visit;
  private long enteredEventId;
  private long enteredMillis;
  private int retryCount;
  private String taskToken;
  private ObjectNode context;

  Activity(Execution execution, StateGraph graph, Activity parent, ActivityListener listener, long lastEventId,
      Recorder recorder) {
    this.recorder = recorder;
    this.execution = execution;
    this.graph = graph;
    this.parent = parent;
    this.listener = listener;
    this.lastEventId = lastEventId;
    this.variables = parent == null ? new VariableScope(null) : parent.variables.child();
  }

  public VariableScope variables() {
    return variables;
  }

  /** Creates a child activity (branch or iteration) whose events follow {@code afterEventId}. */
  public Activity child(StateGraph childGraph, ActivityListener childListener, long afterEventId) {
    return new Activity(execution, childGraph, this, childListener, afterEventId, recorder);
  }

  /**
   * Creates a child execution (a distributed Map iteration): its events and visits are recorded in
   * its own history, which starts with ExecutionStarted; the listener sees its end.
   */
  public Activity childExecution(StateGraph childGraph, String executionName, JsonNode input,
      ActivityListener childListener) {
    Recorder r = execution.newChild(executionName);
    ActivityListener ending = new ActivityListener() {
      @Override
      public void succeeded(Activity activity, JsonNode output) {
        ObjectNode d = Json.object();
        d.set("output", output);
        activity.emit("ExecutionSucceeded", d);
        execution.childEnded(r, io.github.sfntestkit.ExecutionStatus.SUCCEEDED, output, null, null);
        childListener.succeeded(activity, output);
      }

      @Override
      public void failed(Activity activity, StatesError error) {
        ObjectNode d = Json.object();
        if (error.error() != null) {
          d.put("error", error.error());
        }
        if (error.cause() != null) {
          d.put("cause", error.cause());
        }
        activity.emit("ExecutionFailed", d);
        execution.childEnded(r, io.github.sfntestkit.ExecutionStatus.FAILED, null, error.error(), error.cause());
        childListener.failed(activity, error);
      }
    };
    Activity child = new Activity(execution, childGraph, this, ending, 0, r);
    ObjectNode d = Json.object();
    d.set("input", input);
    child.emit("ExecutionStarted", d);
    child.start(input);
    return child;
  }

  Recorder recorder() {
    return recorder;
  }

  public Execution execution() {
    return execution;
  }

  public Activity parent() {
    return parent;
  }

  public boolean isCancelled() {
    return cancelled || (parent != null && parent.isCancelled());
  }

  /** Stops this activity: timers and queued work for it are dropped. */
  public void cancel() {
    cancelled = true;
  }

  public boolean isFinished() {
    return finished;
  }

  /** Sets the first state to enter; the scheduler runs it. */
  public void start(JsonNode input) {
    pendingState = graph.start();
    pendingInput = input;
  }

  /** Starts at a given state (single-state runs). */
  public void startAt(State state, JsonNode input) {
    pendingState = state;
    pendingInput = input;
  }

  public boolean hasPending() {
    return pendingState != null;
  }

  /** Enters states while it can without waiting. */
  void runReady() {
    while (pendingState != null && !finished && !isCancelled() && !execution.isDone()) {
      State s = pendingState;
      JsonNode in = pendingInput;
      pendingState = null;
      pendingInput = null;
      enter(s, in);
    }
  }

  private void enter(State s, JsonNode input) {
    current = s;
    retryCount = 0;
    taskToken = null;
    context = null;
    enteredMillis = execution.nowMillis();
    enteredEventId = execution.emitState(this, s.enteredEventType(), s.name(), "input", input);
    visit = new StateVisit(s.name(), s.type(), s.nodeId(), enteredEventId, enteredMillis, input);
    execution.recordVisit(this, visit);
    guarded(() -> s.run(this, input));
  }

  /** Runs work for the current state, turning an escaping error into the activity's failure. */
  public void guarded(Runnable work) {
    try {
      work.run();
    } catch (StatesError e) {
      fail(decorate(e));
    }
  }

  /** Adds AWS's "An error occurred while executing the state..." prefix to interpreter errors. */
  public StatesError decorate(StatesError e) {
    if ((ErrorNames.RUNTIME.equals(e.error()) || ErrorNames.QUERY_EVALUATION_ERROR.equals(e.error()))
        && (e.cause() == null || !e.cause().startsWith("An error occurred while executing the state"))) {
      return new StatesError(
          e.error(),
          "An error occurred while executing the state '"
              + current.name()
              + "' (entered at the event id #"
              + enteredEventId
              + "). "
              + e.cause());
    }
    return e;
  }

  /** Emits a history event for this activity. */
  public long emit(String type, ObjectNode details) {
    return execution.emit(this, type, details);
  }

  public State currentState() {
    return current;
  }

  public StateVisit visit() {
    return visit;
  }

  public long enteredEventId() {
    return enteredEventId;
  }

  public int retryCount() {
    return retryCount;
  }

  public void setRetryCount(int retryCount) {
    this.retryCount = retryCount;
    this.context = null;
  }

  public void setTaskToken(String token) {
    this.taskToken = token;
    this.context = null;
  }

  /** Leaves the current state: emits its exited event, then goes to {@code next} or ends. */
  public void exit(JsonNode output, String next) {
    exit(output, next, null);
  }

  /**
   * Leaves the current state, first setting the variables its Assign computed (all at once, visible
   * from the next state on).
   */
  public void exit(JsonNode output, String next, JsonNode assigned) {
    if (output != visit.input()) {
      execution.checkPayload(current.name(), output);
    }
    if (assigned != null) {
      variables.assignAll(assigned);
      visit.recordAssigned(assigned);
    }
    execution.emitState(this, current.exitedEventType(), current.name(), "output", output);
    visit.recordExit(output, next);
    if (next == null || execution.isSingleStateRoot(this)) {
      finished = true;
      listener.succeeded(this, output);
    } else {
      pendingState = graph.get(next);
      pendingInput = output;
    }
  }

  /** Ends the activity with an error (after Retry/Catch had their chance). */
  public void fail(StatesError error) {
    if (finished) {
      return;
    }
    if (visit != null && visit.error() == null) {
      visit.recordError(error.error(), error.cause(), false);
    }
    finished = true;
    listener.failed(this, error);
  }

  /** Runs {@code work} after a virtual delay, then continues entering states. */
  public void schedule(long delayMillis, Runnable work) {
    execution.schedule(execution.nowMillis() + Math.max(0, delayMillis), this, work);
  }

  /** Queues this activity to continue at the current virtual time (after its children finished). */
  public void resume() {
    execution.readyFront(this);
  }

  /** Queues activities to run next, in the given order, before anything already queued. */
  public void startChildren(java.util.List<Activity> children) {
    execution.readyFront(children);
  }

  /** A scope over {@code input} with this activity's context object. */
  public Scope scope(JsonNode input) {
    return new ActivityScope(input, null);
  }

  /** A scope whose context also has {@code Map.Item.Index} and {@code Map.Item.Value}. */
  public Scope mapItemScope(JsonNode input, int index, JsonNode value) {
    ObjectNode item = Json.object();
    item.put("Index", index);
    item.set("Value", value);
    ObjectNode map = Json.object();
    map.set("Item", item);
    return new ActivityScope(input, map);
  }

  ObjectNode context() {
    if (context == null) {
      ObjectNode c = Json.object();
      c.set("Execution", execution.executionContext());
      ObjectNode state = c.putObject("State");
      state.put("Name", current.name());
      state.put("EnteredTime", Execution.formatTime(Instant.ofEpochMilli(enteredMillis)));
      if ("Task".equals(current.type())) {
        state.put("RetryCount", retryCount);
      }
      c.set("StateMachine", execution.stateMachineContext());
      if (taskToken != null) {
        c.putObject("Task").put("Token", taskToken);
      }
      context = c;
    }
    return context;
  }

  private final class ActivityScope implements Scope {
    private final JsonNode input;
    private final ObjectNode mapContext;
    private ObjectNode withMap;

    ActivityScope(JsonNode input, ObjectNode mapContext) {
      this.input = input;
      this.mapContext = mapContext;
    }

    @Override
    public JsonNode input() {
      return input;
    }

    @Override
    public JsonNode context() {
      if (mapContext == null) {
        return Activity.this.context();
      }
      if (withMap == null) {
        withMap = Json.object();
        withMap.setAll(Activity.this.context());
        withMap.set("Map", mapContext);
      }
      return withMap;
    }

    @Override
    public JsonNode variable(String name) {
      return variables.get(name);
    }

    @Override
    public java.util.Map<String, JsonNode> variables() {
      return variables.visible();
    }

    @Override
    public Random random() {
      return execution.random();
    }
  }
}
