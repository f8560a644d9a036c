package io.github.sfntestkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The outcome of running one state on its own, the offline twin of AWS's TestState API: a status,
 * the next state, the output or error, and the inspection data of the state's data flow.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateTestResult {
  /** TestState's statuses. */
  public enum Status {
    /** The state completed; {@link #nextState()} says where the execution would go. */
    SUCCEEDED,
    /** The state failed and nothing handles the error. */
    FAILED,
    /** The state failed and a Retrier would retry it (after {@link #retryDelay()}). */
    RETRIABLE,
    /** The state failed and a Catcher handled it; {@link #nextState()} is the Catcher's Next. */
    CAUGHT_ERROR
  }

  private final Status status;
  private final StateVisit visit;
  private final ExecutionResult execution;

  StateTestResult(Status status, StateVisit visit, ExecutionResult execution) {
    this.status = status;
    this.visit = visit;
    this.execution = execution;
  }

  public Status status() {
    return status;
  }

  /** The state the execution would enter next, or null for an end state or a failure. */
  public String nextState() {
    return visit == null ? null : visit.next();
  }

  /** The state's output (SUCCEEDED, CAUGHT_ERROR), else null. */
  public JsonNode output() {
    return visit == null ? null : visit.output();
  }

  public String error() {
    return visit == null || visit.error() == null ? execution.error() : visit.error();
  }

  public String cause() {
    return visit == null || visit.cause() == null ? execution.cause() : visit.cause();
  }

  /** The delay before the retry a RETRIABLE result would make, else null. */
  public Duration retryDelay() {
    return status == Status.RETRIABLE && visit != null && visit.retries() > 0
        ? visit.retryDelays().get(visit.retries() - 1) : null;
  }

  /**
   * Inspection data: input, after InputPath, after Parameters, result, after ResultSelector, after
   * ResultPath, output and the variables assigned.
   */
  public StateVisit inspectionData() {
    return visit;
  }

  /** The underlying one-state execution (its history, task calls, virtual time). */
  public ExecutionResult execution() {
    return execution;
  }

  @Override
  public String toString() {
    return status + (nextState() != null ? " -> " + nextState() : "")
        + (error() != null ? " " + error() + ": " + cause() : "");
  }
}
