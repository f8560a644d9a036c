package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.error.ShouldHaveHistoryEvents.shouldContainEventTypes;
import static io.github.sfntestkit.assertj.error.ShouldHaveHistoryEvents.shouldHaveEventCount;
import static io.github.sfntestkit.assertj.error.ShouldHaveHistoryEvents.shouldHaveEventCountOfType;
import static io.github.sfntestkit.assertj.error.ShouldHaveHistoryEvents.shouldNotContainEventTypes;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.history.ExecutionHistory;
import io.github.sfntestkit.history.HistoryEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an execution's history; event types are spelled as AWS spells them
 * ({@code TaskStateEntered}, {@code TaskScheduled}, {@code ExecutionSucceeded}, ...). Obtain it with
 * {@link ExecutionAssert#history()}.
 *
 * <pre>{@code
 * assertThat(result).history().containsEventTypes("TaskScheduled").hasEventCount("TaskFailed", 2); // passes
 * assertThat(result).history().containsEventTypes("ExecutionTimedOut"); // fails, listing the types present
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class HistoryAssert extends AbstractAssert<HistoryAssert, ExecutionHistory> {
  private Navigation navigation = Navigation.DETACHED;
  private ExecutionAssert execution;

  /**
   * Creates the assert; use {@link ExecutionAssert#history()}.
   *
   * @param actual the history
   */
  public HistoryAssert(ExecutionHistory actual) {
    super(actual, HistoryAssert.class);
  }

  HistoryAssert init(Navigation navigation, ExecutionAssert execution) {
    this.navigation = navigation;
    this.execution = execution;
    return this;
  }

  /**
   * Verifies the history has at least one event of each type.
   *
   * <pre>{@code
   * assertThat(result).history().containsEventTypes("TaskScheduled", "ExecutionSucceeded"); // passes
   * assertThat(result).history().containsEventTypes("ExecutionFailed");                   // fails
   * }</pre>
   *
   * @param types the event types
   * @return this assertion object
   */
  public HistoryAssert containsEventTypes(String... types) {
    Set<String> present = types();
    List<String> missing = new ArrayList<>();
    for (String t : types) {
      if (!present.contains(t)) {
        missing.add(t);
      }
    }
    if (!missing.isEmpty()) {
      throwAssertionError(shouldContainEventTypes(result(), Arrays.asList(types), missing));
    }
    return myself;
  }

  /**
   * Verifies the history has no event of these types.
   *
   * <pre>{@code
   * assertThat(result).history().doesNotContainEventTypes("TaskFailed");    // passes without failures
   * assertThat(result).history().doesNotContainEventTypes("TaskScheduled"); // fails
   * }</pre>
   *
   * @param types the event types
   * @return this assertion object
   */
  public HistoryAssert doesNotContainEventTypes(String... types) {
    Set<String> present = types();
    List<String> found = new ArrayList<>();
    for (String t : types) {
      if (present.contains(t)) {
        found.add(t);
      }
    }
    if (!found.isEmpty()) {
      throwAssertionError(shouldNotContainEventTypes(result(), Arrays.asList(types), found));
    }
    return myself;
  }

  /**
   * Verifies the number of events.
   *
   * <pre>{@code
   * assertThat(result).history().hasEventCount(11); // passes for 11 events
   * assertThat(result).history().hasEventCount(3);  // fails, listing the types present
   * }</pre>
   *
   * @param expected the number of events
   * @return this assertion object
   */
  public HistoryAssert hasEventCount(int expected) {
    isNotNull();
    if (actual.size() != expected) {
      throwAssertionError(shouldHaveEventCount(result(), expected));
    }
    return myself;
  }

  /**
   * Verifies the number of events of one type.
   *
   * <pre>{@code
   * assertThat(result).history().hasEventCount("TaskFailed", 2); // passes after two failed attempts
   * assertThat(result).history().hasEventCount("TaskFailed", 0); // fails
   * }</pre>
   *
   * @param type the event type
   * @param expected the number of events of that type
   * @return this assertion object
   */
  public HistoryAssert hasEventCount(String type, int expected) {
    isNotNull();
    int found = 0;
    for (HistoryEvent e : actual.events()) {
      if (e.type().equals(type)) {
        found++;
      }
    }
    if (found != expected) {
      throwAssertionError(shouldHaveEventCountOfType(result(), type, expected, found));
    }
    return myself;
  }

  /**
   * Goes back to the execution, to chain more assertions.
   *
   * <pre>{@code
   * assertThat(result).history().hasEventCount(11).returnToExecution().succeeded(); // passes when it succeeded
   * }</pre>
   *
   * @return the execution assertion this one came from
   */
  public ExecutionAssert returnToExecution() {
    return execution;
  }

  private Set<String> types() {
    isNotNull();
    Set<String> types = new TreeSet<>();
    for (HistoryEvent e : actual.events()) {
      types.add(e.type());
    }
    return types;
  }

  private ExecutionResult result() {
    if (navigation.execution == null) {
      throw new IllegalStateException("A HistoryAssert needs its execution: use assertThat(result).history()");
    }
    return navigation.execution;
  }
}
