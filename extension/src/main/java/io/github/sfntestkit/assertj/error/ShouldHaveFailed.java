package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.lastState;
import static io.github.sfntestkit.assertj.internal.Describe.quote;
import static io.github.sfntestkit.assertj.internal.Describe.status;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/** Messages for an execution expected to fail, to fail with an error, or to time out. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveFailed extends PathTakenMessage {

  /**
   * Expected FAILED, was another status.
   *
   * @param actual the execution
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveFailed(ExecutionResult actual) {
    return new ShouldHaveFailed("%nExpecting execution to have failed but it ended with status %s",
        actual, raw(status(actual)));
  }

  /**
   * Expected FAILED with an error: either the status or the error differs.
   *
   * @param actual the execution
   * @param error the error expected
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveFailedWith(ExecutionResult actual, String error) {
    if (actual.status() != ExecutionStatus.FAILED) {
      return new ShouldHaveFailed("%nExpecting execution to have failed with error:%n  %s%nbut it ended with status %s",
          actual, raw(quote(error)), raw(status(actual)));
    }
    return new ShouldHaveFailed("%nExpecting execution to have failed with error:%n  %s%nbut it ended with status %s"
        + "%nLast state entered: %s", actual, raw(quote(error)), raw(status(actual)), raw(lastState(actual)));
  }

  /**
   * Expected TIMED_OUT, was another status.
   *
   * @param actual the execution
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveTimedOut(ExecutionResult actual) {
    return new ShouldHaveFailed("%nExpecting execution to have timed out but it ended with status %s",
        actual, raw(status(actual)));
  }

  private ShouldHaveFailed(String format, ExecutionResult actual, Object... arguments) {
    super(format, actual, arguments);
  }
}
