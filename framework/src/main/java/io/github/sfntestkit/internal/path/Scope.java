package io.github.sfntestkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;

/**
 * What an expression can read while a state runs: the current input ({@code $}), the context object
 * ({@code $$}), workflow variables ({@code $name}) and the execution's seeded random source.
 */
public interface Scope {
  JsonNode input();

  JsonNode context();

  /** The value of a workflow variable, or {@code null} when no variable of that name is in scope. */
  JsonNode variable(String name);

  /** The execution's deterministic random source (seeded). */
  Random random();

  /**
   * Every variable visible here, inner scopes shadowing none (AWS forbids redeclaring an outer name),
   * for binding into JSONata. Empty by default.
   */
  default java.util.Map<String, JsonNode> variables() {
    return java.util.Collections.emptyMap();
  }

  /** A scope over a plain input, an empty context and no variables (for tests and tools). */
  static Scope of(JsonNode input, JsonNode context) {
    return of(input, context, new Random(0));
  }

  static Scope of(JsonNode input, JsonNode context, Random random) {
    return new Scope() {
      @Override
      public JsonNode input() {
        return input;
      }

      @Override
      public JsonNode context() {
        return context;
      }

      @Override
      public JsonNode variable(String name) {
        return null;
      }

      @Override
      public Random random() {
        return random;
      }
    };
  }
}
