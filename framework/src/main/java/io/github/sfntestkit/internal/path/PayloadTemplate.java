package io.github.sfntestkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.intrinsic.IntrinsicCall;
import io.github.sfntestkit.internal.intrinsic.Intrinsics;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.Iterator;
import java.util.Map;

/**
 * A compiled payload template (Parameters, ResultSelector, ItemSelector): keys ending {@code .$} take
 * the value of a path or an intrinsic call; other values are copied, nested objects recursively.
 */
public abstract class PayloadTemplate {

  /** Evaluates the template against a scope. */
  public abstract JsonNode evaluate(Scope scope);

  /** Compiles a template node. */
  public static PayloadTemplate compile(JsonNode template) {
    if (template.isObject()) {
      if (!containsDynamic(template)) {
        return new Literal(template);
      }
      return new ObjectTemplate(template);
    }
    if (template.isArray()) {
      if (!containsDynamic(template)) {
        return new Literal(template);
      }
      return new ArrayTemplate(template);
    }
    return new Literal(template);
  }

  private static boolean containsDynamic(JsonNode node) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().endsWith(".$") || containsDynamic(e.getValue())) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (containsDynamic(item)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final class Literal extends PayloadTemplate {
    private final JsonNode value;

    Literal(JsonNode value) {
      this.value = value;
    }

    @Override
    public JsonNode evaluate(Scope scope) {
      return value;
    }
  }

  private static final class ArrayTemplate extends PayloadTemplate {
    private final PayloadTemplate[] items;

    ArrayTemplate(JsonNode array) {
      items = new PayloadTemplate[array.size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = compile(array.get(i));
      }
    }

    @Override
    public JsonNode evaluate(Scope scope) {
      ArrayNode out = Json.NODES.arrayNode(items.length);
      for (PayloadTemplate item : items) {
        out.add(item.evaluate(scope));
      }
      return out;
    }
  }

  private static final class ObjectTemplate extends PayloadTemplate {
    private final String[] keys;
    private final PayloadTemplate[] literalValues;
    private final PathExpr[] paths;
    private final IntrinsicCall[] intrinsics;
    private final String[] fieldNames;

    ObjectTemplate(JsonNode object) {
      int n = object.size();
      keys = new String[n];
      fieldNames = new String[n];
      literalValues = new PayloadTemplate[n];
      paths = new PathExpr[n];
      intrinsics = new IntrinsicCall[n];
      int i = 0;
      Iterator<Map.Entry<String, JsonNode>> it = object.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        fieldNames[i] = key;
        if (key.endsWith(".$")) {
          keys[i] = key.substring(0, key.length() - 2);
          String expr = e.getValue().asText();
          if (Intrinsics.isIntrinsic(expr)) {
            intrinsics[i] = Intrinsics.compile(expr);
          } else {
            paths[i] = PathExpr.compile(expr);
          }
        } else {
          keys[i] = key;
          literalValues[i] = compile(e.getValue());
        }
        i++;
      }
    }

    @Override
    public JsonNode evaluate(Scope scope) {
      ObjectNode out = Json.object(keys.length);
      for (int i = 0; i < keys.length; i++) {
        JsonNode value;
        if (paths[i] != null) {
          try {
            value = paths[i].evaluate(scope);
          } catch (PathFailure e) {
            JsonNode doc = paths[i].root() == PathExpr.Root.CONTEXT ? scope.context() : scope.input();
            throw new StatesError(
                ErrorNames.RUNTIME,
                "The JSONPath '"
                    + paths[i].text()
                    + "' specified for the field '"
                    + fieldNames[i]
                    + "' could not be found in the input '"
                    + Json.write(doc)
                    + "'");
          }
        } else if (intrinsics[i] != null) {
          value = intrinsics[i].evaluate(scope);
        } else {
          value = literalValues[i].evaluate(scope);
        }
        out.set(keys[i], value);
      }
      return out;
    }
  }
}
