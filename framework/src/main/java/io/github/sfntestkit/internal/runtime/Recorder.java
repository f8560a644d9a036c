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
  /** Events live in chunks of this many, so growing never copies what is already recorded. */
  private static final int CHUNK = 1024;
  private int size;
  private long[][] times = new long[4][];
  private long[][] previous = new long[4][];
  private String[][] types = new String[4][];
  private String[][] stateNames = new String[4][];
  private JsonNode[][] payloads = new JsonNode[4][];
  private ObjectNode[][] details = new ObjectNode[4][];

  Recorder(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }

  /** Adds an event; returns its id (1-based). */
  long add(long prev, long time, String type, String stateName, JsonNode payload, ObjectNode detail) {
    int c = size / CHUNK;
    int i = size % CHUNK;
    if (i == 0) {
      if (c == times.length) {
        int n = c * 2;
        times = Arrays.copyOf(times, n);
        previous = Arrays.copyOf(previous, n);
        types = Arrays.copyOf(types, n);
        stateNames = Arrays.copyOf(stateNames, n);
        payloads = Arrays.copyOf(payloads, n);
        details = Arrays.copyOf(details, n);
      }
      int len = c == 0 ? 64 : CHUNK;
      times[c] = new long[len];
      previous[c] = new long[len];
      types[c] = new String[len];
      stateNames[c] = new String[len];
      payloads[c] = new JsonNode[len];
      details[c] = new ObjectNode[len];
    } else if (c == 0 && i == times[0].length) {
      times[0] = Arrays.copyOf(times[0], CHUNK);
      previous[0] = Arrays.copyOf(previous[0], CHUNK);
      types[0] = Arrays.copyOf(types[0], CHUNK);
      stateNames[0] = Arrays.copyOf(stateNames[0], CHUNK);
      payloads[0] = Arrays.copyOf(payloads[0], CHUNK);
      details[0] = Arrays.copyOf(details[0], CHUNK);
    }
    times[c][i] = time;
    previous[c][i] = prev;
    types[c][i] = type;
    stateNames[c][i] = stateName;
    payloads[c][i] = payload;
    details[c][i] = detail;
    size++;
    lastEventId = size;
    return size;
  }

  private HistoryEvent event(int index) {
    int c = index / CHUNK;
    int i = index % CHUNK;
    String type = types[c][i];
    if (stateNames[c][i] != null) {
      return HistoryEvent.ofState(index + 1L, previous[c][i], times[c][i], type, stateNames[c][i],
          type.endsWith("Exited") ? "output" : "input", payloads[c][i]);
    }
    return new HistoryEvent(index + 1L, previous[c][i], java.time.Instant.ofEpochMilli(times[c][i]),
        type, details[c][i]);
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
