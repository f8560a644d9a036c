package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import io.github.sfntestkit.mock.TaskCall;
import io.github.sfntestkit.mock.TaskResponse;

/** Task: calls the integration, with timeouts, Retry and Catch, and records AWS's task events. */
final class TaskState extends State {
  private final TaskResource resource;
  private final Seconds timeoutSeconds;
  private final Seconds heartbeatSeconds;
  private final ErrorHandling errors;

  TaskState(StateConfig c, TaskResource resource, Seconds timeoutSeconds, Seconds heartbeatSeconds,
      ErrorHandling errors) {
    super(c);
    this.resource = resource;
    this.timeoutSeconds = timeoutSeconds;
    this.heartbeatSeconds = heartbeatSeconds;
    this.errors = errors;
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    JsonNode filtered = io.filter(a, raw);
    Long timeout = timeoutSeconds == null ? null : timeoutSeconds.evaluate(a, raw, filtered);
    Long heartbeat = heartbeatSeconds == null ? null : heartbeatSeconds.evaluate(a, raw, filtered);
    int[] counters = errors.newCounters();
    attempt(a, raw, filtered, timeout, heartbeat, counters);
  }

  private void attempt(Activity a, JsonNode raw, JsonNode filtered, Long timeout, Long heartbeat,
      int[] counters) {
    Runnable retry = () -> attempt(a, raw, filtered, timeout, heartbeat, counters);
    JsonNode input;
    String token = null;
    try {
      if (resource.pattern != TaskResource.Pattern.REQUEST_RESPONSE
          || resource.kind == TaskResource.Kind.ACTIVITY) {
        token = a.execution().newTaskToken();
        a.setTaskToken(token);
      }
      input = io.arguments(a, raw, filtered);
      a.execution().checkPayload(name, input);
    } catch (StatesError e) {
      errors.handle(a, e, raw, counters, retry);
      return;
    }
    scheduled(a, input, timeout, heartbeat);
    TaskCall call = new TaskCall(name, resource.arn, input, a.execution().nextCallIndex(name),
        a.retryCount(), a.execution().now(), token);
    TaskResponse first = a.execution().integration().call(call);
    TaskResponse response = first;
    if (a.execution().options().redeliversTaskCalls()) {
      TaskCall again = new TaskCall(name, resource.arn, input, a.execution().nextCallIndex(name),
          a.retryCount(), a.execution().now(), token);
      response = a.execution().integration().call(again);
    }
    respond(a, raw, timeout, heartbeat, counters, retry, response);
  }

  private void respond(Activity a, JsonNode raw, Long timeout, Long heartbeat, int[] counters,
      Runnable retry, TaskResponse response) {
    long latency = response.isNever() ? Long.MAX_VALUE : response.latency().toMillis();
    long deadline = deadlineMillis(timeout, heartbeat, response, latency);
    if (deadline >= 0 && latency >= deadline) {
      a.schedule(deadline, () -> failed(a, raw, counters, retry,
          new StatesError(ErrorNames.TIMEOUT, ""), true));
    } else if (latency > 0) {
      a.schedule(latency, () -> complete(a, raw, counters, retry, response));
    } else {
      complete(a, raw, counters, retry, response);
    }
  }

  /**
   * When the task times out if its answer takes too long: TimeoutSeconds, or HeartbeatSeconds for
   * callback tasks and activities (no heartbeat is sent while a mocked answer is pending; AWS then
   * fails the task with States.Timeout), whichever comes first; -1 when there is no limit.
   */
  private long deadlineMillis(Long timeout, Long heartbeat, TaskResponse response, long latency) {
    long deadline = timeout == null ? (response.isNever() ? DEFAULT_TIMEOUT_MILLIS : -1) : timeout * 1000L;
    boolean heartbeats = resource.kind == TaskResource.Kind.ACTIVITY
        || resource.pattern == TaskResource.Pattern.WAIT_FOR_TASK_TOKEN;
    if (heartbeat != null && heartbeats) {
      long expiry = heartbeatExpiry(heartbeat * 1000L, response, latency);
      if (expiry >= 0 && (deadline < 0 || expiry < deadline)) {
        deadline = expiry;
      }
    }
    return deadline;
  }

  /** AWS's default task timeout when none is set: 99,999,999 seconds. */
  private static final long DEFAULT_TIMEOUT_MILLIS = 99_999_999_000L;

  /**
   * When the heartbeat timer runs out before the answer: each heartbeat (and the start) opens a
   * window of HeartbeatSeconds; -1 if every gap until the answer is short enough.
   */
  private static long heartbeatExpiry(long window, TaskResponse response, long latency) {
    long last = 0;
    for (java.time.Duration h : response.heartbeats()) {
      long at = h.toMillis();
      if (at >= latency) {
        break;
      }
      if (at - last > window) {
        return last + window;
      }
      last = at;
    }
    return latency - last > window ? last + window : -1;
  }

  private void complete(Activity a, JsonNode raw, int[] counters, Runnable retry, TaskResponse r) {
    if (r.isFailure()) {
      boolean timedOut = ErrorNames.TIMEOUT.equals(r.error());
      String cause = r.cause() == null && timedOut ? "" : r.cause();
      failed(a, raw, counters, retry, new StatesError(r.error(), cause), timedOut);
      return;
    }
    JsonNode result = r.result();
    try {
      a.execution().checkPayload(resource.nameInMessages(), result);
    } catch (StatesError e) {
      failed(a, raw, counters, retry, e, false);
      return;
    }
    succeededEvent(a, result);
    a.visit().recordResult(result);
    StateIo.Exit exit;
    try {
      exit = io.complete(a, raw, result);
      a.execution().checkPayload(name, exit.output);
    } catch (StatesError e) {
      errors.handle(a, e, raw, counters, retry);
      return;
    }
    a.exit(exit.output, next, exit.assigned);
  }

  private void failed(Activity a, JsonNode raw, int[] counters, Runnable retry, StatesError e,
      boolean timedOut) {
    ObjectNode details = details();
    if (e.error() != null) {
      details.put("error", e.error());
    }
    if (e.cause() != null) {
      details.put("cause", e.cause());
    }
    switch (resource.kind) {
      case LAMBDA_FUNCTION:
        a.emit(timedOut ? "LambdaFunctionTimedOut" : "LambdaFunctionFailed", details);
        break;
      case ACTIVITY:
        a.emit(timedOut ? "ActivityTimedOut" : "ActivityFailed", details);
        break;
      default:
        a.emit(timedOut ? "TaskTimedOut" : "TaskFailed", details);
    }
    errors.handle(a, e, raw, counters, retry);
  }

  private ObjectNode details() {
    ObjectNode d = Json.object();
    if (resource.kind == TaskResource.Kind.SERVICE) {
      d.put("resourceType", resource.resourceType);
      d.put("resource", resource.resource);
    }
    return d;
  }

  private void scheduled(Activity a, JsonNode input, Long timeout, Long heartbeat) {
    switch (resource.kind) {
      case LAMBDA_FUNCTION: {
        ObjectNode d = Json.object();
        d.put("resource", resource.arn);
        d.set("input", input);
        if (timeout != null) {
          d.put("timeoutInSeconds", timeout);
        }
        a.emit("LambdaFunctionScheduled", d);
        a.emit("LambdaFunctionStarted", null);
        break;
      }
      case ACTIVITY: {
        ObjectNode d = Json.object();
        d.put("resource", resource.arn);
        d.set("input", input);
        if (timeout != null) {
          d.put("timeoutInSeconds", timeout);
        }
        if (heartbeat != null) {
          d.put("heartbeatInSeconds", heartbeat);
        }
        a.emit("ActivityScheduled", d);
        a.emit("ActivityStarted", Json.object().put("workerName", "sfn-testkit"));
        break;
      }
      default: {
        ObjectNode d = details();
        d.put("region", a.execution().options().region());
        d.set("parameters", input);
        if (timeout != null) {
          d.put("timeoutInSeconds", timeout);
        }
        if (heartbeat != null) {
          d.put("heartbeatInSeconds", heartbeat);
        }
        a.emit("TaskScheduled", d);
        a.emit("TaskStarted", details());
        if (resource.pattern != TaskResource.Pattern.REQUEST_RESPONSE) {
          a.emit("TaskSubmitted", details());
        }
      }
    }
  }

  private void succeededEvent(Activity a, JsonNode result) {
    switch (resource.kind) {
      case LAMBDA_FUNCTION:
        a.emit("LambdaFunctionSucceeded", outputDetails(Json.object(), result));
        break;
      case ACTIVITY:
        a.emit("ActivitySucceeded", outputDetails(Json.object(), result));
        break;
      default:
        a.emit("TaskSucceeded", outputDetails(details(), result));
    }
  }

  private static ObjectNode outputDetails(ObjectNode d, JsonNode result) {
    d.set("output", result);
    return d;
  }
}
