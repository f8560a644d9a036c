package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.names;
import static io.github.sfntestkit.assertj.internal.Describe.quote;

import io.github.sfntestkit.ExecutionResult;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/** Message for states expected to have been entered in an order (other states may come between). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveEnteredStatesInOrder extends PathTakenMessage {

  /**
   * The order broke at one state.
   *
   * @param actual the execution
   * @param expected the states in the order expected
   * @param missing the first state not found in order
   * @param after the state it should have followed, or null when it is the first
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveEnteredStatesInOrder(ExecutionResult actual, List<String> expected,
      String missing, String after) {
    if (after == null) {
      return new ShouldHaveEnteredStatesInOrder(actual,
          "%nExpecting execution to have entered states in this order:%n  %s%nbut %s was never entered. Path taken:",
          raw(names(expected)), raw(quote(missing)));
    }
    return new ShouldHaveEnteredStatesInOrder(actual,
        "%nExpecting execution to have entered states in this order:%n  %s%nbut %s was not entered after %s."
            + " Path taken:",
        raw(names(expected)), raw(quote(missing)), raw(quote(after)));
  }

  private ShouldHaveEnteredStatesInOrder(ExecutionResult actual, String format, Object... arguments) {
    super(actual, format, arguments);
  }
}
