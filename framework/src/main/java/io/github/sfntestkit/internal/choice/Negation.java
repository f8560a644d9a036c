package io.github.sfntestkit.internal.choice;

import io.github.sfntestkit.internal.path.Scope;

/** {@code Not}: the opposite of one rule (errors of the inner rule pass through). */
final class Negation implements Condition {
  private final Condition operand;

  Negation(Condition operand) {
    this.operand = operand;
  }

  @Override
  public boolean test(Scope scope) {
    return !operand.test(scope);
  }

  @Override
  public String toString() {
    return "Not(" + operand + ")";
  }
}
