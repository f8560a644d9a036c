package io.github.sfntestkit.internal.state;

import io.github.sfntestkit.internal.runtime.ErrorNames;
import java.util.List;

/** How ErrorEquals lists match error names. */
final class ErrorMatching {
  private ErrorMatching() {}

  static boolean matches(List<String> errorEquals, String error) {
    for (String name : errorEquals) {
      if (name.equals(error)) {
        return true;
      }
      if (name.equals(ErrorNames.ALL)) {
        return true;
      }
      if (name.equals(ErrorNames.TASK_FAILED) && !error.equals(ErrorNames.TIMEOUT)) {
        return true;
      }
    }
    return false;
  }

  /** Errors nothing can retry or catch (AWS: States.Runtime is terminal). */
  static boolean isTerminal(String error) {
    return ErrorNames.RUNTIME.equals(error);
  }
}
