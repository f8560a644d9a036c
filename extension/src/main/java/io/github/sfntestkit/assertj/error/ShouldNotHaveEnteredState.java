package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.names;

import io.github.sfntestkit.ExecutionResult;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/** Message for states expected never to have been entered. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldNotHaveEnteredState extends PathTakenMessage {

  /**
   * Some states were entered.
   *
   * @param actual the execution
   * @param unexpected the states that should not have been entered
   * @param entered those of them that were
   * @return the message factory
   */
  public static ErrorMessageFactory shouldNotHaveEnteredStates(ExecutionResult actual, List<String> unexpected,
      List<String> entered) {
    return new ShouldNotHaveEnteredState(actual,
        "%nExpecting execution not to have entered states:%n  %s%nbut it entered:%n  %s%nPath taken:",
        raw(names(unexpected)), raw(names(entered)));
  }

  private ShouldNotHaveEnteredState(ExecutionResult actual, String format, Object... arguments) {
    super(actual, format, arguments);
  }
}
