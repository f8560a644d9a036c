package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.error.ShouldHaveOutput.shouldHaveOutput;
import static io.github.sfntestkit.assertj.error.ShouldHaveOutput.shouldHaveOutputButAbsent;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.assertj.internal.Describe;
import io.github.sfntestkit.assertj.internal.JsonValues;
import io.github.sfntestkit.assertj.internal.JsonValues.Comparison;
import java.util.List;
import org.assertj.core.error.ErrorMessageFactory;

/** The JSON comparison every {@code has*}/{@code isEqualTo} payload assertion shares. */
final class JsonChecks {
  private JsonChecks() {}

  static boolean absent(JsonNode node) {
    return node == null || node.isMissingNode();
  }

  /** The failure message, or null when {@code actual} matches. */
  static ErrorMessageFactory compare(String label, Comparison comparison, String expectedJson, JsonNode actual,
      String whyAbsent, ExecutionResult execution) {
    return compare(label, comparison, JsonValues.parse(expectedJson), actual, whyAbsent, execution);
  }

  static ErrorMessageFactory compare(String label, Comparison comparison, JsonNode expected, JsonNode actual,
      String whyAbsent, ExecutionResult execution) {
    if (absent(actual)) {
      return shouldHaveOutputButAbsent(label, comparison, expected, whyAbsent, execution);
    }
    List<String> differences = JsonValues.differences(expected, actual, comparison);
    return differences.isEmpty() ? null : shouldHaveOutput(label, comparison, expected, actual, differences, execution);
  }

  /** Why an execution has no output: {@code there is no output: the execution ended with status ...}. */
  static String noExecutionOutput(ExecutionResult r) {
    return "there is no output: the execution ended with status " + Describe.status(r);
  }

  /** Why there is nothing at a path: {@code there is no value at $.x in:} and the document. */
  static String nothingAt(String path, JsonNode root) {
    return "there is no value at " + path + " in:" + Describe.NL + "  " + Describe.json(root);
  }
}
