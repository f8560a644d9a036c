package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.json;
import static io.github.sfntestkit.assertj.internal.Describe.outcome;
import static io.github.sfntestkit.assertj.internal.Describe.quote;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateVisit;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Message for a state visit expected to have gone to a next state, showing the state's input (what a
 * Choice decided on) and output.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveGoneTo extends PathTakenMessage {

  /**
   * The visit went elsewhere, or nowhere.
   *
   * @param actual the execution
   * @param state the state as shown, e.g. {@code "IsPaid"}
   * @param visit the visit
   * @param next the next state expected
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveGoneTo(ExecutionResult actual, String state, StateVisit visit,
      String next) {
    return new ShouldHaveGoneTo(
        "%nExpecting state %s to have gone to:%n  %s%nbut it %s.%nState input:%n  %s%nState output:%n  %s", actual,
        raw(state), raw(quote(next)), raw(outcome(visit)), raw(json(visit.input())), raw(json(visit.output())));
  }

  private ShouldHaveGoneTo(String format, ExecutionResult actual, Object... arguments) {
    super(format, actual, arguments);
  }
}
