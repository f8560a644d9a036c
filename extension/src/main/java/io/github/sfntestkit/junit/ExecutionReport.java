package io.github.sfntestkit.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.history.HistoryEvent;
import java.util.List;

/**
 * The report attached to a failing test: status, error and cause, path taken, the last history
 * events, and the seed and clock start that reproduce the run (fixed sections, as jqwik's).
 *
 * <pre>
 * Last execution of orders.asl.json: FAILED
 *   error: Payment.Declined
 *   cause: card declined
 *   path:  Validate -> Charge (2 retries) -> PaymentFailed [Fail: Payment.Declined]
 *   last 3 of 14 history events:
 *     #12 FailStateEntered PaymentFailed
 *     #13 ExecutionFailed error=Payment.Declined cause=card declined
 *   reproduce with: seed 0, start time 2024-01-01T00:00:00Z
 * </pre>
 */
final class ExecutionReport {
  static final String REPORT_ENTRY_KEY = "sfntestkit.lastExecution";
  private static final int MAX_PATH = 40;

  private ExecutionReport() {}

  /**
   * @param heading the first line's start, e.g. {@code Last execution of orders.asl.json}
   */
  static String of(String heading, ExecutionResult result, ExecutionOptions options, int historyEvents) {
    StringBuilder b = new StringBuilder(512);
    b.append(heading).append(": ").append(result.status());
    if (result.error() != null || result.cause() != null) {
      b.append("\n  error: ").append(result.error());
      b.append("\n  cause: ").append(result.cause());
    }
    b.append("\n  path:  ").append(path(result));
    if (historyEvents > 0) {
      appendHistory(b, result.history().events(), historyEvents);
    }
    b.append("\n  reproduce with: seed ").append(options.seed()).append(", start time ")
        .append(options.startTime());
    return b.toString();
  }

  /** The report with the execution trace's location as its last line (unchanged when {@code trace} is null). */
  static String withTrace(String report, java.nio.file.Path trace) {
    return trace == null ? report : report + "\n  execution trace: " + trace.toUri();
  }

  /** Entered states in order, e.g. {@code A -> B (2 retries) -> Failed [Fail: X]}. */
  static String path(ExecutionResult result) {
    List<StateVisit> visits = result.visits();
    if (visits.isEmpty()) {
      return "(no state entered)";
    }
    StringBuilder b = new StringBuilder();
    int shown = Math.min(visits.size(), MAX_PATH);
    for (int i = 0; i < shown; i++) {
      StateVisit v = visits.get(i);
      b.append(i == 0 ? "" : " -> ").append(v.name());
      if (v.retries() > 0) {
        b.append(" (").append(v.retries()).append(v.retries() == 1 ? " retry)" : " retries)");
      }
      if ("Fail".equals(v.type())) {
        b.append(" [Fail: ").append(v.error()).append(']');
      } else if (v.caughtError() != null) {
        b.append(" [caught ").append(v.caughtError()).append(']');
      }
    }
    if (visits.size() > shown) {
      b.append(" -> ... (").append(visits.size() - shown).append(" more)");
    }
    return b.toString();
  }

  private static void appendHistory(StringBuilder b, List<HistoryEvent> events, int max) {
    int from = Math.max(0, events.size() - max);
    b.append("\n  last ").append(events.size() - from).append(" of ").append(events.size())
        .append(" history events:");
    for (HistoryEvent e : events.subList(from, events.size())) {
      b.append("\n    #").append(e.id()).append(' ').append(e.type());
      if (e.stateName() != null) {
        b.append(' ').append(e.stateName());
      }
      JsonNode details = e.details();
      if (details != null && e.type().endsWith("Failed")) {
        appendField(b, details, "error");
        appendField(b, details, "cause");
      }
    }
  }

  private static void appendField(StringBuilder b, JsonNode details, String name) {
    JsonNode v = details.get(name);
    if (v != null && !v.isNull()) {
      String text = v.asText();
      b.append(' ').append(name).append('=').append(text.length() > 120 ? text.substring(0, 117) + "..." : text);
    }
  }
}
