package io.github.sfntestkit.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;

/** A value with no expression in it: evaluation hands out a copy, so callers may change it. */
final class LiteralTemplate implements JsonataTemplate {
  private final JsonNode value;

  LiteralTemplate(JsonNode value) {
    this.value = value;
  }

  @Override
  public JsonNode evaluate(Scope scope, JsonNode result, JsonNode errorOutput) {
    return value.isContainerNode() ? value.deepCopy() : value;
  }

  @Override
  public boolean isLiteral() {
    return true;
  }

  @Override
  public String toString() {
    return Json.write(value);
  }
}
