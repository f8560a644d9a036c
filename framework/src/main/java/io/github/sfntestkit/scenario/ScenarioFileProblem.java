package io.github.sfntestkit.scenario;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing wrong in a scenario file: where (what it belongs to, a JSON pointer, line and column)
 * and what.
 *
 * <pre>{@code
 * p.where();   // Scenario "declined" at /scenarios/2/expect/staus (line 14, column 7)
 * p.message(); // unknown field "staus" in "expect". Did you mean "status"?
 * }</pre>
 *
 * @param label what the pointer is inside, e.g. {@code Scenario "declined"} or {@code Scenario file}
 * @param pointer an RFC 6901 JSON pointer into the file ({@code ""} for the whole file)
 * @param line the 1-based line, or -1 when unknown
 * @param column the 1-based column, or -1 when unknown
 * @param message what is wrong, what was expected and, where there is one, the closest valid thing
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScenarioFileProblem(String label, String pointer, int line, int column, String message) {

  /** Validates the components; a line below 1 means "unknown". */
  public ScenarioFileProblem {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    if (line < 1) {
      line = -1;
      column = -1;
    } else if (column < 1) {
      column = -1;
    }
  }

  /** The first line of the problem in a report: label, pointer, line and column. */
  public String where() {
    StringBuilder sb = new StringBuilder(label);
    if (!pointer.isEmpty()) {
      sb.append(" at ").append(pointer);
    }
    if (line > 0) {
      sb.append(" (").append(new Location(pointer, line, column).describe()).append(')');
    }
    return sb.toString();
  }
}
