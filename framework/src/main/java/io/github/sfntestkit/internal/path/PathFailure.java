package io.github.sfntestkit.internal.path;

/**
 * A path that matched nothing in its document. The message is Jayway's (AWS quotes it in causes),
 * e.g. {@code No results for path: $['x']} or {@code Missing property in path $['a']}.
 */
public final class PathFailure extends RuntimeException {
  public PathFailure(String message) {
    super(message, null, false, false);
  }
}
