package io.github.sfntestkit.internal.choice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of the 32 value comparison operators: {@code String|Numeric|Timestamp} x {@code Equals|LessThan|
 * GreaterThan|LessThanEquals|GreaterThanEquals} and {@code BooleanEquals}, each also with a
 * {@code ...Path} variant whose operand is a path instead of a literal.
 */
final class ComparisonOperator {
  private static final Map<String, ComparisonOperator> BY_NAME = build();

  private final String name;
  private final ValueType type;
  private final Relation relation;
  private final boolean path;

  private ComparisonOperator(String name, ValueType type, Relation relation, boolean path) {
    this.name = name;
    this.type = type;
    this.relation = relation;
    this.path = path;
  }

  private static Map<String, ComparisonOperator> build() {
    Map<String, ComparisonOperator> map = new LinkedHashMap<>();
    add(map, "String", ValueType.STRING, Relation.values());
    add(map, "Numeric", ValueType.NUMERIC, Relation.values());
    add(map, "Boolean", ValueType.BOOLEAN, Relation.EQUALS);
    add(map, "Timestamp", ValueType.TIMESTAMP, Relation.values());
    return Collections.unmodifiableMap(map);
  }

  private static void add(
      Map<String, ComparisonOperator> map, String prefix, ValueType type, Relation... relations) {
    for (Relation relation : relations) {
      String name = prefix + relation.suffix();
      map.put(name, new ComparisonOperator(name, type, relation, false));
      map.put(name + "Path", new ComparisonOperator(name + "Path", type, relation, true));
    }
  }

  /** The operator of that name, or null. */
  static ComparisonOperator named(String name) {
    return BY_NAME.get(name);
  }

  /** All operator names, in a stable order. */
  static Iterable<String> names() {
    return BY_NAME.keySet();
  }

  String name() {
    return name;
  }

  ValueType type() {
    return type;
  }

  Relation relation() {
    return relation;
  }

  /** True for the {@code ...Path} variants. */
  boolean isPath() {
    return path;
  }

  @Override
  public String toString() {
    return name;
  }
}
