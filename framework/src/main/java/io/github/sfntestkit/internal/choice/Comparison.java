package io.github.sfntestkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.Scope;

/** {@code StringEquals}, {@code NumericLessThanPath}, {@code TimestampGreaterThan} and the rest. */
final class Comparison extends DataTest {
  private final ComparisonOperator operator;
  private final Operand operand;

  Comparison(PathExpr variable, ComparisonOperator operator, Operand operand) {
    super(variable);
    this.operator = operator;
    this.operand = operand;
  }

  @Override
  boolean test(JsonNode value, Scope scope) {
    Comparable<?> right = operand.key(scope);
    Comparable<?> left = operator.type().key(value);
    if (left == null || right == null) {
      return false;
    }
    return operator.relation().holds(compare(left, right));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Comparable left, Comparable right) {
    return left.compareTo(right);
  }

  @Override
  public String toString() {
    return variable() + " " + operator + " " + operand;
  }
}
