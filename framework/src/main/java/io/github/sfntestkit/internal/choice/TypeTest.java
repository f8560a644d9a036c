package io.github.sfntestkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.Scope;

/** {@code IsNull}, {@code IsNumeric}, {@code IsString}, {@code IsBoolean}, {@code IsTimestamp}. */
final class TypeTest extends DataTest {

  /** The type each operator tests for. */
  enum Kind {
    IS_NULL("IsNull"),
    IS_NUMERIC("IsNumeric"),
    IS_STRING("IsString"),
    IS_BOOLEAN("IsBoolean"),
    IS_TIMESTAMP("IsTimestamp");

    private final String operatorName;

    Kind(String operatorName) {
      this.operatorName = operatorName;
    }

    String operatorName() {
      return operatorName;
    }

    static Kind named(String name) {
      for (Kind kind : values()) {
        if (kind.operatorName.equals(name)) {
          return kind;
        }
      }
      return null;
    }

    boolean matches(JsonNode value) {
      switch (this) {
        case IS_NULL:
          return value.isNull();
        case IS_NUMERIC:
          return ValueType.NUMERIC.key(value) != null;
        case IS_STRING:
          return value.isTextual();
        case IS_BOOLEAN:
          return value.isBoolean();
        default:
          return ValueType.TIMESTAMP.key(value) != null;
      }
    }
  }

  private final Kind kind;
  private final boolean expected;

  TypeTest(PathExpr variable, Kind kind, boolean expected) {
    super(variable);
    this.kind = kind;
    this.expected = expected;
  }

  @Override
  boolean test(JsonNode value, Scope scope) {
    return kind.matches(value) == expected;
  }

  @Override
  public String toString() {
    return variable() + " " + kind.operatorName() + " " + expected;
  }
}
