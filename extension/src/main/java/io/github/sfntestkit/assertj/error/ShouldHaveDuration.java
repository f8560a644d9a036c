package io.github.sfntestkit.assertj.error;

import io.github.sfntestkit.ExecutionResult;
import java.time.Duration;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/** Messages for the virtual time an execution took. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveDuration extends PathTakenMessage {

  /**
   * The execution took longer than allowed.
   *
   * @param actual the execution
   * @param max the longest duration allowed
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveTakenAtMost(ExecutionResult actual, Duration max) {
    return new ShouldHaveDuration("at most", actual, max);
  }

  /**
   * The execution took another time than expected.
   *
   * @param actual the execution
   * @param expected the duration expected
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveTakenExactly(ExecutionResult actual, Duration expected) {
    return new ShouldHaveDuration("exactly", actual, expected);
  }

  private ShouldHaveDuration(String relation, ExecutionResult actual, Duration expected) {
    super("%nExpecting execution to have taken %s:%n  %s%nbut it took:%n  %s (virtual time, from %s to %s)", actual,
        raw(relation), raw(expected.toString()), raw(actual.duration().toString()),
        raw(actual.startTime().toString()), raw(actual.stopTime().toString()));
  }
}
