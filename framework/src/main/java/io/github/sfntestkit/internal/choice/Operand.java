package io.github.sfntestkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.Scope;

/** The right-hand side of a comparison: a literal (keyed once, when compiled) or a path. */
abstract class Operand {

  /** The operand's comparable key in a scope, or null when its value is not of the operator's type. */
  abstract Comparable<?> key(Scope scope);

  /** A literal operand; its key is computed now, so a timestamp is parsed once. */
  static Operand literal(JsonNode value, Comparable<?> key) {
    String text = Json.write(value);
    return new Operand() {
      @Override
      Comparable<?> key(Scope scope) {
        return key;
      }

      @Override
      public String toString() {
        return text;
      }
    };
  }

  /**
   * A path operand ({@code ...Path} operators): evaluated on each test; selecting nothing raises
   * {@code States.Runtime}, a value of another type makes the comparison false.
   */
  static Operand path(PathExpr path, ValueType type) {
    return new Operand() {
      @Override
      Comparable<?> key(Scope scope) {
        return type.key(DataTest.resolve(path, scope));
      }

      @Override
      public String toString() {
        return path.text();
      }
    };
  }
}
