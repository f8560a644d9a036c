package io.github.sfntestkit.scenario;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where something is in a scenario file: an RFC 6901 JSON pointer and, when known, its 1-based line
 * and column.
 *
 * <pre>{@code
 * Location at = scenario.expectations().location("status");
 * at.pointer();   // /scenarios/2/expect/status
 * at.describe();  // line 14, column 15
 * }</pre>
 *
 * @param pointer the JSON pointer ({@code ""} for the whole file)
 * @param line the 1-based line, or -1 when unknown
 * @param column the 1-based column, or -1 when unknown
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Location(String pointer, int line, int column) {

  /** Validates the components; a line below 1 means "unknown". */
  public Location {
    Objects.requireNonNull(pointer, "pointer");
    if (line < 1) {
      line = -1;
      column = -1;
    } else if (column < 1) {
      column = -1;
    }
  }

  /** {@code line 14, column 15}, {@code line 14}, or {@code unknown position}. */
  public String describe() {
    if (line < 1) {
      return "unknown position";
    }
    return column < 1 ? "line " + line : "line " + line + ", column " + column;
  }
}
