package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.PayloadTemplate;
import io.github.sfntestkit.internal.runtime.Activity;

/**
 * A compiled field that computes a value from a state's raw input, its result and (in a Catcher)
 * its error output: a JSONPath payload template or a JSONata template.
 */
interface ValueTemplate {
  JsonNode evaluate(Activity a, JsonNode raw, JsonNode result, JsonNode errorOutput);

  /**
   * A JSONPath payload template (Assign): {@code $} is the error output in a Catcher, else the
   * result (after ResultSelector), else the state's input.
   */
  static ValueTemplate jsonPath(PayloadTemplate template) {
    return (a, raw, result, errorOutput) ->
        template.evaluate(a.scope(errorOutput != null ? errorOutput : result != null ? result : raw));
  }
}
