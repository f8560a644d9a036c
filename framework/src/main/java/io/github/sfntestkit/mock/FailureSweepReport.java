package io.github.sfntestkit.mock;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateVisit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apiguardian.api.API;

/**
 * What a {@link FailureSweep} found: one {@link Outcome} per Task state and failure. {@link
 * #toString()} is a table, one run per line:
 *
 * <pre>
 * Failure sweep: 2 Task states x 2 failures, injected into the first call: 4 runs, 1 unhandled
 *   state   failure              outcome    handled by         execution
 *   Charge  error Charge.Failed  RETRIED    Retry on "Charge"  SUCCEEDED
 *   Charge  timeout              CAUGHT     Catch on "Charge"  FAILED Payment.Failed
 *   Ship    error Charge.Failed  UNHANDLED  -                  FAILED Charge.Failed
 *   Ship    timeout              RETRIED    Retry on "Ship"    SUCCEEDED
 * </pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FailureSweepReport {
  /** How the workflow dealt with an injected failure. */
  public enum Handling {
    /** No Catcher caught it and the execution did not succeed. */
    UNHANDLED,
    /** A Catcher caught it (the execution may still fail later, by design, e.g. in a Fail state). */
    CAUGHT,
    /** A Retrier retried until the execution succeeded. */
    RETRIED,
    /** The execution succeeded without a Retrier or Catcher, e.g. a Map tolerating failed items. */
    TOLERATED,
    /** The state was not called in this run, so nothing was injected. */
    NOT_INJECTED;

    boolean handled() {
      return this == CAUGHT || this == RETRIED || this == TOLERATED;
    }
  }

  /**
   * One run of the sweep.
   *
   * @param stateName the Task state the failure was injected into
   * @param failure the failure injected
   * @param handling what became of it
   * @param handledBy the state whose Catcher or Retrier handled it, or null
   * @param result the execution, for further inspection
   */
  public record Outcome(String stateName, Failure failure, Handling handling, String handledBy,
      ExecutionResult result) {

    static Outcome of(String state, Failure failure, List<RecordedCall> calls, ExecutionResult happy,
        ExecutionResult result) {
      RecordedCall injected = null;
      for (RecordedCall c : calls) {
        if (c.answeredBy().startsWith("injected ")) {
          injected = c;
          break;
        }
      }
      if (injected == null) {
        return new Outcome(state, failure, Handling.NOT_INJECTED, null, result);
      }
      String error = injected.response().isNever() ? "States.Timeout" : injected.response().error();
      String catcher = grown(state, happy, result, v -> error.equals(v.caughtError()) ? 1 : 0);
      if (catcher != null) {
        return new Outcome(state, failure, Handling.CAUGHT, catcher, result);
      }
      if (!result.succeeded()) {
        return new Outcome(state, failure, Handling.UNHANDLED, null, result);
      }
      String retrier = grown(state, happy, result, StateVisit::retries);
      return new Outcome(state, failure, retrier == null ? Handling.TOLERATED : Handling.RETRIED, retrier, result);
    }

    /**
     * The state whose count (catches, retries) grew compared with the happy path: the injected
     * state if it did, else the first such state entered (an enclosing Map or Parallel); or null.
     */
    private static String grown(String state, ExecutionResult happy, ExecutionResult result,
        ToIntFunction<StateVisit> count) {
      Map<String, Integer> before = totals(happy, count);
      Map<String, Integer> after = totals(result, count);
      String first = null;
      for (Map.Entry<String, Integer> e : after.entrySet()) {
        if (e.getValue() > before.getOrDefault(e.getKey(), 0)) {
          if (e.getKey().equals(state)) {
            return state;
          }
          first = first == null ? e.getKey() : first;
        }
      }
      return first;
    }

    private static Map<String, Integer> totals(ExecutionResult result, ToIntFunction<StateVisit> count) {
      Map<String, Integer> totals = new LinkedHashMap<>();
      for (StateVisit v : FailureSweep.allVisits(result)) {
        totals.merge(v.name(), count.applyAsInt(v), Integer::sum);
      }
      return totals;
    }

    /** "Catch on "X"", "Retry on "X"" or "-". */
    String handledByText() {
      if (handledBy == null) {
        return "-";
      }
      return (handling == Handling.CAUGHT ? "Catch on \"" : "Retry on \"") + handledBy + "\"";
    }

    /** The execution's status and error, e.g. "FAILED States.Timeout". */
    String executionText() {
      return result.status() + (result.error() == null ? "" : " " + result.error());
    }

    @Override
    public String toString() {
      return "\"" + stateName + "\" x " + failure + ": " + handling
          + (handledBy == null ? "" : " (" + handledByText() + ")") + ", " + executionText();
    }
  }

  private final FailureSweep.Calls calls;
  private final List<String> taskStates;
  private final List<Failure> failures;
  private final List<Outcome> outcomes;

  FailureSweepReport(FailureSweep.Calls calls, List<String> taskStates, List<Failure> failures,
      List<Outcome> outcomes) {
    this.calls = calls;
    this.taskStates = List.copyOf(taskStates);
    this.failures = List.copyOf(failures);
    this.outcomes = List.copyOf(outcomes);
  }

  /** The Task states swept, in the order the happy path first entered them. */
  public List<String> taskStates() {
    return taskStates;
  }

  /** Every run, state by state, failure by failure. */
  public List<Outcome> outcomes() {
    return outcomes;
  }

  /** The runs whose injected failure ended the execution: what needs a Retry or Catch. */
  public List<Outcome> unhandled() {
    return filter(Handling.UNHANDLED);
  }

  /** The runs whose injected failure was caught, retried away or tolerated. */
  public List<Outcome> handled() {
    List<Outcome> out = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (o.handling().handled()) {
        out.add(o);
      }
    }
    return out;
  }

  private List<Outcome> filter(Handling handling) {
    List<Outcome> out = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (o.handling() == handling) {
        out.add(o);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"state", "failure", "outcome", "handled by", "execution"});
    for (Outcome o : outcomes) {
      rows.add(new String[] {o.stateName(), o.failure().toString(), o.handling().name(), o.handledByText(),
          o.executionText()});
    }
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("Failure sweep: ").append(count(taskStates.size(), "Task state")).append(" x ")
        .append(count(failures.size(), "failure")).append(", injected into ")
        .append(calls == FailureSweep.Calls.FIRST ? "the first call" : "every call").append(": ")
        .append(count(outcomes.size(), "run")).append(", ").append(unhandled().size()).append(" unhandled");
    for (String[] row : rows) {
      b.append("\n ");
      for (int i = 0; i < row.length; i++) {
        b.append(' ').append(row[i]);
        if (i < row.length - 1) {
          b.append(" ".repeat(widths[i] - row[i].length() + 1));
        }
      }
    }
    return b.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
