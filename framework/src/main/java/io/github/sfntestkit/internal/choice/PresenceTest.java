package io.github.sfntestkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.Scope;

/**
 * {@code IsPresent}: whether {@code Variable} selects anything (a {@code null} value is present). The
 * one operator that never fails on a missing path or an undefined variable.
 */
final class PresenceTest implements Condition {
  private final PathExpr variable;
  private final boolean expected;

  PresenceTest(PathExpr variable, boolean expected) {
    this.variable = variable;
    this.expected = expected;
  }

  @Override
  public boolean test(Scope scope) {
    JsonNode value = variable.evaluateOrMissing(scope);
    return !value.isMissingNode() == expected;
  }

  @Override
  public String toString() {
    return variable + " IsPresent " + expected;
  }
}
