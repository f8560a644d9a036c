package io.github.sfntestkit.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type an intrinsic function argument must have. */
enum ArgType {
  ANY("any JSON value"),
  STRING("a string"),
  NUMBER("a number"),
  /** A number; AWS rounds a non-integer to the nearest integer (halves towards positive infinity). */
  INTEGER("an integer"),
  BOOLEAN("a boolean"),
  ARRAY("an array"),
  OBJECT("an object");

  private final String description;

  ArgType(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }

  boolean accepts(JsonNode value) {
    switch (this) {
      case STRING:
        return value.isTextual();
      case NUMBER:
      case INTEGER:
        return value.isNumber();
      case BOOLEAN:
        return value.isBoolean();
      case ARRAY:
        return value.isArray();
      case OBJECT:
        return value.isObject();
      default:
        return true;
    }
  }
}
