package io.github.sfntestkit.internal.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A compiled set of states with its StartAt: the top level, a Parallel branch or a Map processor. */
public final class StateGraph {
  private final String startAt;
  private final Map<String, State> states;

  StateGraph(String startAt, LinkedHashMap<String, State> states) {
    this.startAt = startAt;
    this.states = Collections.unmodifiableMap(states);
  }

  public String startAt() {
    return startAt;
  }

  public State start() {
    return states.get(startAt);
  }

  public State get(String name) {
    return states.get(name);
  }

  public Map<String, State> states() {
    return states;
  }
}
