package io.github.sfntestkit.internal.intrinsic;

/**
 * An intrinsic function call that cannot be compiled: bad syntax, an unknown function, or the wrong
 * number of arguments. The message says where (1-based character), what was wrong and the whole text.
 */
public final class IntrinsicSyntaxException extends IllegalArgumentException {
  private final String text;
  private final int position;
  private final String problem;

  public IntrinsicSyntaxException(String text, int position, String problem) {
    super(
        "Invalid intrinsic function at character "
            + position
            + " of \""
            + text
            + "\": "
            + problem);
    this.text = text;
    this.position = position;
    this.problem = problem;
  }

  /** The source text of the whole call. */
  public String text() {
    return text;
  }

  /** The 1-based character where the problem was found. */
  public int position() {
    return position;
  }

  /** What was wrong, without the location. */
  public String problem() {
    return problem;
  }
}
