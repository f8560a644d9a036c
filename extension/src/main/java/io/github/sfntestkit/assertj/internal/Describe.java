package io.github.sfntestkit.assertj.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.StateVisit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Renders executions for failure messages: JSON on one line, quoted names, the path taken in a
 * compact form ({@code Start -> ChargeCard (2 retries) -> PaymentFailed [Fail: Payment.Declined]}).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Describe {
  /** The line separator AssertJ's {@code %n} produces. */
  public static final String NL = System.lineSeparator();

  private static final int MAX_JSON = 1000;
  private static final int HEAD_SEGMENTS = 15;
  private static final int TAIL_SEGMENTS = 10;

  private Describe() {}

  /** Compact JSON, cut after 1000 characters; {@code (none)} for Java null. */
  public static String json(JsonNode node) {
    if (node == null) {
      return "(none)";
    }
    if (node.isMissingNode()) {
      return "(missing)";
    }
    String text = node.toString();
    if (text.length() <= MAX_JSON) {
      return text;
    }
    return text.substring(0, MAX_JSON) + "... (" + (text.length() - MAX_JSON) + " more characters)";
  }

  /** A string in double quotes with JSON escapes, or {@code null}. */
  public static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** Names as a list of quoted strings: {@code ["A", "B"]}. */
  public static String names(Collection<String> names) {
    List<String> quoted = new ArrayList<>(names.size());
    for (String n : names) {
      quoted.add(quote(n));
    }
    return "[" + String.join(", ", quoted) + "]";
  }

  /** {@code 1 time}, {@code 2 times}. */
  public static String times(int n) {
    return count(n, "time");
  }

  /** {@code 1 element}, {@code 0 elements}. */
  public static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Lines joined and indented by two spaces (the first line's indent is the caller's). */
  public static String lines(List<String> lines) {
    return lines.isEmpty() ? "(none)" : String.join(NL + "  ", lines);
  }

  /**
   * How the execution ended, to follow "ended with status ": {@code SUCCEEDED, output:} and the
   * output, or {@code FAILED:} with error and cause lines, or the bare status.
   */
  public static String status(ExecutionResult r) {
    if (r.status() == ExecutionStatus.SUCCEEDED) {
      return "SUCCEEDED, output:" + NL + "  " + json(r.output());
    }
    if (r.error() == null && r.cause() == null) {
      return r.status().name();
    }
    StringBuilder b = new StringBuilder(r.status().name()).append(':');
    b.append(NL).append("  error: ").append(quote(r.error()));
    if (r.cause() != null) {
      b.append(NL).append("  cause: ").append(quote(r.cause()));
    }
    return b.toString();
  }

  /** The last state entered with its type and input, or {@code none}. */
  public static String lastState(ExecutionResult r) {
    List<StateVisit> visits = r.visits();
    if (visits.isEmpty()) {
      return "none";
    }
    StateVisit last = visits.get(visits.size() - 1);
    return quote(last.name()) + " (" + last.type() + "), input:" + NL + "  " + json(last.input());
  }

  /**
   * How one visit ended: {@code went to "Done"}, {@code caught "E" and went to "Handler"},
   * {@code failed with error "E" and cause "c"}, {@code ended with no next state} or
   * {@code did not complete}.
   */
  public static String outcome(StateVisit v) {
    if (v.caughtError() != null) {
      return "caught " + quote(v.caughtError()) + " and went to " + quote(v.next());
    }
    if (v.error() != null) {
      return "failed with error " + quote(v.error()) + (v.cause() == null ? "" : " and cause " + quote(v.cause()));
    }
    if (v.next() != null) {
      return "went to " + quote(v.next());
    }
    if (v.output() != null) {
      return "ended with no next state";
    }
    return "did not complete";
  }

  /** The path taken, e.g. {@code Start -> ChargeCard (2 retries) -> PaymentFailed [Fail: Payment.Declined]}. */
  public static String path(ExecutionResult r) {
    List<StateVisit> visits = r.visits();
    if (visits.isEmpty()) {
      return "(no state entered)" + terminal(r, null);
    }
    List<String> segments = collapse(visits);
    if (segments.size() > HEAD_SEGMENTS + TAIL_SEGMENTS) {
      int hidden = segments.size() - HEAD_SEGMENTS - TAIL_SEGMENTS;
      List<String> cut = new ArrayList<>(segments.subList(0, HEAD_SEGMENTS));
      cut.add("... (" + hidden + " more)");
      cut.addAll(segments.subList(segments.size() - TAIL_SEGMENTS, segments.size()));
      segments = cut;
    }
    return String.join(" -> ", segments) + terminal(r, visits.get(visits.size() - 1));
  }

  private static List<String> collapse(List<StateVisit> visits) {
    List<String> out = new ArrayList<>();
    String previous = null;
    int run = 0;
    for (StateVisit v : visits) {
      String s = segment(v);
      if (s.equals(previous)) {
        run++;
        continue;
      }
      if (previous != null) {
        out.add(previous + (run > 1 ? " (x" + run + ")" : ""));
      }
      previous = s;
      run = 1;
    }
    out.add(previous + (run > 1 ? " (x" + run + ")" : ""));
    return out;
  }

  private static String segment(StateVisit v) {
    List<String> notes = new ArrayList<>(2);
    if (v.retries() > 0) {
      notes.add(v.retries() + (v.retries() == 1 ? " retry" : " retries"));
    }
    if (v.caughtError() != null) {
      notes.add("caught " + v.caughtError());
    }
    return notes.isEmpty() ? v.name() : v.name() + " (" + String.join(", ", notes) + ")";
  }

  private static String terminal(ExecutionResult r, StateVisit last) {
    String type = last == null ? "" : last.type();
    switch (r.status()) {
      case SUCCEEDED:
        return "Succeed".equals(type) ? " [Succeed]" : " [End]";
      case FAILED:
        return ("Fail".equals(type) ? " [Fail: " : " [failed: ") + r.error() + "]";
      case TIMED_OUT:
        return r.error() == null ? " [timed out]" : " [timed out: " + r.error() + "]";
      default:
        return " [" + r.status().name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
  }
}
