package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/** How a task integration answers a call: a result or an error, after a virtual latency. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TaskResponse {
  private final JsonNode result;
  private final String error;
  private final String cause;
  private final Duration latency;

  private final boolean failure;

  private TaskResponse(JsonNode result, String error, String cause, Duration latency, boolean failure) {
    this.failure = failure;
    this.result = result;
    this.error = error;
    this.cause = cause;
    this.latency = latency;
  }

  /** The task succeeds with this raw result (before ResultSelector/ResultPath). */
  public static TaskResponse success(JsonNode result) {
    return new TaskResponse(Objects.requireNonNull(result, "result"), null, null, Duration.ZERO, false);
  }

  /** The task fails with this error and cause (either may be null, as AWS allows). */
  public static TaskResponse failure(String error, String cause) {
    return new TaskResponse(null, error, cause, Duration.ZERO, true);
  }

  /** The same answer, given after a virtual delay. */
  public TaskResponse after(Duration latency) {
    return new TaskResponse(result, error, cause, Objects.requireNonNull(latency), failure);
  }

  public boolean isFailure() {
    return failure;
  }

  public JsonNode result() {
    return result;
  }

  public String error() {
    return error;
  }

  public String cause() {
    return cause;
  }

  public Duration latency() {
    return latency;
  }
}
