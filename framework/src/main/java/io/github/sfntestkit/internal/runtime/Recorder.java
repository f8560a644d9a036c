package io.github.sfntestkit.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.history.HistoryEvent;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The history and state visits of one execution: the top-level one or a distributed Map child.
 * Events are stored column by column and become {@link HistoryEvent} objects only when read, so a
 * long execution keeps a few dozen bytes per event.
 */
public final class Recorder {
  final String name;
  final List<StateVisit> visits = new ArrayList<>();
  long lastEventId;
  private int size;
  private long[] times = new long[16];
  private long[] previous = new long[16];
  private String[] types = new String[16];
  private String[] stateNames = new String[16];
  private JsonNode[] payloads = new JsonNode[16];
  private ObjectNode[] details = new ObjectNode[16];

  Recorder(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }

  /** Adds an event; returns its id (1-based). */
  long add(long prev, long time, String type, String stateName, JsonNode payload, ObjectNode detail) {
    if (size == times.length) {
      int n = size * 2;
      times = Arrays.copyOf(times, n);
      previous = Arrays.copyOf(previous, n);
      types = Arrays.copyOf(types, n);
      stateNames = Arrays.copyOf(stateNames, n);
      payloads = Arrays.copyOf(payloads, n);
      details = Arrays.copyOf(details, n);
    }
    times[size] = time;
    previous[size] = prev;
    types[size] = type;
    stateNames[size] = stateName;
    payloads[size] = payload;
    details[size] = detail;
    size++;
    lastEventId = size;
    return size;
  }

  private HistoryEvent event(int i) {
    String type = types[i];
    if (stateNames[i] != null) {
      return HistoryEvent.ofState(i + 1L, previous[i], times[i], type, stateNames[i],
          type.endsWith("Exited") ? "output" : "input", payloads[i]);
    }
    return new HistoryEvent(i + 1L, previous[i], java.time.Instant.ofEpochMilli(times[i]), type, details[i]);
  }

  /** The events as an unmodifiable list, each built once when first read. */
  List<HistoryEvent> events() {
    int n = size;
    HistoryEvent[] built = new HistoryEvent[n];
    return new Events(built);
  }

  private final class Events extends AbstractList<HistoryEvent> implements RandomAccess {
    private final HistoryEvent[] built;

    Events(HistoryEvent[] built) {
      this.built = built;
    }

    @Override
    public HistoryEvent get(int index) {
      HistoryEvent e = built[index];
      if (e == null) {
        e = event(index);
        built[index] = e;
      }
      return e;
    }

    @Override
    public int size() {
      return built.length;
    }
  }
}
