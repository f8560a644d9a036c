package io.github.sfntestkit.internal.load;

import org.apiguardian.api.API;

/**
 * A 1-based line and column in a definition's source text.
 *
 * @param line the 1-based line
 * @param column the 1-based column
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record SourceLocation(int line, int column) {

  /** Returned where nothing is known. */
  public static final SourceLocation UNKNOWN = new SourceLocation(-1, -1);
}
