package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.ResultPath;
import io.github.sfntestkit.internal.runtime.Activity;
import java.util.List;

/** A compiled Catch entry: JSONPath ResultPath, or JSONata Output; optional Assign. */
final class Catcher {
  final List<String> errorEquals;
  final String next;
  final ResultPath resultPath;
  final ValueTemplate output;
  final ValueTemplate assign;

  Catcher(List<String> errorEquals, String next, ResultPath resultPath, ValueTemplate output,
      ValueTemplate assign) {
    this.errorEquals = errorEquals;
    this.next = next;
    this.resultPath = resultPath;
    this.output = output;
    this.assign = assign;
  }

  boolean matches(String error) {
    return ErrorMatching.matches(errorEquals, error);
  }

  JsonNode output(Activity a, JsonNode raw, JsonNode errorOutput) {
    if (output != null) {
      return output.evaluate(a, raw, null, errorOutput);
    }
    return resultPath == null ? errorOutput : resultPath.apply(raw, errorOutput);
  }

  JsonNode assigned(Activity a, JsonNode raw, JsonNode errorOutput) {
    return assign == null ? null : assign.evaluate(a, raw, null, errorOutput);
  }
}
