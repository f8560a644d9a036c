package io.github.sfntestkit.internal.intrinsic;

/** Entry point: recognizes and compiles intrinsic function calls. (Placeholder, being written.) */
public final class Intrinsics {
  private Intrinsics() {}

  public static boolean isIntrinsic(String text) {
    return text != null && text.startsWith("States.");
  }

  public static IntrinsicCall compile(String text) {
    throw new UnsupportedOperationException("intrinsics not implemented yet: " + text);
  }
}
