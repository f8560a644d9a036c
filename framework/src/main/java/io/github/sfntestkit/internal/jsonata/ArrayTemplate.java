package io.github.sfntestkit.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import java.util.List;

/** An array holding at least one expression; items are evaluated in order. */
final class ArrayTemplate implements JsonataTemplate {
  private final List<JsonataTemplate> items;

  ArrayTemplate(List<JsonataTemplate> items) {
    this.items = items;
  }

  @Override
  public JsonNode evaluate(Scope scope, JsonNode result, JsonNode errorOutput) {
    ArrayNode out = Json.NODES.arrayNode(items.size());
    for (JsonataTemplate item : items) {
      out.add(item.evaluate(scope, result, errorOutput));
    }
    return out;
  }

  @Override
  public boolean isLiteral() {
    return false;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("[");
    for (JsonataTemplate item : items) {
      if (s.length() > 1) {
        s.append(',');
      }
      s.append(ObjectTemplate.quoted(item));
    }
    return s.append(']').toString();
  }
}
