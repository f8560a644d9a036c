package io.github.sfntestkit.assertj.error;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.assertj.internal.Describe;
import java.util.Arrays;
import org.assertj.core.error.BasicErrorMessageFactory;

/** Base of the factories: appends "Path taken:" and the compact path when the execution is known. */
abstract class PathTakenMessage extends BasicErrorMessageFactory {
  private static final String PATH = "%nPath taken:%n  %s";

  PathTakenMessage(String format, ExecutionResult execution, Object... arguments) {
    super(execution == null ? format : format + PATH, withPath(execution, arguments));
  }

  /** For messages whose last sentence ends with "Path taken:" itself (STYLE.md section 8). */
  PathTakenMessage(ExecutionResult execution, String format, Object... arguments) {
    super(format + (execution == null ? "" : "%n  %s"), withPath(execution, arguments));
  }

  private static Object[] withPath(ExecutionResult execution, Object[] arguments) {
    if (execution == null) {
      return arguments;
    }
    Object[] all = Arrays.copyOf(arguments, arguments.length + 1);
    all[arguments.length] = unquotedString(Describe.path(execution));
    return all;
  }

  static CharSequence raw(String text) {
    return unquotedString(text);
  }
}
