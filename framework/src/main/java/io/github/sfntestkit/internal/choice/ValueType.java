package io.github.sfntestkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The value families Choice comparisons work on. Each turns a JSON value into a comparable key, or
 * null when the value is of another type (a type mismatch makes a comparison false, never an error).
 */
enum ValueType {
  /** JSON strings, ordered by UTF-16 code unit ({@link String#compareTo}). */
  STRING("a string") {
    @Override
    Comparable<?> key(JsonNode node) {
      return node.isTextual() ? node.textValue() : null;
    }
  },
  /** JSON numbers, compared exactly ({@code 1 == 1.0}); never numeric strings. */
  NUMERIC("a number") {
    @Override
    Comparable<?> key(JsonNode node) {
      return ExactNumber.of(node);
    }
  },
  /** JSON booleans; never the strings {@code "true"} or {@code "false"}. */
  BOOLEAN("a boolean") {
    @Override
    Comparable<?> key(JsonNode node) {
      return node.isBoolean() ? node.booleanValue() : null;
    }
  },
  /** JSON strings that are RFC 3339 timestamps (see {@link Timestamps}), compared as instants. */
  TIMESTAMP("an RFC 3339 timestamp such as \"2016-08-18T17:33:00Z\"") {
    @Override
    Comparable<?> key(JsonNode node) {
      return node.isTextual() ? Timestamps.parse(node.textValue()) : null;
    }
  };

  private final String description;

  ValueType(String description) {
    this.description = description;
  }

  /** The comparable key of a value, or null when the value is not of this type. */
  abstract Comparable<?> key(JsonNode node);

  /** What a literal operand must be, for messages: "a number". */
  String description() {
    return description;
  }

}
