package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.json;
import static io.github.sfntestkit.assertj.internal.Describe.lines;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.assertj.internal.Describe;
import io.github.sfntestkit.mock.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/** Messages for the Task calls recorded by {@code Mocks}, each listing the calls made. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveCalls extends PathTakenMessage {

  /**
   * Another number of calls was made.
   *
   * @param label e.g. {@code calls to "ChargeCard"}
   * @param expected calls expected
   * @param calls the calls made
   * @param execution the execution, for the path taken; may be null
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCallCount(String label, int expected, List<RecordedCall> calls,
      ExecutionResult execution) {
    return new ShouldHaveCalls("%nExpecting %s to number:%n  %s%nbut there were:%n  %s%nCalls:%n  %s", execution,
        raw(label), raw(Integer.toString(expected)), raw(Integer.toString(calls.size())), raw(list(calls)));
  }

  /**
   * A call was asked for that was not made ({@code call(3)} with two calls).
   *
   * @param label e.g. {@code calls to "ChargeCard"}
   * @param number the call asked for, from 1
   * @param calls the calls made
   * @param execution the execution, for the path taken; may be null
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCall(String label, int number, List<RecordedCall> calls,
      ExecutionResult execution) {
    return new ShouldHaveCalls("%nExpecting %s to include call #%s but there were:%n  %s%nCalls:%n  %s", execution,
        raw(label), raw(Integer.toString(number)), raw(Describe.count(calls.size(), "call")), raw(list(calls)));
  }

  /**
   * The calls were not made in the order expected.
   *
   * @param label e.g. {@code calls to "ChargeCard"}
   * @param expectedInputs the inputs expected, in order (each contained in a call's input)
   * @param missing the first expected input no later call contains
   * @param afterCall the number of the call matched before it, 0 when none
   * @param calls the calls made
   * @param execution the execution, for the path taken; may be null
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCallsInOrder(String label, List<JsonNode> expectedInputs,
      JsonNode missing, int afterCall, List<RecordedCall> calls, ExecutionResult execution) {
    List<String> expected = new ArrayList<>();
    for (JsonNode n : expectedInputs) {
      expected.add(json(n));
    }
    String where = afterCall == 0 ? "no call" : "no call after #" + afterCall;
    return new ShouldHaveCalls(
        "%nExpecting %s to have been made in this order, with inputs containing:%n  %s%nbut %s has input containing:"
            + "%n  %s%nCalls:%n  %s",
        execution, raw(label), raw(lines(expected)), raw(where), raw(json(missing)), raw(list(calls)));
  }

  /**
   * Some calls did not satisfy the requirements.
   *
   * @param label e.g. {@code calls to "ChargeCard"}
   * @param failures per failing call (by number from 1), the assertion message
   * @param calls the calls made
   * @param execution the execution, for the path taken; may be null
   * @return the message factory
   */
  public static ErrorMessageFactory shouldAllSatisfy(String label, Map<Integer, String> failures,
      List<RecordedCall> calls, ExecutionResult execution) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<Integer, String> e : failures.entrySet()) {
      RecordedCall call = calls.get(e.getKey() - 1);
      String message = e.getValue() == null ? "" : e.getValue().strip();
      out.add("#" + e.getKey() + " " + Describe.quote(call.stateName()) + " with input " + json(call.input()) + ":"
          + Describe.NL + "    " + message.replace("\n", "\n    "));
    }
    return new ShouldHaveCalls("%nExpecting all %s to satisfy the requirements, but these did not:%n  %s", execution,
        raw(label), raw(lines(out)));
  }

  /** The calls, one a line: {@code #1 "ChargeCard" with input {...}}. */
  static String list(List<RecordedCall> calls) {
    List<String> out = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      RecordedCall c = calls.get(i);
      out.add("#" + (i + 1) + " " + Describe.quote(c.stateName()) + " with input " + json(c.input()));
    }
    return lines(out);
  }

  private ShouldHaveCalls(String format, ExecutionResult execution, Object... arguments) {
    super(format, execution, arguments);
  }
}
