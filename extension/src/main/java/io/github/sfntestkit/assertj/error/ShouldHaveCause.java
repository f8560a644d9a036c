package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.quote;
import static io.github.sfntestkit.assertj.internal.Describe.status;

import io.github.sfntestkit.ExecutionResult;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/** Messages for the cause of a failed or timed-out execution. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveCause extends PathTakenMessage {

  /**
   * Expected this exact cause.
   *
   * @param actual the execution
   * @param cause the cause expected
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCause(ExecutionResult actual, String cause) {
    return new ShouldHaveCause("to be", actual, cause);
  }

  /**
   * Expected a cause containing a fragment.
   *
   * @param actual the execution
   * @param fragment the text the cause should contain
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCauseContaining(ExecutionResult actual, String fragment) {
    return new ShouldHaveCause("to contain", actual, fragment);
  }

  private ShouldHaveCause(String relation, ExecutionResult actual, String expected) {
    super("%nExpecting execution cause %s:%n  %s%nbut the execution ended with status %s", actual,
        raw(relation), raw(quote(expected)), raw(status(actual)));
  }
}
