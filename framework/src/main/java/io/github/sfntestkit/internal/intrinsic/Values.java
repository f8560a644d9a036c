package io.github.sfntestkit.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Small value helpers shared by the intrinsic functions. */
final class Values {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private Values() {}

  /**
   * Rounds to the nearest integer, halves towards positive infinity, as AWS does for integer
   * arguments (recorded: 2.5 → 3, -2.5 → -2, -0.5 → 0, -1.51 → -2).
   */
  static BigDecimal roundHalfUp(BigDecimal value) {
    return value.add(HALF).setScale(0, RoundingMode.FLOOR);
  }

  /** An integer node of the smallest kind, so equal results compare equal. */
  static JsonNode integer(long value) {
    return value == (int) value ? Json.NODES.numberNode((int) value) : Json.NODES.numberNode(value);
  }

  /**
   * How States.Format prints an argument: strings without quotes, numbers, booleans and null as JSON,
   * objects and arrays in Java's map and list notation, recorded on AWS as
   * {@code {Arg1=1, Arg2=[]}}.
   */
  static String formatText(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(formatText(item)));
      return "[" + String.join(", ", items) + "]";
    }
    if (value.isObject()) {
      List<String> entries = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        entries.add(field.getKey() + "=" + formatText(field.getValue()));
      }
      return "{" + String.join(", ", entries) + "}";
    }
    return Json.write(value);
  }

  /**
   * A text that is equal for equal JSON values: object keys sorted, numbers compared by value
   * ({@code 1} equals {@code 1.0}). Used for ArrayContains and ArrayUnique.
   */
  static String canonical(JsonNode value) {
    StringBuilder out = new StringBuilder();
    appendCanonical(value, out);
    return out.toString();
  }

  private static void appendCanonical(JsonNode value, StringBuilder out) {
    if (value.isNumber()) {
      BigDecimal number = value.decimalValue();
      out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString());
    } else if (value.isArray()) {
      out.append('[');
      for (JsonNode item : value) {
        appendCanonical(item, out);
        out.append(',');
      }
      out.append(']');
    } else if (value.isObject()) {
      List<String> keys = new ArrayList<>();
      value.fieldNames().forEachRemaining(keys::add);
      keys.sort(null);
      out.append('{');
      for (String key : keys) {
        out.append(Json.write(Json.NODES.textNode(key))).append(':');
        appendCanonical(value.get(key), out);
        out.append(',');
      }
      out.append('}');
    } else {
      out.append(Json.write(value));
    }
  }
}
