package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.runtime.Activity;

/** JSONata data flow: Arguments (Task, Parallel), Output and Assign; no InputPath et al. */
final class JsonataIo extends StateIo {
  private final ValueTemplate arguments;
  private final ValueTemplate output;
  private final ValueTemplate assign;

  JsonataIo(ValueTemplate arguments, ValueTemplate output, ValueTemplate assign) {
    this.arguments = arguments;
    this.output = output;
    this.assign = assign;
  }

  @Override
  JsonNode filter(Activity a, JsonNode raw) {
    return raw;
  }

  @Override
  JsonNode arguments(Activity a, JsonNode raw, JsonNode filtered) {
    if (arguments == null) {
      return raw;
    }
    JsonNode value = arguments.evaluate(a, raw, null, null);
    a.visit().recordAfterParameters(value);
    return value;
  }

  @Override
  boolean hasArguments() {
    return arguments != null;
  }

  @Override
  Exit complete(Activity a, JsonNode raw, JsonNode result, boolean withAssign) {
    JsonNode assigned = assign == null || !withAssign ? null : assign.evaluate(a, raw, result, null);
    JsonNode out = output == null ? result : output.evaluate(a, raw, result, null);
    return new Exit(out, assigned);
  }
}
