package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.assertj.internal.Describe;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/** Messages for a variable a state visit was expected to assign (JSONata or JSONPath {@code Assign}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveAssigned extends PathTakenMessage {

  /**
   * The variable was assigned another value.
   *
   * @param actual the execution
   * @param state the state as shown
   * @param variable the variable name without {@code $}
   * @param expected the value expected
   * @param value the value assigned
   * @param differences the differences by path
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveAssigned(ExecutionResult actual, String state, String variable,
      JsonNode expected, JsonNode value, List<String> differences) {
    return new ShouldHaveAssigned(
        "%nExpecting state %s to have assigned $%s:%n  %s%nbut it assigned:%n  %s%nDifferences:%n  %s", actual,
        raw(state), raw(variable), raw(json(expected)), raw(json(value)), raw(Describe.lines(differences)));
  }

  /**
   * The variable was not assigned.
   *
   * @param actual the execution
   * @param state the state as shown
   * @param variable the variable name without {@code $}
   * @param expected the value expected
   * @param visit the visit, whose other assignments are listed
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveAssignedButDidNot(ExecutionResult actual, String state, String variable,
      JsonNode expected, StateVisit visit) {
    String assigned = visit.assigned() == null || visit.assigned().isEmpty()
        ? "no variables"
        : "only:" + Describe.NL + "  " + json(visit.assigned());
    return new ShouldHaveAssigned("%nExpecting state %s to have assigned $%s:%n  %s%nbut it assigned %s", actual,
        raw(state), raw(variable), raw(json(expected)), raw(assigned));
  }

  private ShouldHaveAssigned(String format, ExecutionResult actual, Object... arguments) {
    super(format, actual, arguments);
  }
}
