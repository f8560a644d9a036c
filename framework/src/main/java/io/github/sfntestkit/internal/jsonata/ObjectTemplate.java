package io.github.sfntestkit.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import java.util.Map;

/** An object holding at least one expression; members are evaluated in order, keys kept as written. */
final class ObjectTemplate implements JsonataTemplate {
  private final Map<String, JsonataTemplate> members;

  ObjectTemplate(Map<String, JsonataTemplate> members) {
    this.members = members;
  }

  @Override
  public JsonNode evaluate(Scope scope, JsonNode result, JsonNode errorOutput) {
    ObjectNode out = Json.NODES.objectNode();
    for (Map.Entry<String, JsonataTemplate> m : members.entrySet()) {
      out.set(m.getKey(), m.getValue().evaluate(scope, result, errorOutput));
    }
    return out;
  }

  @Override
  public boolean isLiteral() {
    return false;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    for (Map.Entry<String, JsonataTemplate> m : members.entrySet()) {
      if (s.length() > 1) {
        s.append(',');
      }
      s.append(Json.write(Json.NODES.textNode(m.getKey()))).append(':').append(quoted(m.getValue()));
    }
    return s.append('}').toString();
  }

  static String quoted(JsonataTemplate t) {
    return t instanceof ExpressionTemplate
        ? Json.write(Json.NODES.textNode("{% " + t + " %}"))
        : t.toString();
  }
}
