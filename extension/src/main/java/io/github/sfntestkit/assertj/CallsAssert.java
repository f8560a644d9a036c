package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.error.ShouldHaveCalls.shouldAllSatisfy;
import static io.github.sfntestkit.assertj.error.ShouldHaveCalls.shouldHaveCallCount;
import static io.github.sfntestkit.assertj.error.ShouldHaveCalls.shouldHaveCallsInOrder;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.assertj.internal.JsonValues;
import io.github.sfntestkit.assertj.internal.JsonValues.Comparison;
import io.github.sfntestkit.mock.RecordedCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the calls one Task state made, as {@code Mocks} recorded them. Calls are numbered
 * from 1, as in the mocks' own messages ("call #3"). Obtain it with
 * {@link ExecutionAssert#calls(io.github.sfntestkit.mock.Mocks, String)}.
 *
 * <pre>{@code
 * // passes: ChargeCard was called three times, each time with amount 42
 * assertThat(result).calls(mocks, "ChargeCard").hasSize(3).wereMadeInOrder("{\"Payload\": {\"amount\": 42}}");
 * // fails: "Expecting calls to "ChargeCard" to number: 1 but there were: 3 Calls: #1 ..."
 * assertThat(result).calls(mocks, "ChargeCard").hasSize(1);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class CallsAssert extends AbstractAssert<CallsAssert, List<RecordedCall>> {
  private Navigation navigation = Navigation.DETACHED;
  private ExecutionAssert execution;
  private String label = "calls";

  /**
   * Creates the assert; use {@link ExecutionAssert#calls(io.github.sfntestkit.mock.Mocks, String)}.
   *
   * @param actual the calls
   */
  public CallsAssert(List<RecordedCall> actual) {
    super(actual, CallsAssert.class);
  }

  CallsAssert init(Navigation navigation, ExecutionAssert execution, String label) {
    this.navigation = navigation;
    this.execution = execution;
    this.label = label;
    return this;
  }

  /**
   * Verifies the number of calls (retries and Map iterations each count).
   *
   * <pre>{@code
   * assertThat(result).calls(mocks, "ChargeCard").hasSize(3); // passes for three calls
   * assertThat(result).calls(mocks, "ChargeCard").hasSize(1); // fails, listing the calls
   * }</pre>
   *
   * @param expected the number of calls expected
   * @return this assertion object
   */
  public CallsAssert hasSize(int expected) {
    isNotNull();
    if (actual.size() != expected) {
      throwAssertionError(shouldHaveCallCount(label, expected, actual, navigation.execution));
    }
    return myself;
  }

  /**
   * Navigates to the n-th call (from 1).
   *
   * <pre>{@code
   * assertThat(result).calls(mocks, "ChargeCard").call(1).hasInputContaining("{\"Payload\": {\"amount\": 42}}"); // passes
   * assertThat(result).calls(mocks, "ChargeCard").call(4).hasInput("{}"); // fails: there were 3 calls
   * }</pre>
   *
   * @param n the call number, from 1
   * @return an assertion on that call
   * @throws IllegalArgumentException when {@code n < 1}
   */
  public CallAssert call(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Calls are numbered from 1, got " + n);
    }
    List<RecordedCall> calls = actual == null ? List.of() : actual;
    RecordedCall call = n <= calls.size() ? calls.get(n - 1) : null;
    CallAssert one = navigation.create(CallAssert.class, RecordedCall.class, call, CallAssert::new);
    return Navigation.keepState(this, one).init(navigation, myself, label, n, calls);
  }

  /**
   * Verifies calls were made whose inputs contain these JSON values, in this order (other calls may
   * come between); "contain" as in {@link ExecutionAssert#hasOutputContaining(String)}.
   *
   * <pre>{@code
   * assertThat(result).calls(mocks, "Ship").wereMadeInOrder("{\"sku\": \"A\"}", "{\"sku\": \"B\"}"); // passes
   * assertThat(result).calls(mocks, "Ship").wereMadeInOrder("{\"sku\": \"B\"}", "{\"sku\": \"A\"}"); // fails
   * }</pre>
   *
   * @param inputs the inputs expected, as JSON, in order
   * @return this assertion object
   * @throws IllegalArgumentException when an input is not JSON
   */
  public CallsAssert wereMadeInOrder(String... inputs) {
    isNotNull();
    List<JsonNode> expected = new ArrayList<>(inputs.length);
    for (String input : inputs) {
      expected.add(JsonValues.parse(input));
    }
    int next = 0;
    for (JsonNode input : expected) {
      int found = -1;
      for (int i = next; i < actual.size() && found < 0; i++) {
        JsonNode callInput = actual.get(i).input();
        if (callInput != null && JsonValues.matches(input, callInput, Comparison.CONTAINING)) {
          found = i;
        }
      }
      if (found < 0) {
        throwAssertionError(shouldHaveCallsInOrder(label, expected, input, next, actual, navigation.execution));
      }
      next = found + 1;
    }
    return myself;
  }

  /**
   * Verifies every call satisfies the requirements (AssertJ assertions on the call); all calls are
   * checked and every failure reported.
   *
   * <pre>{@code
   * assertThat(result).calls(mocks, "ChargeCard")
   *     .allSatisfy(call -> assertThat(call.resource()).endsWith("lambda:invoke")); // passes
   * assertThat(result).calls(mocks, "ChargeCard")
   *     .allSatisfy(call -> assertThat(call.callIndex()).isZero());               // fails for calls #2 and #3
   * }</pre>
   *
   * @param requirements the assertions for one call
   * @return this assertion object
   */
  public CallsAssert allSatisfy(Consumer<? super RecordedCall> requirements) {
    requireNonNull(requirements, "requirements");
    isNotNull();
    Map<Integer, String> failures = new LinkedHashMap<>();
    for (int i = 0; i < actual.size(); i++) {
      try {
        requirements.accept(actual.get(i));
      } catch (AssertionError e) {
        failures.put(i + 1, e.getMessage());
      }
    }
    if (!failures.isEmpty()) {
      throwAssertionError(shouldAllSatisfy(label, failures, actual, navigation.execution));
    }
    return myself;
  }

  /**
   * Goes back to the execution, to chain more assertions.
   *
   * <pre>{@code
   * assertThat(result).calls(mocks, "ChargeCard").hasSize(3).returnToExecution().succeeded(); // passes when it succeeded
   * }</pre>
   *
   * @return the execution assertion this one came from
   */
  public ExecutionAssert returnToExecution() {
    return execution;
  }
}
