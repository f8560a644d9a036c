package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.error.ShouldHaveAssigned.shouldHaveAssigned;
import static io.github.sfntestkit.assertj.error.ShouldHaveAssigned.shouldHaveAssignedButDidNot;
import static io.github.sfntestkit.assertj.error.ShouldHaveCaught.shouldHaveCaught;
import static io.github.sfntestkit.assertj.error.ShouldHaveEnteredState.shouldHaveEnteredState;
import static io.github.sfntestkit.assertj.error.ShouldHaveEnteredState.shouldHaveEnteredStateAtLeast;
import static io.github.sfntestkit.assertj.error.ShouldHaveEnteredState.shouldHaveEnteredStateTimes;
import static io.github.sfntestkit.assertj.error.ShouldHaveGoneTo.shouldHaveGoneTo;
import static io.github.sfntestkit.assertj.error.ShouldHaveRetried.shouldHaveRetried;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.assertj.internal.Describe;
import io.github.sfntestkit.assertj.internal.JsonValues;
import io.github.sfntestkit.assertj.internal.JsonValues.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractIntegerAssert;
import org.assertj.core.api.IntegerAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on one state of an execution. {@link #wasEntered()} and {@link #wasEnteredTimes(int)}
 * look at all its visits; the others look at one visit: the latest, or the one
 * {@link #visit(int)} picks (numbered from 1). Obtain it with {@link ExecutionAssert#state(String)}.
 *
 * <pre>{@code
 * // passes: ChargeCard was retried twice, then caught Payment.Declined
 * assertThat(result).state("ChargeCard").wasRetried(2).caught("Payment.Declined").wentTo("PaymentFailed");
 * // fails: "Expecting execution to have entered state: "ShipOrder" but it did not. Path taken: ..."
 * assertThat(result).state("ShipOrder").wasEntered();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class StateAssert extends AbstractAssert<StateAssert, StateVisit> {
  private Navigation navigation = Navigation.DETACHED;
  private ExecutionAssert execution;
  private String name;
  private int visitNumber;

  /**
   * Creates the assert on a visit; use {@link ExecutionAssert#state(String)}, which knows the execution.
   *
   * @param actual the visit, null when the state was not entered
   */
  public StateAssert(StateVisit actual) {
    super(actual, StateAssert.class);
    this.name = actual == null ? null : actual.name();
  }

  StateAssert init(Navigation navigation, ExecutionAssert execution, String name, int visitNumber) {
    this.navigation = navigation;
    this.execution = execution;
    this.name = name;
    this.visitNumber = visitNumber;
    return this;
  }

  /**
   * Verifies the state was entered at least once.
   *
   * <pre>{@code
   * assertThat(result).state("ChargeCard").wasEntered(); // passes
   * assertThat(result).state("ShipOrder").wasEntered();  // fails, showing the path taken
   * }</pre>
   *
   * @return this assertion object
   */
  public StateAssert wasEntered() {
    requireVisit();
    return myself;
  }

  /**
   * Verifies the state was entered exactly {@code times} times (Map iterations and loops count).
   *
   * <pre>{@code
   * assertThat(result).state("Poll").wasEnteredTimes(3); // passes for three polls
   * assertThat(result).state("Poll").wasEnteredTimes(1); // fails: it was entered 3 times
   * }</pre>
   *
   * @param times the number of entries expected
   * @return this assertion object
   */
  public StateAssert wasEnteredTimes(int times) {
    int entered = visits().size();
    if (entered != times) {
      throwAssertionError(shouldHaveEnteredStateTimes(executionResult(), name, times, entered));
    }
    return myself;
  }

  /**
   * Verifies the visit was retried exactly {@code times} times.
   *
   * <pre>{@code
   * assertThat(result).state("ChargeCard").wasRetried(2); // passes after two retries
   * assertThat(result).state("ChargeCard").wasRetried(3); // fails, showing the retry delays
   * }</pre>
   *
   * @param times the retries expected
   * @return this assertion object
   */
  public StateAssert wasRetried(int times) {
    StateVisit visit = requireVisit();
    if (visit.retries() != times) {
      throwAssertionError(shouldHaveRetried(executionResult(), shown(), visit, times));
    }
    return myself;
  }

  /**
   * Navigates to the number of retries of the visit (null when the state was not entered).
   *
   * <pre>{@code
   * assertThat(result).state("ChargeCard").retries().isBetween(1, 3); // passes for 2
   * assertThat(result).state("ChargeCard").retries().isZero();        // fails for 2
   * }</pre>
   *
   * @return an integer assertion described as "retries of state ..." unless described otherwise
   */
  public AbstractIntegerAssert<?> retries() {
    Integer retries = actual == null ? null : actual.retries();
    IntegerAssert integer = navigation.create(IntegerAssert.class, Integer.class, retries, IntegerAssert::new);
    return Navigation.describeIfBlank(Navigation.keepState(this, integer), "retries of state " + shown());
  }

  /**
   * Verifies the visit's input equals this JSON (key order ignored, numbers by value).
   *
   * <pre>{@code
   * assertThat(result).state("ChargeCard").hasInput("{\"id\": 1, \"order\": {\"amount\": 42}}"); // passes
   * assertThat(result).state("ChargeCard").hasInput("{\"id\": 2}");                            // fails, listing differences
   * }</pre>
   *
   * @param json the input expected
   * @return this assertion object
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public StateAssert hasInput(String json) {
    StateVisit visit = requireVisit();
    return check(JsonChecks.compare("input of state " + shown(), Comparison.EQUAL, json, visit.input(),
        "there is no input", executionResult()));
  }

  /**
   * Verifies the visit's output equals this JSON (key order ignored, numbers by value).
   *
   * <pre>{@code
   * assertThat(result).state("Start").hasOutput("{\"id\": 1, \"order\": {\"amount\": 42}}"); // passes
   * assertThat(result).state("PaymentFailed").hasOutput("{}"); // fails: a Fail state has no output
   * }</pre>
   *
   * @param json the output expected
   * @return this assertion object
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public StateAssert hasOutput(String json) {
    StateVisit visit = requireVisit();
    return check(JsonChecks.compare("output of state " + shown(), Comparison.EQUAL, json, visit.output(),
        noOutput(visit), executionResult()));
  }

  /**
   * Navigates to the visit's input.
   *
   * <pre>{@code
   * assertThat(result).state("ChargeCard").input().at("$.order.amount").isEqualTo("42"); // passes
   * assertThat(result).state("ShipOrder").input().isObject(); // fails: the state was never entered
   * }</pre>
   *
   * @return an assertion on the input
   */
  public JsonAssert input() {
    return json(actual == null ? null : actual.input(), "input of state " + shown(), "there is no input");
  }

  /**
   * Navigates to the visit's output.
   *
   * <pre>{@code
   * assertThat(result).state("Start").output().containsJson("{\"order\": {\"amount\": 42}}"); // passes
   * assertThat(result).state("PaymentFailed").output().isObject(); // fails: no output
   * }</pre>
   *
   * @return an assertion on the output
   */
  public JsonAssert output() {
    return json(actual == null ? null : actual.output(), "output of state " + shown(),
        actual == null ? "there is no output" : noOutput(actual));
  }

  /**
   * Verifies the visit caught this error with a Catcher.
   *
   * <pre>{@code
   * assertThat(result).state("ChargeCard").caught("Payment.Declined"); // passes
   * assertThat(result).state("ChargeCard").caught("States.Timeout");   // fails: it caught "Payment.Declined"
   * }</pre>
   *
   * @param error the error name
   * @return this assertion object
   */
  public StateAssert caught(String error) {
    StateVisit visit = requireVisit();
    if (!Objects.equals(visit.caughtError(), error)) {
      throwAssertionError(shouldHaveCaught(executionResult(), shown(), visit, error));
    }
    return myself;
  }

  /**
   * Verifies the visit went to this state next (by Next, a Choice rule or a Catcher).
   *
   * <pre>{@code
   * assertThat(result).state("ChargeCard").wentTo("Done");          // passes
   * assertThat(result).state("ChargeCard").wentTo("PaymentFailed"); // fails, showing the state's input and output
   * }</pre>
   *
   * @param next the next state's name
   * @return this assertion object
   */
  public StateAssert wentTo(String next) {
    StateVisit visit = requireVisit();
    if (!Objects.equals(visit.next(), next)) {
      throwAssertionError(shouldHaveGoneTo(executionResult(), shown(), visit, next));
    }
    return myself;
  }

  /**
   * Verifies the visit assigned this value to a variable ({@code Assign}); values compare as in
   * {@link #hasOutput(String)}.
   *
   * <pre>{@code
   * assertThat(result).state("Remember").assigned("orderId", "\"o-1\""); // passes
   * assertThat(result).state("Remember").assigned("total", "42");        // fails: lists what was assigned
   * }</pre>
   *
   * @param variable the variable name, with or without {@code $}
   * @param json the value expected, as JSON
   * @return this assertion object
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public StateAssert assigned(String variable, String json) {
    StateVisit visit = requireVisit();
    String bare = variable.startsWith("$") ? variable.substring(1) : variable;
    JsonNode expected = JsonValues.parse(json);
    JsonNode value = visit.assigned() == null ? null : visit.assigned().get(bare);
    if (value == null) {
      throwAssertionError(shouldHaveAssignedButDidNot(executionResult(), shown(), bare, expected, visit));
    }
    List<String> differences = JsonValues.differences(expected, value, Comparison.EQUAL);
    if (!differences.isEmpty()) {
      throwAssertionError(shouldHaveAssigned(executionResult(), shown(), bare, expected, value, differences));
    }
    return myself;
  }

  /**
   * Navigates to the n-th visit of the state (from 1), for states entered more than once.
   *
   * <pre>{@code
   * assertThat(result).state("Poll").visit(1).wentTo("Wait"); // passes when the first poll waited
   * assertThat(result).state("Poll").visit(4).wasEntered();   // fails when Poll was entered 3 times
   * }</pre>
   *
   * @param n the visit number, from 1
   * @return an assertion on that visit
   * @throws IllegalArgumentException when {@code n < 1}
   */
  public StateAssert visit(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Visits are numbered from 1, got " + n);
    }
    List<StateVisit> visits = visits();
    StateVisit visit = n <= visits.size() ? visits.get(n - 1) : null;
    StateAssert other = navigation.create(StateAssert.class, StateVisit.class, visit, StateAssert::new);
    return Navigation.keepState(this, other).init(navigation, execution, name, n);
  }

  /**
   * Goes back to the execution, to chain more assertions.
   *
   * <pre>{@code
   * assertThat(result).state("ChargeCard").wasRetried(2).returnToExecution().succeeded(); // passes when it succeeded
   * }</pre>
   *
   * @return the execution assertion this one came from
   */
  public ExecutionAssert returnToExecution() {
    return execution;
  }

  private StateAssert check(ErrorMessageFactory failure) {
    if (failure != null) {
      throwAssertionError(failure);
    }
    return myself;
  }

  private JsonAssert json(JsonNode value, String label, String whyAbsent) {
    String reason = actual == null ? "state " + Describe.quote(name) + " was not entered" : whyAbsent;
    JsonAssert json = navigation.create(JsonAssert.class, JsonNode.class, value, JsonAssert::new);
    return Navigation.keepState(this, json).describe(navigation, label, reason);
  }

  private StateVisit requireVisit() {
    List<StateVisit> visits = visits();
    if (visits.isEmpty()) {
      throwAssertionError(shouldHaveEnteredState(executionResult(), name));
    }
    if (actual == null) {
      throwAssertionError(shouldHaveEnteredStateAtLeast(executionResult(), name, visitNumber, visits.size()));
    }
    return actual;
  }

  private List<StateVisit> visits() {
    List<StateVisit> out = new ArrayList<>();
    ExecutionResult r = executionResult();
    if (r == null) {
      if (actual != null) {
        out.add(actual);
      }
      return out;
    }
    for (StateVisit v : r.visits()) {
      if (v.name().equals(name)) {
        out.add(v);
      }
    }
    return out;
  }

  private ExecutionResult executionResult() {
    return navigation.execution;
  }

  /** {@code "Poll"}, or {@code "Poll" (visit 2 of 3)} when the state was entered more than once. */
  private String shown() {
    String quoted = Describe.quote(name == null && actual != null ? actual.name() : name);
    int total = visits().size();
    if (total <= 1) {
      return quoted;
    }
    int n = visitNumber == 0 ? total : visitNumber;
    return quoted + " (visit " + n + " of " + total + ")";
  }

  private static String noOutput(StateVisit visit) {
    return "there is no output: the state " + Describe.outcome(visit);
  }
}
