package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.lastState;
import static io.github.sfntestkit.assertj.internal.Describe.status;

import io.github.sfntestkit.ExecutionResult;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Message for an execution expected to succeed: how it ended, the last state entered and its input,
 * and the path taken.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveSucceeded extends PathTakenMessage {

  /**
   * Creates the message.
   *
   * @param actual the execution that did not succeed
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveSucceeded(ExecutionResult actual) {
    return new ShouldHaveSucceeded(actual);
  }

  private ShouldHaveSucceeded(ExecutionResult actual) {
    super("%nExpecting execution to have succeeded but it ended with status %s%nLast state entered: %s",
        actual, raw(status(actual)), raw(lastState(actual)));
  }
}
