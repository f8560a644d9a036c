package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.error.ShouldHaveCalls.shouldHaveCall;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.assertj.internal.Describe;
import io.github.sfntestkit.assertj.internal.JsonValues.Comparison;
import io.github.sfntestkit.mock.RecordedCall;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on one recorded Task call. Obtain it with {@link CallsAssert#call(int)}.
 *
 * <pre>{@code
 * // passes: the first call's input has Payload.amount 42
 * assertThat(result).calls(mocks, "ChargeCard").call(1).hasInputContaining("{\"Payload\": {\"amount\": 42}}");
 * // fails, listing the difference at $.Payload.amount
 * assertThat(result).calls(mocks, "ChargeCard").call(1).hasInputContaining("{\"Payload\": {\"amount\": 41}}");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class CallAssert extends AbstractAssert<CallAssert, RecordedCall> {
  private Navigation navigation = Navigation.DETACHED;
  private CallsAssert calls;
  private String callsLabel = "calls";
  private int number = 1;
  private List<RecordedCall> all = List.of();

  /**
   * Creates the assert; use {@link CallsAssert#call(int)}.
   *
   * @param actual the call, null when there is no such call
   */
  public CallAssert(RecordedCall actual) {
    super(actual, CallAssert.class);
  }

  CallAssert init(Navigation navigation, CallsAssert calls, String callsLabel, int number, List<RecordedCall> all) {
    this.navigation = navigation;
    this.calls = calls;
    this.callsLabel = callsLabel;
    this.number = number;
    this.all = all;
    return this;
  }

  /**
   * Verifies the call's effective input (after InputPath and Parameters) equals this JSON.
   *
   * <pre>{@code
   * assertThat(result).calls(mocks, "ChargeCard").call(1)
   *     .hasInput("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 42}}"); // passes
   * assertThat(result).calls(mocks, "ChargeCard").call(1).hasInput("{}");      // fails
   * }</pre>
   *
   * @param json the input expected
   * @return this assertion object
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public CallAssert hasInput(String json) {
    return check(Comparison.EQUAL, json);
  }

  /**
   * Verifies the call's input contains this JSON (extra fields allowed).
   *
   * <pre>{@code
   * assertThat(result).calls(mocks, "ChargeCard").call(1).hasInputContaining("{\"Payload\": {\"amount\": 42}}"); // passes
   * assertThat(result).calls(mocks, "ChargeCard").call(1).hasInputContaining("{\"Payload\": {\"amount\": 1}}");  // fails
   * }</pre>
   *
   * @param json the fields expected
   * @return this assertion object
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public CallAssert hasInputContaining(String json) {
    return check(Comparison.CONTAINING, json);
  }

  /**
   * Navigates to the call's input.
   *
   * <pre>{@code
   * assertThat(result).calls(mocks, "ChargeCard").call(1).input().at("$.Payload.amount").isEqualTo("42"); // passes
   * assertThat(result).calls(mocks, "ChargeCard").call(1).input().isArray(); // fails: it is an object
   * }</pre>
   *
   * @return an assertion on the input
   */
  public JsonAssert input() {
    JsonNode input = actual == null ? null : actual.input();
    JsonAssert json = navigation.create(JsonAssert.class, JsonNode.class, input, JsonAssert::new);
    return Navigation.keepState(this, json).describe(navigation, label(), "there is no call #" + number);
  }

  /**
   * Goes back to the calls, to check another one.
   *
   * <pre>{@code
   * assertThat(result).calls(mocks, "ChargeCard").call(1).hasInputContaining("{}").returnToCalls().hasSize(3); // passes
   * }</pre>
   *
   * @return the calls assertion this one came from
   */
  public CallsAssert returnToCalls() {
    return calls;
  }

  private CallAssert check(Comparison comparison, String json) {
    if (actual == null) {
      throwAssertionError(shouldHaveCall(callsLabel, number, all, navigation.execution));
    }
    ErrorMessageFactory failure =
        JsonChecks.compare(label(), comparison, json, actual.input(), "there is no input", navigation.execution);
    if (failure != null) {
      throwAssertionError(failure);
    }
    return myself;
  }

  private String label() {
    String state = actual == null ? "" : " to " + Describe.quote(actual.stateName());
    return "input of call #" + number + state;
  }
}
