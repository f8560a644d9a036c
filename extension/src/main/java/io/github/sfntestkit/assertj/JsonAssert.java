package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.error.ShouldBeJsonType.shouldBeAbsent;
import static io.github.sfntestkit.assertj.error.ShouldBeJsonType.shouldBeJsonType;
import static io.github.sfntestkit.assertj.error.ShouldBeJsonType.shouldBeJsonTypeButAbsent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntestkit.assertj.internal.JsonValues;
import io.github.sfntestkit.assertj.internal.JsonValues.Comparison;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on one JSON value: the execution output, a value at a path, a state's or a call's input.
 * Obtain it from {@link ExecutionAssert#output()}, {@link ExecutionAssert#outputAt(String)},
 * {@link StateAssert#input()} and the like. Comparisons ignore key order and compare numbers by value.
 *
 * <pre>{@code
 * // passes: the output is {"total": 42, "status": "PAID"}
 * assertThat(result).outputAt("$.total").isNumber().isEqualTo("42");
 * // fails: "Expecting execution output at $.status to be (ignoring key order): "SHIPPED" but was: "PAID" ..."
 * assertThat(result).outputAt("$.status").hasText("SHIPPED");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class JsonAssert extends AbstractAssert<JsonAssert, JsonNode> {
  private Navigation navigation = Navigation.DETACHED;
  private String label = "JSON value";
  private String whyAbsent = "there is no value";

  /**
   * Creates an assert on a JSON value; prefer the navigation methods, which name the value in messages.
   *
   * @param actual the value, or null or a missing node when there is none
   */
  public JsonAssert(JsonNode actual) {
    super(actual, JsonAssert.class);
  }

  JsonAssert describe(Navigation navigation, String label, String whyAbsent) {
    this.navigation = navigation;
    this.label = label;
    this.whyAbsent = whyAbsent;
    return this;
  }

  /**
   * Verifies the value equals the given JSON, ignoring key order, numbers compared by value.
   *
   * <pre>{@code
   * assertThat(result).outputAt("$.order").isEqualTo("{\"id\": 7, \"total\": 42.0}"); // passes for {"total":42,"id":7}
   * assertThat(result).outputAt("$.order").isEqualTo("{\"id\": 8}");                  // fails, listing $.id and $.total
   * }</pre>
   *
   * @param json the value expected, as JSON text ({@code "\"PAID\""} for a string, or use {@link #hasText(String)})
   * @return this assertion object
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public JsonAssert isEqualTo(String json) {
    return check(Comparison.EQUAL, JsonValues.parse(json));
  }

  /**
   * Verifies the value equals the given JSON with the same key order, integers apart from decimals.
   *
   * <pre>{@code
   * assertThat(result).output().isStrictlyEqualTo("{\"a\":1,\"b\":2}"); // passes for {"a":1,"b":2}
   * assertThat(result).output().isStrictlyEqualTo("{\"b\":2,\"a\":1}"); // fails: key order differs
   * }</pre>
   *
   * @param json the value expected
   * @return this assertion object
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public JsonAssert isStrictlyEqualTo(String json) {
    return check(Comparison.STRICT, JsonValues.parse(json));
  }

  /**
   * Verifies the value contains the given JSON: every field given is there with a containing value,
   * extra fields are allowed, arrays keep size and order.
   *
   * <pre>{@code
   * assertThat(result).output().containsJson("{\"status\": \"PAID\"}");    // passes for {"status":"PAID","total":42}
   * assertThat(result).output().containsJson("{\"status\": \"SHIPPED\"}"); // fails at $.status
   * }</pre>
   *
   * @param json the fields expected
   * @return this assertion object
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public JsonAssert containsJson(String json) {
    return check(Comparison.CONTAINING, JsonValues.parse(json));
  }

  /**
   * Verifies the value is the JSON string {@code text}.
   *
   * <pre>{@code
   * assertThat(result).outputAt("$.status").hasText("PAID");    // passes for "PAID"
   * assertThat(result).outputAt("$.status").hasText("SHIPPED"); // fails
   * }</pre>
   *
   * @param text the string expected
   * @return this assertion object
   */
  public JsonAssert hasText(String text) {
    return check(Comparison.EQUAL, TextNode.valueOf(text));
  }

  /**
   * Verifies the value is a JSON string.
   *
   * <pre>{@code
   * assertThat(result).outputAt("$.status").isString(); // passes for "PAID"
   * assertThat(result).outputAt("$.total").isString();  // fails for 42
   * }</pre>
   *
   * @return this assertion object
   */
  public JsonAssert isString() {
    return checkType("string", JsonNodeType.STRING);
  }

  /**
   * Verifies the value is a JSON number.
   *
   * <pre>{@code
   * assertThat(result).outputAt("$.total").isNumber();  // passes for 42
   * assertThat(result).outputAt("$.status").isNumber(); // fails for "PAID"
   * }</pre>
   *
   * @return this assertion object
   */
  public JsonAssert isNumber() {
    return checkType("number", JsonNodeType.NUMBER);
  }

  /**
   * Verifies the value is a JSON boolean.
   *
   * <pre>{@code
   * assertThat(result).outputAt("$.paid").isBoolean();  // passes for true
   * assertThat(result).outputAt("$.total").isBoolean(); // fails for 42
   * }</pre>
   *
   * @return this assertion object
   */
  public JsonAssert isBoolean() {
    return checkType("boolean", JsonNodeType.BOOLEAN);
  }

  /**
   * Verifies the value is a JSON object.
   *
   * <pre>{@code
   * assertThat(result).outputAt("$.order").isObject(); // passes for {"id":7}
   * assertThat(result).outputAt("$.items").isObject(); // fails for [1,2]
   * }</pre>
   *
   * @return this assertion object
   */
  public JsonAssert isObject() {
    return checkType("object", JsonNodeType.OBJECT);
  }

  /**
   * Verifies the value is a JSON array.
   *
   * <pre>{@code
   * assertThat(result).outputAt("$.items").isArray(); // passes for [1,2]
   * assertThat(result).outputAt("$.order").isArray(); // fails for {"id":7}
   * }</pre>
   *
   * @return this assertion object
   */
  public JsonAssert isArray() {
    return checkType("array", JsonNodeType.ARRAY);
  }

  /**
   * Verifies the value is JSON {@code null} (not absent: see {@link #isMissing()}).
   *
   * <pre>{@code
   * assertThat(result).outputAt("$.coupon").isJsonNull(); // passes for null
   * assertThat(result).outputAt("$.total").isJsonNull();  // fails for 42
   * }</pre>
   *
   * @return this assertion object
   */
  public JsonAssert isJsonNull() {
    return checkType("null", JsonNodeType.NULL);
  }

  /**
   * Verifies there is no value (e.g. no field at the path).
   *
   * <pre>{@code
   * assertThat(result).outputAt("$.error").isMissing(); // passes when the output has no "error"
   * assertThat(result).outputAt("$.total").isMissing(); // fails: shows the value
   * }</pre>
   *
   * @return this assertion object
   */
  public JsonAssert isMissing() {
    if (!JsonChecks.absent(actual)) {
      throwAssertionError(shouldBeAbsent(label, actual, navigation.execution));
    }
    return myself;
  }

  /**
   * Navigates to the value at a reference path inside this one.
   *
   * <pre>{@code
   * assertThat(result).output().at("$.order.total").isEqualTo("42"); // passes
   * assertThat(result).output().at("$.order.tax").isEqualTo("0");    // fails: no value at $.order.tax
   * }</pre>
   *
   * @param path a reference path: {@code $}, {@code .name}, {@code ['name']}, {@code [index]}
   * @return an assertion on that value, keeping description and soft-assertion state
   * @throws IllegalArgumentException when the path is not a reference path
   */
  public JsonAssert at(String path) {
    JsonNode value = JsonValues.at(actual, path);
    String reason = JsonChecks.absent(actual) ? whyAbsent : JsonChecks.nothingAt(path, actual);
    JsonAssert child = navigation.create(JsonAssert.class, JsonNode.class, value, JsonAssert::new);
    return Navigation.keepState(this, child).describe(navigation, label + " at " + path, reason);
  }

  private JsonAssert check(Comparison comparison, JsonNode expected) {
    ErrorMessageFactory failure =
        JsonChecks.compare(label, comparison, expected, actual, whyAbsent, navigation.execution);
    if (failure != null) {
      throwAssertionError(failure);
    }
    return myself;
  }

  private JsonAssert checkType(String name, JsonNodeType type) {
    if (JsonChecks.absent(actual)) {
      throwAssertionError(shouldBeJsonTypeButAbsent(label, name, whyAbsent, navigation.execution));
    }
    if (actual.getNodeType() != type) {
      throwAssertionError(shouldBeJsonType(label, name, actual, navigation.execution));
    }
    return myself;
  }
}
