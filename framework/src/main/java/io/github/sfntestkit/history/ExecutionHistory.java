package io.github.sfntestkit.history;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfntestkit.internal.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;

/** The ordered events of one execution. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExecutionHistory {
  private final List<HistoryEvent> events;

  public ExecutionHistory(List<HistoryEvent> events) {
    this.events = Collections.unmodifiableList(new ArrayList<>(events));
  }

  private ExecutionHistory(List<HistoryEvent> events, boolean owned) {
    this.events = Collections.unmodifiableList(events);
  }

  /** Wraps a list the caller hands over and never changes again (no copy). */
  @API(status = API.Status.INTERNAL)
  public static ExecutionHistory of(List<HistoryEvent> events) {
    return new ExecutionHistory(events, true);
  }

  public List<HistoryEvent> events() {
    return events;
  }

  public int size() {
    return events.size();
  }

  /** Names of entered states, in history order (nested Map/Parallel states included). */
  public List<String> enteredStates() {
    List<String> names = new ArrayList<>();
    for (HistoryEvent e : events) {
      if (e.type().endsWith("StateEntered")) {
        names.add(e.stateName());
      }
    }
    return names;
  }

  /** The events as GetExecutionHistory returns them. */
  public ArrayNode toJson() {
    ArrayNode out = Json.NODES.arrayNode(events.size());
    for (HistoryEvent e : events) {
      out.add(e.toJson());
    }
    return out;
  }
}
