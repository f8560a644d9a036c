package io.github.sfntestkit.internal.state;

import io.github.sfntestkit.internal.path.ResultPath;
import java.util.List;

/** A compiled Catch entry. */
final class Catcher {
  final List<String> errorEquals;
  final String next;
  final ResultPath resultPath;

  Catcher(List<String> errorEquals, String next, ResultPath resultPath) {
    this.errorEquals = errorEquals;
    this.next = next;
    this.resultPath = resultPath;
  }

  boolean matches(String error) {
    return ErrorMatching.matches(errorEquals, error);
  }
}
