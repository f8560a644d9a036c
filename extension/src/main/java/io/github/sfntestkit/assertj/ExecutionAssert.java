package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.error.ShouldHaveCause.shouldHaveCause;
import static io.github.sfntestkit.assertj.error.ShouldHaveCause.shouldHaveCauseContaining;
import static io.github.sfntestkit.assertj.error.ShouldHaveDuration.shouldHaveTakenAtMost;
import static io.github.sfntestkit.assertj.error.ShouldHaveDuration.shouldHaveTakenExactly;
import static io.github.sfntestkit.assertj.error.ShouldHaveEnteredState.shouldHaveEnteredState;
import static io.github.sfntestkit.assertj.error.ShouldHaveEnteredState.shouldHaveEnteredStates;
import static io.github.sfntestkit.assertj.error.ShouldHaveEnteredStatesInOrder.shouldHaveEnteredStatesInOrder;
import static io.github.sfntestkit.assertj.error.ShouldHaveFailed.shouldHaveFailed;
import static io.github.sfntestkit.assertj.error.ShouldHaveFailed.shouldHaveFailedWith;
import static io.github.sfntestkit.assertj.error.ShouldHaveFailed.shouldHaveTimedOut;
import static io.github.sfntestkit.assertj.error.ShouldHaveSucceeded.shouldHaveSucceeded;
import static io.github.sfntestkit.assertj.error.ShouldNotHaveEnteredState.shouldNotHaveEnteredStates;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.assertj.internal.JsonValues;
import io.github.sfntestkit.assertj.internal.JsonValues.Comparison;
import io.github.sfntestkit.history.ExecutionHistory;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertFactory;
import org.assertj.core.api.ListAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on an {@link ExecutionResult}: status, error and cause, output, the path taken, states,
 * Task calls, virtual duration and history. Every failure message ends with the path taken, e.g.
 * {@code Start -> ChargeCard (2 retries) -> PaymentFailed [Fail: Payment.Declined]}.
 *
 * <pre>{@code
 * // passes for an execution that went Start -> ChargeCard -> Done and output {"status":"PAID"}
 * assertThat(result).succeeded().hasOutput("{\"status\": \"PAID\"}").visitedInOrder("Start", "Done");
 * // fails: "Expecting execution to have succeeded but it ended with status FAILED: ..."
 * assertThat(failedResult).succeeded();
 * }</pre>
 *
 * <p>Navigation methods ({@link #state(String)}, {@link #output()}, {@link #path()},
 * {@link #history()}, {@link #calls(Mocks, String)}) change the subject and keep the description
 * and the soft-assertion state.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ExecutionAssert extends AbstractAssert<ExecutionAssert, ExecutionResult> {
  private Navigation navigation;
  private Mocks mocks;

  /**
   * Creates the assert; use {@link StateMachineAssertions#assertThat(ExecutionResult)}.
   *
   * @param actual the execution
   */
  public ExecutionAssert(ExecutionResult actual) {
    super(actual, ExecutionAssert.class);
    this.navigation = Navigation.of(null, actual);
  }

  ExecutionAssert collectingSoftly(Navigation navigation) {
    this.navigation = navigation;
    return this;
  }

  /**
   * Verifies the execution ended with status SUCCEEDED.
   *
   * <pre>{@code
   * assertThat(result).succeeded();       // passes for a SUCCEEDED execution
   * assertThat(failedResult).succeeded(); // fails, showing error, cause, last state and path
   * }</pre>
   *
   * @return this assertion object
   */
  public ExecutionAssert succeeded() {
    isNotNull();
    if (actual.status() != ExecutionStatus.SUCCEEDED) {
      throwAssertionError(shouldHaveSucceeded(actual));
    }
    return myself;
  }

  /**
   * Verifies the execution ended with status FAILED.
   *
   * <pre>{@code
   * assertThat(failedResult).failed(); // passes
   * assertThat(result).failed();       // fails for a SUCCEEDED execution, showing its output
   * }</pre>
   *
   * @return this assertion object
   */
  public ExecutionAssert failed() {
    isNotNull();
    if (actual.status() != ExecutionStatus.FAILED) {
      throwAssertionError(shouldHaveFailed(actual));
    }
    return myself;
  }

  /**
   * Verifies the execution FAILED with this error; chain {@link #withCause(String)} for the cause.
   *
   * <pre>{@code
   * assertThat(failedResult).failedWith("Payment.Declined").withCause("card declined"); // passes
   * assertThat(failedResult).failedWith("States.Timeout"); // fails, showing the actual error
   * }</pre>
   *
   * @param error the error name, e.g. {@code States.TaskFailed}
   * @return this assertion object
   */
  public ExecutionAssert failedWith(String error) {
    isNotNull();
    if (actual.status() != ExecutionStatus.FAILED || !Objects.equals(actual.error(), error)) {
      throwAssertionError(shouldHaveFailedWith(actual, error));
    }
    return myself;
  }

  /**
   * Verifies the execution's cause is exactly this text.
   *
   * <pre>{@code
   * assertThat(failedResult).failedWith("Payment.Declined").withCause("card declined"); // passes
   * assertThat(failedResult).withCause("insufficient funds");                           // fails
   * }</pre>
   *
   * @param cause the cause expected
   * @return this assertion object
   */
  public ExecutionAssert withCause(String cause) {
    isNotNull();
    if (!Objects.equals(actual.cause(), cause)) {
      throwAssertionError(shouldHaveCause(actual, cause));
    }
    return myself;
  }

  /**
   * Verifies the execution's cause contains this text.
   *
   * <pre>{@code
   * assertThat(failedResult).failed().withCauseContaining("declined"); // passes for "card declined"
   * assertThat(failedResult).failed().withCauseContaining("timeout");  // fails
   * }</pre>
   *
   * @param fragment the text the cause should contain
   * @return this assertion object
   */
  public ExecutionAssert withCauseContaining(String fragment) {
    isNotNull();
    requireNonNull(fragment, "fragment");
    if (actual.cause() == null || !actual.cause().contains(fragment)) {
      throwAssertionError(shouldHaveCauseContaining(actual, fragment));
    }
    return myself;
  }

  /**
   * Verifies the execution ended with status TIMED_OUT (its {@code TimeoutSeconds} passed).
   *
   * <pre>{@code
   * assertThat(slowResult).timedOut(); // passes
   * assertThat(result).timedOut();     // fails for a SUCCEEDED execution
   * }</pre>
   *
   * @return this assertion object
   */
  public ExecutionAssert timedOut() {
    isNotNull();
    if (actual.status() != ExecutionStatus.TIMED_OUT) {
      throwAssertionError(shouldHaveTimedOut(actual));
    }
    return myself;
  }

  /**
   * Verifies the output equals this JSON, ignoring key order, numbers compared by value
   * ({@code 42 == 42.0}); extra fields in the output fail.
   *
   * <pre>{@code
   * assertThat(result).hasOutput("{\"total\": 42, \"status\": \"PAID\"}"); // passes for {"status":"PAID","total":42.0}
   * assertThat(result).hasOutput("{\"total\": 41}");                     // fails: lists $.total and $.status
   * }</pre>
   *
   * @param json the output expected
   * @return this assertion object
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public ExecutionAssert hasOutput(String json) {
    return checkOutput(Comparison.EQUAL, json);
  }

  /**
   * Verifies the output equals this JSON with the same key order, integers apart from decimals.
   *
   * <pre>{@code
   * assertThat(result).hasOutputStrictly("{\"status\":\"PAID\",\"total\":42}"); // passes for the same text
   * assertThat(result).hasOutputStrictly("{\"total\":42,\"status\":\"PAID\"}"); // fails: key order differs
   * }</pre>
   *
   * @param json the output expected
   * @return this assertion object
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public ExecutionAssert hasOutputStrictly(String json) {
    return checkOutput(Comparison.STRICT, json);
  }

  /**
   * Verifies the output contains this JSON: the fields given must be there with containing values,
   * other fields are allowed; arrays keep size and order.
   *
   * <pre>{@code
   * assertThat(result).hasOutputContaining("{\"status\": \"PAID\"}");    // passes for {"status":"PAID","total":42}
   * assertThat(result).hasOutputContaining("{\"status\": \"SHIPPED\"}"); // fails at $.status
   * }</pre>
   *
   * @param json the fields expected
   * @return this assertion object
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public ExecutionAssert hasOutputContaining(String json) {
    return checkOutput(Comparison.CONTAINING, json);
  }

  /**
   * Navigates to the execution output.
   *
   * <pre>{@code
   * assertThat(result).output().isObject().containsJson("{\"status\": \"PAID\"}"); // passes
   * assertThat(failedResult).output().isObject(); // fails: there is no output, the execution FAILED
   * }</pre>
   *
   * @return an assertion on the output
   */
  public JsonAssert output() {
    return extracting(ExecutionResult::output, (JsonNode output) -> json(output, "execution output",
        JsonChecks.noExecutionOutput(actual)));
  }

  /**
   * Navigates to the value at a reference path in the output.
   *
   * <pre>{@code
   * assertThat(result).outputAt("$.order.total").isEqualTo("42"); // passes
   * assertThat(result).outputAt("$.order.tax").isEqualTo("0");    // fails: no value at $.order.tax
   * }</pre>
   *
   * @param path a reference path: {@code $}, {@code .name}, {@code ['name']}, {@code [index]}
   * @return an assertion on that value
   * @throws IllegalArgumentException when the path is not a reference path
   */
  public JsonAssert outputAt(String path) {
    JsonNode value = JsonValues.at(actual == null ? null : actual.output(), path);
    return extracting(r -> value, (JsonNode v) -> json(v, "execution output at " + path,
        JsonChecks.absent(actual.output()) ? JsonChecks.noExecutionOutput(actual)
            : JsonChecks.nothingAt(path, actual.output())));
  }

  /**
   * Navigates to the names of the states entered, in order, as an AssertJ list.
   *
   * <pre>{@code
   * assertThat(result).path().containsExactly("Start", "ChargeCard", "Done"); // passes
   * assertThat(result).path().doesNotContain("ChargeCard");                   // fails
   * }</pre>
   *
   * @return a list assertion described as "path taken" unless described otherwise
   */
  public ListAssert<String> path() {
    AssertFactory<List<String>, ListAssert<String>> factory = this::listAssert;
    return Navigation.describeIfBlank(extracting(ExecutionResult::path, factory), "path taken");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ListAssert<String> listAssert(List<String> names) {
    return (ListAssert<String>) navigation.create((Class) ListAssert.class, List.class, names,
        (List<String> p) -> new ListAssert<>(p));
  }

  /**
   * Verifies each state was entered at least once (nested Map and Parallel states count).
   *
   * <pre>{@code
   * assertThat(result).visited("ChargeCard", "Done");  // passes
   * assertThat(result).visited("ShipOrder");           // fails, showing the path taken
   * }</pre>
   *
   * @param states the state names
   * @return this assertion object
   */
  public ExecutionAssert visited(String... states) {
    isNotNull();
    List<String> path = actual.path();
    List<String> missing = new ArrayList<>();
    for (String s : states) {
      if (!path.contains(s)) {
        missing.add(s);
      }
    }
    if (states.length == 1 && !missing.isEmpty()) {
      throwAssertionError(shouldHaveEnteredState(actual, states[0]));
    }
    if (!missing.isEmpty()) {
      throwAssertionError(shouldHaveEnteredStates(actual, Arrays.asList(states), missing));
    }
    return myself;
  }

  /**
   * Verifies none of these states was entered.
   *
   * <pre>{@code
   * assertThat(result).neverVisited("PaymentFailed"); // passes
   * assertThat(result).neverVisited("ChargeCard");    // fails
   * }</pre>
   *
   * @param states the state names
   * @return this assertion object
   */
  public ExecutionAssert neverVisited(String... states) {
    isNotNull();
    List<String> path = actual.path();
    List<String> entered = new ArrayList<>();
    for (String s : states) {
      if (path.contains(s)) {
        entered.add(s);
      }
    }
    if (!entered.isEmpty()) {
      throwAssertionError(shouldNotHaveEnteredStates(actual, Arrays.asList(states), entered));
    }
    return myself;
  }

  /**
   * Verifies these states were entered in this order; other states may come between them.
   *
   * <pre>{@code
   * assertThat(result).visitedInOrder("Start", "Done");       // passes for Start -> ChargeCard -> Done
   * assertThat(result).visitedInOrder("Done", "ChargeCard");  // fails: "ChargeCard" was not entered after "Done"
   * }</pre>
   *
   * @param states the state names in order
   * @return this assertion object
   */
  public ExecutionAssert visitedInOrder(String... states) {
    isNotNull();
    List<String> path = actual.path();
    int from = 0;
    String previous = null;
    for (String s : states) {
      int found = path.subList(from, path.size()).indexOf(s);
      if (found < 0) {
        boolean never = !path.contains(s);
        throwAssertionError(shouldHaveEnteredStatesInOrder(actual, Arrays.asList(states), s, never ? null : previous));
      }
      from += found + 1;
      previous = s;
    }
    return myself;
  }

  /**
   * Navigates to a state; its visit assertions look at the latest visit unless
   * {@link StateAssert#visit(int)} picks another.
   *
   * <pre>{@code
   * assertThat(result).state("ChargeCard").wasRetried(2).wentTo("Done"); // passes
   * assertThat(result).state("ShipOrder").wasEntered();                  // fails, showing the path taken
   * }</pre>
   *
   * @param name the state name
   * @return an assertion on the state
   */
  public StateAssert state(String name) {
    requireNonNull(name, "name");
    return extracting(r -> latestVisit(r, name), (StateVisit v) -> navigation
        .create(StateAssert.class, StateVisit.class, v, StateAssert::new).init(navigation, myself, name, 0));
  }

  /**
   * Remembers the mocks whose calls {@link #calls(String)} inspects.
   *
   * <pre>{@code
   * assertThat(result).usingMocks(mocks).calls("ChargeCard").hasSize(3); // passes for three calls
   * assertThat(result).usingMocks(mocks).calls("ChargeCard").hasSize(1); // fails, listing the calls
   * }</pre>
   *
   * @param mocks the mocks the execution ran with
   * @return this assertion object
   */
  public ExecutionAssert usingMocks(Mocks mocks) {
    this.mocks = requireNonNull(mocks, "mocks");
    return myself;
  }

  /**
   * Navigates to the calls a Task state made, as recorded by the mocks given to
   * {@link #usingMocks(Mocks)} (all executions run with those mocks count).
   *
   * <pre>{@code
   * assertThat(result).usingMocks(mocks).calls("ChargeCard").call(1).hasInputContaining("{\"amount\": 42}"); // passes
   * assertThat(result).usingMocks(mocks).calls("Ship").hasSize(1); // fails: there were 0
   * }</pre>
   *
   * @param state the Task state name
   * @return an assertion on its calls
   * @throws IllegalStateException when no mocks were given
   */
  public CallsAssert calls(String state) {
    if (mocks == null) {
      throw new IllegalStateException("No mocks to read calls from: use usingMocks(mocks).calls(\"" + state
          + "\") or calls(mocks, \"" + state + "\")");
    }
    return calls(mocks, state);
  }

  /**
   * Navigates to the calls a Task state made, as recorded by these mocks.
   *
   * <pre>{@code
   * assertThat(result).calls(mocks, "ChargeCard").hasSize(3); // passes for three calls
   * assertThat(result).calls(mocks, "ChargeCard").hasSize(1); // fails, listing the calls
   * }</pre>
   *
   * @param mocks the mocks the execution ran with
   * @param state the Task state name
   * @return an assertion on its calls
   */
  public CallsAssert calls(Mocks mocks, String state) {
    requireNonNull(mocks, "mocks");
    requireNonNull(state, "state");
    return extracting(r -> mocks.calls(state), (List<RecordedCall> c) -> navigation
        .create(CallsAssert.class, List.class, c, CallsAssert::new)
        .init(navigation, myself, "calls to " + io.github.sfntestkit.assertj.internal.Describe.quote(state)));
  }

  /**
   * Verifies the execution took at most this long in virtual time.
   *
   * <pre>{@code
   * assertThat(result).tookAtMost(Duration.ofMinutes(5)); // passes for a run of 3 seconds
   * assertThat(result).tookAtMost(Duration.ofSeconds(1)); // fails: it took PT3S
   * }</pre>
   *
   * @param max the longest duration allowed
   * @return this assertion object
   */
  public ExecutionAssert tookAtMost(Duration max) {
    isNotNull();
    if (actual.duration().compareTo(max) > 0) {
      throwAssertionError(shouldHaveTakenAtMost(actual, max));
    }
    return myself;
  }

  /**
   * Verifies the execution took exactly this long in virtual time (waits and retry delays add up).
   *
   * <pre>{@code
   * assertThat(result).tookExactly(Duration.ofSeconds(3)); // passes after retries of 1s and 2s
   * assertThat(result).tookExactly(Duration.ZERO);         // fails: it took PT3S
   * }</pre>
   *
   * @param expected the duration expected
   * @return this assertion object
   */
  public ExecutionAssert tookExactly(Duration expected) {
    isNotNull();
    if (!actual.duration().equals(expected)) {
      throwAssertionError(shouldHaveTakenExactly(actual, expected));
    }
    return myself;
  }

  /**
   * Navigates to the execution history.
   *
   * <pre>{@code
   * assertThat(result).history().containsEventTypes("TaskScheduled", "ExecutionSucceeded"); // passes
   * assertThat(result).history().containsEventTypes("ExecutionFailed");                   // fails
   * }</pre>
   *
   * @return an assertion on the history
   */
  public HistoryAssert history() {
    return extracting(ExecutionResult::history, (ExecutionHistory h) -> navigation
        .create(HistoryAssert.class, ExecutionHistory.class, h, HistoryAssert::new).init(navigation, myself));
  }

  private ExecutionAssert checkOutput(Comparison comparison, String json) {
    isNotNull();
    ErrorMessageFactory failure = JsonChecks.compare("execution output", comparison, json, actual.output(),
        JsonChecks.noExecutionOutput(actual), actual);
    if (failure != null) {
      throwAssertionError(failure);
    }
    return myself;
  }

  private JsonAssert json(JsonNode value, String label, String whyAbsent) {
    return navigation.create(JsonAssert.class, JsonNode.class, value, JsonAssert::new)
        .describe(navigation, label, whyAbsent);
  }

  private static StateVisit latestVisit(ExecutionResult r, String name) {
    List<StateVisit> visits = r.visits();
    for (int i = visits.size() - 1; i >= 0; i--) {
      if (visits.get(i).name().equals(name)) {
        return visits.get(i);
      }
    }
    return null;
  }
}
