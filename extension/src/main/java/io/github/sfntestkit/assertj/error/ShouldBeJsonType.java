package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.assertj.internal.JsonValues;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/** Messages for the type or presence of a JSON value. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldBeJsonType extends PathTakenMessage {

  /**
   * The value has another JSON type.
   *
   * @param label what the value is, e.g. {@code execution output at $.total}
   * @param expectedType string, number, boolean, object, array or null
   * @param actual the value found
   * @param execution the execution, for the path taken; may be null
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeJsonType(String label, String expectedType, JsonNode actual,
      ExecutionResult execution) {
    return new ShouldBeJsonType("%nExpecting %s to be a JSON %s but was a JSON %s:%n  %s", execution,
        raw(label), raw(expectedType), raw(JsonValues.typeName(actual)), raw(json(actual)));
  }

  /**
   * There is no value.
   *
   * @param label what the value is
   * @param expectedType the type expected
   * @param whyAbsent why there is none
   * @param execution the execution, for the path taken; may be null
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeJsonTypeButAbsent(String label, String expectedType, String whyAbsent,
      ExecutionResult execution) {
    return new ShouldBeJsonType("%nExpecting %s to be a JSON %s but %s", execution,
        raw(label), raw(expectedType), raw(whyAbsent));
  }

  /**
   * A value is there though none was expected.
   *
   * @param label what the value is
   * @param actual the value found
   * @param execution the execution, for the path taken; may be null
   * @return the message factory
   */
  public static ErrorMessageFactory shouldBeAbsent(String label, JsonNode actual, ExecutionResult execution) {
    return new ShouldBeJsonType("%nExpecting %s to be absent but was:%n  %s", execution, raw(label), raw(json(actual)));
  }

  private ShouldBeJsonType(String format, ExecutionResult execution, Object... arguments) {
    super(format, execution, arguments);
  }
}
