package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.internal.Describe.names;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.history.HistoryEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/** Messages for the event types of an execution's history, each listing the types present. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShouldHaveHistoryEvents extends PathTakenMessage {

  /**
   * Some event types are missing.
   *
   * @param actual the execution
   * @param expected the types expected
   * @param missing the types not found
   * @return the message factory
   */
  public static ErrorMessageFactory shouldContainEventTypes(ExecutionResult actual, List<String> expected,
      List<String> missing) {
    return new ShouldHaveHistoryEvents(
        "%nExpecting history to contain event types:%n  %s%nbut it has no:%n  %s%nEvent types present:%n  %s", actual,
        raw(names(expected)), raw(names(missing)), raw(summary(actual)));
  }

  /**
   * Some event types are present that should not be.
   *
   * @param actual the execution
   * @param unexpected the types that should be absent
   * @param found those of them present
   * @return the message factory
   */
  public static ErrorMessageFactory shouldNotContainEventTypes(ExecutionResult actual, List<String> unexpected,
      List<String> found) {
    return new ShouldHaveHistoryEvents(
        "%nExpecting history not to contain event types:%n  %s%nbut it has:%n  %s%nEvent types present:%n  %s",
        actual, raw(names(unexpected)), raw(names(found)), raw(summary(actual)));
  }

  /**
   * The history has another number of events.
   *
   * @param actual the execution
   * @param expected events expected
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveEventCount(ExecutionResult actual, int expected) {
    return new ShouldHaveHistoryEvents("%nExpecting history to have:%n  %s%nbut it has:%n  %s%nEvent types present:%n  %s",
        actual, raw(count(expected)), raw(count(actual.history().size())), raw(summary(actual)));
  }

  /**
   * The history has another number of events of one type.
   *
   * @param actual the execution
   * @param type the event type, as AWS spells it
   * @param expected events expected
   * @param found events of that type found
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveEventCountOfType(ExecutionResult actual, String type, int expected,
      int found) {
    return new ShouldHaveHistoryEvents(
        "%nExpecting history to have:%n  %s of type %s%nbut it has:%n  %s%nEvent types present:%n  %s", actual,
        raw(count(expected)), raw(type), raw(count(found)), raw(summary(actual)));
  }

  private static String count(int n) {
    return n + (n == 1 ? " event" : " events");
  }

  /** Types in first-seen order with counts: {@code ExecutionStarted, TaskStateEntered x2, ...}. */
  static String summary(ExecutionResult actual) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (HistoryEvent e : actual.history().events()) {
      counts.merge(e.type(), 1, Integer::sum);
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      out.add(e.getKey() + (e.getValue() > 1 ? " x" + e.getValue() : ""));
    }
    return out.isEmpty() ? "(none)" : String.join(", ", out);
  }

  private ShouldHaveHistoryEvents(String format, ExecutionResult actual, Object... arguments) {
    super(format, actual, arguments);
  }
}
