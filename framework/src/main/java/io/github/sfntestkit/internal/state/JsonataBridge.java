package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.jsonata.Jsonata;
import io.github.sfntestkit.internal.jsonata.JsonataTemplate;
import io.github.sfntestkit.internal.path.Scope;

/** Compiles JSONata fields for the states (adapter over the JSONata package). */
final class JsonataBridge {
  private JsonataBridge() {}

  /** A compiled JSONata field value: "{% expr %}" strings, templates of them, or literals. */
  interface Field {
    JsonNode evaluate(Scope scope, JsonNode result, JsonNode errorOutput);
  }

  /** Compiles the value of {@code field} (the name appears in AWS-style causes). */
  static Field compile(String field, JsonNode value) {
    JsonataTemplate t = Jsonata.compile(field, value);
    return t::evaluate;
  }

  static boolean isExpression(JsonNode value) {
    return value != null && value.isTextual() && Jsonata.isExpression(value.textValue());
  }

  /** As a ValueTemplate: {@code $states.input} is the raw state input. */
  static ValueTemplate template(String field, JsonNode value) {
    Field f = compile(field, value);
    return (a, raw, result, errorOutput) -> f.evaluate(a.scope(raw), result, errorOutput);
  }
}
