package io.github.sfntestkit.mock;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing wrong in a mock file: where (the mock it belongs to, a JSON pointer, line and column)
 * and what.
 *
 * <pre>{@code
 * p.where();   // Mock task "ChargeCard" at /mocks/0/answers/1/returnPayload (line 7, column 9)
 * p.message(); // unknown field "returnPayload" in an answer. Did you mean "returnsPayload"?
 * }</pre>
 *
 * @param label what the pointer is inside, e.g. {@code Mock task "ChargeCard"}, {@code Injection
 *     into "Notify"} or {@code Mock file}
 * @param pointer an RFC 6901 JSON pointer into the file ({@code ""} for the whole file)
 * @param line the 1-based line, or -1 when unknown
 * @param column the 1-based column, or -1 when unknown
 * @param message what is wrong, what was expected and, where there is one, the closest valid thing
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MockFileProblem(String label, String pointer, int line, int column, String message) {

  /** Validates the components; a line below 1 means "unknown". */
  public MockFileProblem {
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
      sb.append(" (line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(')');
    }
    return sb.toString();
  }
}
