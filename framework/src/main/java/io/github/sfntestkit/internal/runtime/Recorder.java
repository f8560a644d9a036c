package io.github.sfntestkit.internal.runtime;

import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;

/** The history and state visits of one execution: the top-level one or a distributed Map child. */
public final class Recorder {
  final String name;
  final List<HistoryEvent> events = new ArrayList<>();
  final List<StateVisit> visits = new ArrayList<>();
  long lastEventId;

  Recorder(String name) {
    this.name = name;
  }
}
