package io.github.sfntestkit.internal.intrinsic;

/** Entry point: recognizes and compiles intrinsic function calls such as {@code States.Format(...)}. */
public final class Intrinsics {
  private Intrinsics() {}

  /** True when the text is meant as an intrinsic call (it starts with {@code States.}). */
  public static boolean isIntrinsic(String text) {
    return text != null && text.startsWith("States.");
  }

  /**
   * Parses a call once into an evaluable tree. The result's {@code toString()} is {@code text}.
   *
   * @throws IntrinsicSyntaxException for bad syntax, an unknown function or a wrong number of
   *     arguments
   */
  public static IntrinsicCall compile(String text) {
    return IntrinsicParser.parse(text);
  }
}
