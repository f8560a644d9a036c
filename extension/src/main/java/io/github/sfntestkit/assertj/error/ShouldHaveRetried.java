package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.outcome;
import static io.github.sfntestkit.assertj.internal.Describe.times;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateVisit;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/** Message for a state visit expected to have been retried a number of times. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveRetried extends PathTakenMessage {

  /**
   * The visit was retried another number of times.
   *
   * @param actual the execution
   * @param state the state as shown, e.g. {@code "ChargeCard"} or {@code "Poll" (visit 2 of 3)}
   * @param visit the visit
   * @param expected retries expected
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveRetried(ExecutionResult actual, String state, StateVisit visit,
      int expected) {
    String delays = visit.retries() == 0 ? "" : " (delays " + visit.retryDelays() + ")";
    return new ShouldHaveRetried(
        "%nExpecting state %s to have been retried:%n  %s%nbut it was retried:%n  %s%nthen it %s.", actual,
        raw(state), raw(times(expected)), raw(times(visit.retries()) + delays), raw(outcome(visit)));
  }

  private ShouldHaveRetried(String format, ExecutionResult actual, Object... arguments) {
    super(format, actual, arguments);
  }
}
