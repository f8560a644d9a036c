package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.StatesError;

/** The end of Map and Parallel: shape the output from the results array, or hand errors to Retry/Catch. */
final class Completion {
  private Completion() {}

  static void complete(State state, Activity a, JsonNode raw, JsonNode result, int[] counters,
      ErrorHandling errors, Runnable retry) {
    a.visit().recordResult(result);
    StateIo.Exit exit;
    try {
      a.execution().checkPayload(state.name, result);
      exit = state.io.complete(a, raw, result);
    } catch (StatesError e) {
      errors.handle(a, e, raw, counters, retry);
      return;
    }
    a.exit(exit.output, state.next, exit.assigned);
  }
}
