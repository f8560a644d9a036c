package io.github.sfntestkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.history.ExecutionHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** The outcome of one execution: status, output or error, history and per-state visits. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExecutionResult {
  private final ExecutionStatus status;
  private final JsonNode output;
  private final String error;
  private final String cause;
  private final ExecutionHistory history;
  private final List<StateVisit> visits;
  private final Instant startTime;
  private final Instant stopTime;
  private final List<ExecutionResult> childExecutions;
  private final Map<String, JsonNode> writtenObjects;
  private final String name;

  @API(status = API.Status.INTERNAL)
  public ExecutionResult(
      ExecutionStatus status,
      JsonNode output,
      String error,
      String cause,
      ExecutionHistory history,
      List<StateVisit> visits,
      Instant startTime,
      Instant stopTime,
      List<ExecutionResult> childExecutions,
      Map<String, JsonNode> writtenObjects,
      String name) {
    this.childExecutions = Collections.unmodifiableList(new ArrayList<>(childExecutions));
    this.writtenObjects = Collections.unmodifiableMap(new LinkedHashMap<>(writtenObjects));
    this.name = name;
    this.status = status;
    this.output = output;
    this.error = error;
    this.cause = cause;
    this.history = history;
    this.visits = Collections.unmodifiableList(visits);
    this.startTime = startTime;
    this.stopTime = stopTime;
  }

  public ExecutionStatus status() {
    return status;
  }

  public boolean succeeded() {
    return status == ExecutionStatus.SUCCEEDED;
  }

  /** The execution output (SUCCEEDED only), else null. */
  public JsonNode output() {
    return output;
  }

  public String error() {
    return error;
  }

  public String cause() {
    return cause;
  }

  public ExecutionHistory history() {
    return history;
  }

  /** Every state entry in the order the states were entered (nested states included). */
  public List<StateVisit> visits() {
    return visits;
  }

  /** Names of the states entered, in order. */
  public List<String> path() {
    List<String> names = new ArrayList<>(visits.size());
    for (StateVisit v : visits) {
      names.add(v.name());
    }
    return names;
  }

  public Instant startTime() {
    return startTime;
  }

  public Instant stopTime() {
    return stopTime;
  }

  /** The execution's name (for a distributed Map child: the Map Run's label and the item index). */
  public String name() {
    return name;
  }

  /** Child executions started by distributed Map states, in start order, each with its own history. */
  public List<ExecutionResult> childExecutions() {
    return childExecutions;
  }

  /** Objects written by ResultWriters, keyed "bucket/key", in write order. */
  public Map<String, JsonNode> writtenObjects() {
    return writtenObjects;
  }

  /** Virtual time the execution took. */
  public Duration duration() {
    return Duration.between(startTime, stopTime);
  }

  @Override
  public String toString() {
    return status + (error != null ? " " + error + ": " + cause : "") + " path=" + path();
  }
}
