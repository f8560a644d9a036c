package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.json;
import static io.github.sfntestkit.assertj.internal.Describe.lines;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.assertj.internal.JsonValues.Comparison;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Messages for a JSON payload (execution output, a state's input or output, a call's input, a value
 * at a path) that differs from the one expected, listing each difference by path.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveOutput extends PathTakenMessage {

  /**
   * The payload differs.
   *
   * @param label what the payload is, e.g. {@code execution output} or {@code input of state "Charge"}
   * @param comparison how the payloads were compared
   * @param expected the payload expected
   * @param actual the payload found
   * @param differences one line per difference, e.g. {@code $.total: expected 42 but was 41}
   * @param execution the execution, for the path taken; may be null
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveOutput(String label, Comparison comparison, JsonNode expected,
      JsonNode actual, List<String> differences, ExecutionResult execution) {
    return new ShouldHaveOutput("%nExpecting %s %s:%n  %s%nbut was:%n  %s%nDifferences:%n  %s", execution,
        raw(label), raw(relation(comparison)), raw(json(expected)), raw(json(actual)), raw(lines(differences)));
  }

  /**
   * There is no payload to compare.
   *
   * @param label what the payload is
   * @param comparison how the payloads would have been compared
   * @param expected the payload expected
   * @param whyAbsent why there is none, e.g. {@code the execution ended with status FAILED: ...}
   * @param execution the execution, for the path taken; may be null
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveOutputButAbsent(String label, Comparison comparison, JsonNode expected,
      String whyAbsent, ExecutionResult execution) {
    return new ShouldHaveOutput("%nExpecting %s %s:%n  %s%nbut %s", execution,
        raw(label), raw(relation(comparison)), raw(json(expected)), raw(whyAbsent));
  }

  private static String relation(Comparison comparison) {
    switch (comparison) {
      case STRICT:
        return "to be (same key order, integers apart from decimals)";
      case CONTAINING:
        return "to contain (extra fields allowed)";
      default:
        return "to be (ignoring key order)";
    }
  }

  private ShouldHaveOutput(String format, ExecutionResult execution, Object... arguments) {
    super(format, execution, arguments);
  }
}
