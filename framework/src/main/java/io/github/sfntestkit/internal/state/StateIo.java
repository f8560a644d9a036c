package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.runtime.Activity;

/**
 * How a state takes its input and shapes its output, in its query language: JSONPath's InputPath,
 * Parameters, ResultSelector, ResultPath and OutputPath, or JSONata's Arguments and Output. Both
 * compute Assign. Records each step on the state's visit for inspection.
 */
abstract class StateIo {
  /** The value the state's own fields read: JSONPath InputPath applied; JSONata the raw input. */
  abstract JsonNode filter(Activity a, JsonNode raw);

  /** Parameters or Arguments applied to the filtered input; the filtered input when absent. */
  abstract JsonNode arguments(Activity a, JsonNode raw, JsonNode filtered);

  /** Whether the state has Parameters/Arguments. */
  abstract boolean hasArguments();

  /**
   * The state's output and its variable assignments after it produced {@code result} (for Pass,
   * Choice, Wait and Succeed: the filtered input or Pass's value).
   */
  final Exit complete(Activity a, JsonNode raw, JsonNode result) {
    return complete(a, raw, result, true);
  }

  /** As {@link #complete(Activity, JsonNode, JsonNode)}, skipping Assign when {@code assign} is false. */
  abstract Exit complete(Activity a, JsonNode raw, JsonNode result, boolean assign);

  /** Output and assignments of a state leaving normally. */
  static final class Exit {
    final JsonNode output;
    final JsonNode assigned;

    Exit(JsonNode output, JsonNode assigned) {
      this.output = output;
      this.assigned = assigned;
    }
  }
}
