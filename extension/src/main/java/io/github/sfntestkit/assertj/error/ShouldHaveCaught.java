package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.outcome;
import static io.github.sfntestkit.assertj.internal.Describe.quote;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateVisit;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/** Message for a state visit expected to have caught an error with a Catcher. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveCaught extends PathTakenMessage {

  /**
   * The visit caught another error, or none.
   *
   * @param actual the execution
   * @param state the state as shown, e.g. {@code "ChargeCard"}
   * @param visit the visit
   * @param error the error expected to be caught
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCaught(ExecutionResult actual, String state, StateVisit visit,
      String error) {
    return new ShouldHaveCaught("%nExpecting state %s to have caught error:%n  %s%nbut it %s.", actual,
        raw(state), raw(quote(error)), raw(outcome(visit)));
  }

  private ShouldHaveCaught(String format, ExecutionResult actual, Object... arguments) {
    super(format, actual, arguments);
  }
}
