package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.runtime.Activity;

/** Succeed: ends its branch successfully with its (filtered) input. */
final class SucceedState extends State {
  SucceedState(StateConfig c) {
    super(c);
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    leave(a, raw, io.filter(a, raw), null);
  }
}
