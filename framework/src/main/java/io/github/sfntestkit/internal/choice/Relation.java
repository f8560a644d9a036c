package io.github.sfntestkit.internal.choice;

/** How a comparison operator relates the variable to its operand. */
enum Relation {
  EQUALS("Equals"),
  LESS_THAN("LessThan"),
  GREATER_THAN("GreaterThan"),
  LESS_THAN_EQUALS("LessThanEquals"),
  GREATER_THAN_EQUALS("GreaterThanEquals");

  private final String suffix;

  Relation(String suffix) {
    this.suffix = suffix;
  }

  /** The operator-name suffix, e.g. {@code LessThanEquals}. */
  String suffix() {
    return suffix;
  }

  /** Whether the relation holds for a {@code compareTo} result of variable against operand. */
  boolean holds(int comparison) {
    switch (this) {
      case EQUALS:
        return comparison == 0;
      case LESS_THAN:
        return comparison < 0;
      case GREATER_THAN:
        return comparison > 0;
      case LESS_THAN_EQUALS:
        return comparison <= 0;
      default:
        return comparison >= 0;
    }
  }
}
