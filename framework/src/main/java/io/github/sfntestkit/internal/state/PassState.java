package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.runtime.Activity;

/** Pass: passes its input (or Result, or Parameters) through ResultPath and OutputPath. */
final class PassState extends State {
  private final JsonNode result;

  PassState(StateConfig c, JsonNode result) {
    super(c);
    this.result = result;
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    JsonNode filtered = io.filter(a, raw);
    JsonNode value = io.arguments(a, raw, filtered);
    if (result != null) {
      value = result;
    }
    a.visit().recordResult(value);
    leave(a, raw, value, next);
  }
}
