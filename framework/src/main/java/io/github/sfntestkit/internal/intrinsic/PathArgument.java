package io.github.sfntestkit.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.Scope;

/** A path argument: {@code $...}, {@code $$...} or {@code $name...}. */
final class PathArgument implements Argument {
  private final PathExpr path;

  PathArgument(PathExpr path) {
    this.path = path;
  }

  /**
   * @throws io.github.sfntestkit.internal.path.PathFailure when the path selects nothing
   */
  @Override
  public JsonNode evaluate(Scope scope) {
    return path.evaluate(scope);
  }

  PathExpr path() {
    return path;
  }

  @Override
  public String toString() {
    return path.text();
  }
}
