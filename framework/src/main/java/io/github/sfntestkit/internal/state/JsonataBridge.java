package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.Scope;

/** Compiles JSONata fields for the states (adapter over the JSONata package). */
final class JsonataBridge {
  private JsonataBridge() {}

  /** A compiled JSONata field value: "{% expr %}" strings, templates of them, or literals. */
  interface Field {
    JsonNode evaluate(Scope scope, JsonNode result, JsonNode errorOutput);
  }

  static Field compile(JsonNode value) {
    throw new IllegalArgumentException("the JSONata query language is not supported yet");
  }

  static boolean isExpression(JsonNode value) {
    return value != null && value.isTextual() && value.textValue().trim().startsWith("{%")
        && value.textValue().trim().endsWith("%}");
  }

  /** As a ValueTemplate: {@code $states.input} is the raw state input. */
  static ValueTemplate template(JsonNode value) {
    Field f = compile(value);
    return (a, raw, result, errorOutput) -> f.evaluate(a.scope(raw), result, errorOutput);
  }
}
