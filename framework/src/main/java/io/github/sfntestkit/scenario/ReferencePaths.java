package io.github.sfntestkit.scenario;

/**
 * Checks the reference paths of {@code outputAt} when the file is read: {@code $} followed by
 * {@code .name}, {@code ['name']} and {@code [index]} steps, the paths the assertions' {@code
 * outputAt} accepts.
 */
final class ReferencePaths {
  private ReferencePaths() {}

  /** Null when {@code path} is a reference path, else what is wrong with it. */
  static String problem(String path) {
    if (!path.startsWith("$")) {
      return "\"outputAt\" keys are reference paths starting with \"$\", such as \"$.payment.id\" or \"$.items[0]\"; found "
          + Problems.q(path) + (path.isEmpty() ? "." : ". Did you mean " + Problems.q("$." + path) + "?");
    }
    int i = 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      int next;
      if (c == '.') {
        next = i + 1;
        while (next < path.length() && path.charAt(next) != '.' && path.charAt(next) != '[') {
          next++;
        }
        if (next == i + 1) {
          return bad(path, i);
        }
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0 || !bracket(path.substring(i + 1, close).trim())) {
          return bad(path, i);
        }
        next = close + 1;
      } else {
        return bad(path, i);
      }
      i = next;
    }
    return null;
  }

  private static boolean bracket(String inside) {
    if (inside.length() >= 2 && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')) {
      return inside.charAt(inside.length() - 1) == inside.charAt(0);
    }
    return inside.matches("[0-9]+");
  }

  private static String bad(String path, int at) {
    return "not a reference path: " + Problems.q(path) + " (at character " + (at + 1)
        + "). Use $, .name, ['name'] and [index], such as \"$.items[0].sku\".";
  }
}
