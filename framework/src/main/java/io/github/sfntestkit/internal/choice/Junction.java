package io.github.sfntestkit.internal.choice;

import io.github.sfntestkit.internal.path.Scope;
import java.util.List;

/**
 * {@code And} / {@code Or}: evaluated left to right and short-circuited, so
 * {@code And [IsPresent true, NumericEquals 1]} never reaches the comparison on a missing path.
 */
final class Junction implements Condition {
  private final boolean and;
  private final List<Condition> operands;

  private Junction(boolean and, List<Condition> operands) {
    this.and = and;
    this.operands = List.copyOf(operands);
  }

  static Junction and(List<Condition> operands) {
    return new Junction(true, operands);
  }

  static Junction or(List<Condition> operands) {
    return new Junction(false, operands);
  }

  @Override
  public boolean test(Scope scope) {
    for (Condition operand : operands) {
      if (operand.test(scope) != and) {
        return !and;
      }
    }
    return and;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        text.append(and ? " And " : " Or ");
      }
      text.append(operands.get(i));
    }
    return text.append(')').toString();
  }
}
