package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.PayloadTemplate;
import io.github.sfntestkit.internal.path.ResultPath;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import io.github.sfntestkit.internal.runtime.StatesRuntimeError;
import io.github.sfntestkit.mock.TaskCall;
import io.github.sfntestkit.mock.TaskResponse;

/** Task: calls the integration, with timeouts, Retry and Catch, and records AWS's task events. */
final class TaskState extends State {
  private final TaskResource resource;
  private final PayloadTemplate parameters;
  private final PayloadTemplate resultSelector;
  private final ResultPath resultPath;
  private final Long timeoutSeconds;
  private final PathExpr timeoutSecondsPath;
  private final Long heartbeatSeconds;
  private final PathExpr heartbeatSecondsPath;
  private final ErrorHandling errors;

  TaskState(StateConfig c, TaskResource resource, PayloadTemplate parameters,
      PayloadTemplate resultSelector, ResultPath resultPath, Long timeoutSeconds,
      PathExpr timeoutSecondsPath, Long heartbeatSeconds, PathExpr heartbeatSecondsPath,
      ErrorHandling errors) {
    super(c);
    this.resource = resource;
    this.parameters = parameters;
    this.resultSelector = resultSelector;
    this.resultPath = resultPath;
    this.timeoutSeconds = timeoutSeconds;
    this.timeoutSecondsPath = timeoutSecondsPath;
    this.heartbeatSeconds = heartbeatSeconds;
    this.heartbeatSecondsPath = heartbeatSecondsPath;
    this.errors = errors;
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    JsonNode effective = applyInputPath(a, raw);
    a.visit().recordAfterInputPath(effective);
    Long timeout = seconds(a, effective, timeoutSeconds, timeoutSecondsPath);
    Long heartbeat = seconds(a, effective, heartbeatSeconds, heartbeatSecondsPath);
    int[] counters = errors.newCounters();
    attempt(a, raw, effective, timeout, heartbeat, counters);
  }

  private Long seconds(Activity a, JsonNode input, Long fixed, PathExpr path) {
    if (fixed != null || path == null) {
      return fixed;
    }
    JsonNode v = readPath(a, path, a.scope(input));
    if (!v.isIntegralNumber() || v.asLong() <= 0) {
      throw new StatesRuntimeError(
          "The " + (path == timeoutSecondsPath ? "TimeoutSecondsPath" : "HeartbeatSecondsPath")
              + " field refers to value " + Json.quote(v) + " which is not a valid positive integer: "
              + path.text());
    }
    return v.asLong();
  }

  private void attempt(Activity a, JsonNode raw, JsonNode effective, Long timeout, Long heartbeat,
      int[] counters) {
    Runnable retry = () -> attempt(a, raw, effective, timeout, heartbeat, counters);
    JsonNode input;
    String token = null;
    try {
      if (resource.pattern != TaskResource.Pattern.REQUEST_RESPONSE) {
        token = a.execution().newTaskToken();
        a.setTaskToken(token);
      }
      input = parameters == null ? effective : parameters.evaluate(a.scope(effective));
      a.visit().recordAfterParameters(input);
    } catch (StatesError e) {
      errors.handle(a, e, raw, counters, retry);
      return;
    }
    scheduled(a, input, timeout, heartbeat);
    TaskCall call = new TaskCall(name, resource.arn, input, a.execution().nextCallIndex(name),
        a.retryCount(), a.execution().now(), token);
    TaskResponse response = a.execution().integration().call(call);
    long latency = response.latency().toMillis();
    long deadline = deadlineMillis(timeout, heartbeat);
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
  private long deadlineMillis(Long timeout, Long heartbeat) {
    long deadline = timeout == null ? -1 : timeout * 1000L;
    boolean heartbeats = resource.kind == TaskResource.Kind.ACTIVITY
        || resource.pattern == TaskResource.Pattern.WAIT_FOR_TASK_TOKEN;
    if (heartbeat != null && heartbeats && (deadline < 0 || heartbeat * 1000L < deadline)) {
      deadline = heartbeat * 1000L;
    }
    return deadline;
  }

  private void complete(Activity a, JsonNode raw, int[] counters, Runnable retry, TaskResponse r) {
    if (r.isFailure()) {
      boolean timedOut = ErrorNames.TIMEOUT.equals(r.error());
      String cause = r.cause() == null && timedOut ? "" : r.cause();
      failed(a, raw, counters, retry, new StatesError(r.error(), cause), timedOut);
      return;
    }
    JsonNode result = r.result();
    succeededEvent(a, result);
    a.visit().recordResult(result);
    JsonNode out;
    try {
      a.execution().checkPayload(name, result);
      JsonNode selected = resultSelector == null ? result : resultSelector.evaluate(a.scope(result));
      a.visit().recordAfterResultSelector(selected);
      JsonNode merged = resultPath.apply(raw, selected);
      a.visit().recordAfterResultPath(merged);
      out = applyOutputPath(a, merged);
      a.execution().checkPayload(name, out);
    } catch (StatesError e) {
      errors.handle(a, e, raw, counters, retry);
      return;
    }
    a.exit(out, next);
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
