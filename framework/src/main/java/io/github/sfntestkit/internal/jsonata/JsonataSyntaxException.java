package io.github.sfntestkit.internal.jsonata;

/**
 * A JSONata expression AWS refuses when the state machine is created: it does not parse as JSONata
 * 2.0.6 ({@link #INVALID}) or it reads something AWS does not offer, such as a field name at the top
 * level ({@link #UNSUPPORTED}).
 */
public final class JsonataSyntaxException extends IllegalArgumentException {
  /** AWS's diagnostic code for an expression that does not parse. */
  public static final String INVALID = "INVALID_JSONATA_EXPRESSION";
  /** AWS's diagnostic code for a parseable expression AWS does not support. */
  public static final String UNSUPPORTED = "UNSUPPORTED_JSONATA_EXPRESSION";

  private final String code;
  private final String expression;
  private final int position;
  private final String problem;

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this; // a definition problem, not a program error: no stack trace
  }

  JsonataSyntaxException(String code, String expression, int position, String problem) {
    this(code, expression, position, problem, null);
  }

  JsonataSyntaxException(
      String code, String expression, int position, String problem, String hint) {
    super(format(code, expression, position, problem) + (hint == null ? "" : " " + hint));
    this.code = code;
    this.expression = expression;
    this.position = position;
    this.problem = problem;
  }

  private static String format(String code, String expression, int position, String problem) {
    String where = position >= 0 ? " at position " + position : "";
    return "Invalid JSONata expression '"
        + expression
        + "'"
        + where
        + ": "
        + problem
        + " ("
        + code
        + ")";
  }

  /** {@link #INVALID} or {@link #UNSUPPORTED}. */
  public String code() {
    return code;
  }

  /** The expression text, without {@code {% %}}. */
  public String expression() {
    return expression;
  }

  /** Character offset in {@link #expression()} where the problem was found, or -1. */
  public int position() {
    return position;
  }

  /** What is wrong, in the parser's words, e.g. "Unexpected end of expression". */
  public String problem() {
    return problem;
  }

  /**
   * The diagnostic as AWS words it at definition time, without the location, e.g. {@code
   * INVALID_JSONATA_EXPRESSION: Unexpected end of expression}.
   */
  public String awsMessage() {
    return code + ": " + problem;
  }
}
