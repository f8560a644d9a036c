package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a task integration answers a call: a result or an error, after a virtual latency; or never.
 * For callback tasks ({@code .waitForTaskToken}) and activities, the heartbeats sent while the
 * answer is pending decide whether {@code HeartbeatSeconds} expires first.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TaskResponse {
  private final JsonNode result;
  private final String error;
  private final String cause;
  private final Duration latency;
  private final boolean failure;
  private final boolean never;
  private final List<Duration> heartbeats;

  private TaskResponse(JsonNode result, String error, String cause, Duration latency, boolean failure,
      boolean never, List<Duration> heartbeats) {
    this.result = result;
    this.error = error;
    this.cause = cause;
    this.latency = latency;
    this.failure = failure;
    this.never = never;
    this.heartbeats = heartbeats;
  }

  /** The task succeeds with this raw result (before ResultSelector/ResultPath). */
  public static TaskResponse success(JsonNode result) {
    return new TaskResponse(Objects.requireNonNull(result, "result"), null, null, Duration.ZERO, false,
        false, List.of());
  }

  /** The task fails with this error and cause (either may be null, as AWS allows). */
  public static TaskResponse failure(String error, String cause) {
    return new TaskResponse(null, error, cause, Duration.ZERO, true, false, List.of());
  }

  /** The task never answers: only its TimeoutSeconds/HeartbeatSeconds (or AWS's default) end it. */
  public static TaskResponse never() {
    return new TaskResponse(null, null, null, Duration.ZERO, false, true, List.of());
  }

  /** The same answer, given after a virtual delay from the call. */
  public TaskResponse after(Duration latency) {
    if (Objects.requireNonNull(latency, "latency").isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + latency);
    }
    return new TaskResponse(result, error, cause, latency, failure, never, heartbeats);
  }

  /** The same answer, with heartbeats sent at these virtual times after the call. */
  public TaskResponse withHeartbeats(List<Duration> times) {
    List<Duration> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return new TaskResponse(result, error, cause, latency, failure, never,
        Collections.unmodifiableList(sorted));
  }

  public boolean isFailure() {
    return failure;
  }

  public boolean isNever() {
    return never;
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

  /** Heartbeat times after the call, sorted. */
  public List<Duration> heartbeats() {
    return heartbeats;
  }

  @Override
  public String toString() {
    String what = never ? "never answers" : failure ? "fails with " + error + ": " + cause : "returns " + result;
    return what + (latency.isZero() ? "" : " after " + latency);
  }
}
