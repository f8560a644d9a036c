package io.github.sfntestkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.PathFailure;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;

/**
 * A data-test rule: reads {@code Variable} and tests its value. A {@code Variable} that selects
 * nothing raises {@code States.Runtime} (only {@code IsPresent} tolerates it, see {@link PresenceTest}).
 */
abstract class DataTest implements Condition {
  private final PathExpr variable;

  DataTest(PathExpr variable) {
    this.variable = variable;
  }

  @Override
  public final boolean test(Scope scope) {
    return test(resolve(variable, scope), scope);
  }

  /** Tests the value {@code Variable} selected. */
  abstract boolean test(JsonNode value, Scope scope);

  PathExpr variable() {
    return variable;
  }

  /**
   * Evaluates a path of the rule ({@code Variable} or a {@code ...Path} operand).
   *
   * @throws StatesError {@code States.Runtime} when the path selects nothing
   */
  static JsonNode resolve(PathExpr path, Scope scope) {
    try {
      return path.evaluate(scope);
    } catch (PathFailure e) {
      throw invalidPath(path);
    }
  }

  /** The error AWS raises when a rule's path selects nothing. */
  static StatesError invalidPath(PathExpr path) {
    return new StatesError(
        ErrorNames.RUNTIME,
        "Invalid path '"
            + path.text()
            + "': The choice state's condition path references an invalid value.");
  }
}
