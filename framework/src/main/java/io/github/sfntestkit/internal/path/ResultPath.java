package io.github.sfntestkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;

/**
 * ResultPath: merges a state's result into its raw input. Copies only the spine of objects from the
 * root to the target, sharing everything else (documents are never mutated once built).
 */
public final class ResultPath {
  private static final ResultPath ROOT = new ResultPath("$", new Object[0], false);
  private static final ResultPath DISCARD = new ResultPath(null, null, true);

  private final String text;
  private final Object[] steps;
  private final boolean discard;

  private ResultPath(String text, Object[] steps, boolean discard) {
    this.text = text;
    this.steps = steps;
    this.discard = discard;
  }

  /** ResultPath as written: a missing field means {@code $}, JSON null means discard the result. */
  public static ResultPath of(JsonNode field) {
    if (field == null || field.isMissingNode()) {
      return ROOT;
    }
    if (field.isNull()) {
      return DISCARD;
    }
    String text = field.asText();
    Object[] steps = SimplePath.parse(text);
    if (steps == null) {
      throw new IllegalArgumentException(
          "ResultPath must be a reference path such as $.a.b or $.list[0], but was '" + text + "'");
    }
    return steps.length == 0 ? ROOT : new ResultPath(text, steps, false);
  }

  public String text() {
    return text;
  }

  /** Applies the path: returns the new document. */
  public JsonNode apply(JsonNode rawInput, JsonNode result) {
    if (discard) {
      return rawInput;
    }
    if (steps.length == 0) {
      return result;
    }
    return set(rawInput, 0, result, rawInput);
  }

  private JsonNode set(JsonNode node, int i, JsonNode result, JsonNode rawInput) {
    Object step = steps[i];
    boolean last = i == steps.length - 1;
    if (step instanceof String) {
      ObjectNode copy;
      if (node == null || node.isMissingNode() || node.isNull() && i > 0) {
        copy = Json.NODES.objectNode();
      } else if (node.isObject()) {
        copy = Json.object(node.size() + 1);
        copy.setAll((ObjectNode) node);
      } else {
        throw mismatch(rawInput);
      }
      String key = (String) step;
      copy.set(key, last ? result : set(copy.get(key), i + 1, result, rawInput));
      return copy;
    }
    int index = (Integer) step;
    if (node == null || !node.isArray() || index >= node.size()) {
      throw mismatch(rawInput);
    }
    ArrayNode copy = Json.NODES.arrayNode(node.size());
    copy.addAll((ArrayNode) node);
    copy.set(index, last ? result : set(copy.get(index), i + 1, result, rawInput));
    return copy;
  }

  private StatesError mismatch(JsonNode rawInput) {
    return new StatesError(
        ErrorNames.RESULT_PATH_MATCH_FAILURE,
        "Unable to apply ResultPath \"" + text + "\" to input \"" + Json.write(rawInput) + "\"");
  }

  @Override
  public String toString() {
    return discard ? "null" : text;
  }
}
