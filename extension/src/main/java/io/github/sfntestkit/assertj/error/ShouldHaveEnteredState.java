package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.names;
import static io.github.sfntestkit.assertj.internal.Describe.quote;
import static io.github.sfntestkit.assertj.internal.Describe.times;

import io.github.sfntestkit.ExecutionResult;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/** Messages for states expected to have been entered, or entered a number of times. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveEnteredState extends PathTakenMessage {

  /**
   * A state was never entered.
   *
   * @param actual the execution
   * @param state the state expected
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveEnteredState(ExecutionResult actual, String state) {
    return new ShouldHaveEnteredState(actual, "%nExpecting execution to have entered state:%n  %s%nbut it did not. Path taken:",
        raw(quote(state)));
  }

  /**
   * Some of several states were never entered.
   *
   * @param actual the execution
   * @param expected the states expected
   * @param missing the states never entered
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveEnteredStates(ExecutionResult actual, List<String> expected,
      List<String> missing) {
    return new ShouldHaveEnteredState(actual,
        "%nExpecting execution to have entered states:%n  %s%nbut it never entered:%n  %s%nPath taken:",
        raw(names(expected)), raw(names(missing)));
  }

  /**
   * A state was entered another number of times.
   *
   * @param actual the execution
   * @param state the state
   * @param expected times expected
   * @param times times entered
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveEnteredStateTimes(ExecutionResult actual, String state, int expected,
      int times) {
    return new ShouldHaveEnteredState(actual,
        "%nExpecting state %s to have been entered:%n  %s%nbut it was entered:%n  %s%nPath taken:",
        raw(quote(state)), raw(times(expected)), raw(times(times)));
  }

  /**
   * A visit was asked for that did not happen ({@code visit(3)} of a state entered twice).
   *
   * @param actual the execution
   * @param state the state
   * @param visit the visit asked for, from 1
   * @param times times entered
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveEnteredStateAtLeast(ExecutionResult actual, String state, int visit,
      int times) {
    return new ShouldHaveEnteredState(actual,
        "%nExpecting state %s to have been entered at least:%n  %s%nto inspect visit #%s, but it was entered:%n  %s"
            + "%nPath taken:",
        raw(quote(state)), raw(times(visit)), raw(Integer.toString(visit)), raw(times(times)));
  }

  private ShouldHaveEnteredState(ExecutionResult actual, String format, Object... arguments) {
    super(actual, format, arguments);
  }
}
