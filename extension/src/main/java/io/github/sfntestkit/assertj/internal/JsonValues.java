package io.github.sfntestkit.assertj.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * JSON semantics shared by the assertions: parsing, the three comparisons and reference paths.
 *
 * <ul>
 *   <li>{@link Comparison#EQUAL}: same values; key order ignored; numbers by value ({@code 1 == 1.0}).
 *   <li>{@link Comparison#STRICT}: as EQUAL, and the same key order, and integers apart from decimals.
 *   <li>{@link Comparison#CONTAINING}: every field of the expected object is in the actual one with a
 *       containing value; extra fields are allowed; arrays keep their size and order.
 * </ul>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonValues {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_DIFFERENCES = 20;

  /** How two JSON values are compared. */
  public enum Comparison {
    EQUAL,
    STRICT,
    CONTAINING
  }

  private JsonValues() {}

  /**
   * Parses JSON text.
   *
   * @throws IllegalArgumentException when the text is not JSON (a mistake in the test, not a failure)
   */
  public static JsonNode parse(String json) {
    if (json == null) {
      throw new IllegalArgumentException("The expected JSON must not be null");
    }
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException("The expected JSON is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "The expected value is not valid JSON: " + json + " (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** Whether {@code actual} matches {@code expected} under the comparison. */
  public static boolean matches(JsonNode expected, JsonNode actual, Comparison comparison) {
    return differences(expected, actual, comparison).isEmpty();
  }

  /** The differences, one line each ({@code $.total: expected 42 but was 41}), at most 20 and a count. */
  public static List<String> differences(JsonNode expected, JsonNode actual, Comparison comparison) {
    List<String> out = new ArrayList<>();
    compare("$", expected, actual, comparison, out);
    if (out.size() > MAX_DIFFERENCES) {
      int more = out.size() - MAX_DIFFERENCES;
      List<String> cut = new ArrayList<>(out.subList(0, MAX_DIFFERENCES));
      cut.add("... and " + more + " more");
      return cut;
    }
    return out;
  }

  private static void compare(String at, JsonNode expected, JsonNode actual, Comparison c, List<String> out) {
    if (expected.isObject() && actual.isObject()) {
      compareObjects(at, expected, actual, c, out);
    } else if (expected.isArray() && actual.isArray()) {
      compareArrays(at, expected, actual, c, out);
    } else if (expected.isNumber() && actual.isNumber()) {
      compareNumbers(at, expected, actual, c, out);
    } else if (!expected.equals(actual)) {
      out.add(at + ": expected " + Describe.json(expected) + " but was " + Describe.json(actual));
    }
  }

  private static void compareObjects(String at, JsonNode expected, JsonNode actual, Comparison c, List<String> out) {
    Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      JsonNode other = actual.get(e.getKey());
      String child = at + segment(e.getKey());
      if (other == null) {
        out.add(child + ": missing, expected " + Describe.json(e.getValue()));
      } else {
        compare(child, e.getValue(), other, c, out);
      }
    }
    if (c == Comparison.CONTAINING) {
      return;
    }
    Iterator<String> names = actual.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!expected.has(name)) {
        out.add(at + segment(name) + ": not expected, was " + Describe.json(actual.get(name)));
      }
    }
    if (c == Comparison.STRICT && out.isEmpty()) {
      List<String> expectedKeys = keys(expected);
      List<String> actualKeys = keys(actual);
      if (!expectedKeys.equals(actualKeys)) {
        out.add(at + ": key order differs, expected " + Describe.names(expectedKeys) + " but was "
            + Describe.names(actualKeys));
      }
    }
  }

  private static void compareArrays(String at, JsonNode expected, JsonNode actual, Comparison c, List<String> out) {
    if (expected.size() != actual.size()) {
      out.add(at + ": expected an array of " + Describe.count(expected.size(), "element") + " but was an array of "
          + Describe.count(actual.size(), "element") + ": " + Describe.json(actual));
      return;
    }
    for (int i = 0; i < expected.size(); i++) {
      compare(at + "[" + i + "]", expected.get(i), actual.get(i), c, out);
    }
  }

  private static void compareNumbers(String at, JsonNode expected, JsonNode actual, Comparison c, List<String> out) {
    BigDecimal e = expected.decimalValue();
    BigDecimal a = actual.decimalValue();
    if (e.compareTo(a) != 0) {
      out.add(at + ": expected " + Describe.json(expected) + " but was " + Describe.json(actual));
    } else if (c == Comparison.STRICT && expected.isIntegralNumber() != actual.isIntegralNumber()) {
      out.add(at + ": expected " + Describe.json(expected) + " but was " + Describe.json(actual)
          + " (integer and decimal differ)");
    }
  }

  private static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** A path segment for a key: {@code .name}, or {@code ['odd key']} when it is not an identifier. */
  public static String segment(String key) {
    if (key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return "." + key;
    }
    return "['" + key.replace("'", "\\'") + "']";
  }

  /**
   * The value at a reference path ({@code $}, {@code $.a.b}, {@code $.items[0]}, {@code $['a b']}),
   * or a {@link MissingNode} when nothing is there.
   *
   * @throws IllegalArgumentException when the path is not a reference path
   */
  public static JsonNode at(JsonNode root, String path) {
    if (path == null || !path.startsWith("$")) {
      throw new IllegalArgumentException(
          "A reference path starts with \"$\", e.g. \"$.order.total\" or \"$.items[0]\"; got: " + path);
    }
    JsonNode node = root == null ? MissingNode.getInstance() : root;
    int i = 1;
    while (i < path.length()) {
      char ch = path.charAt(i);
      if (ch == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        if (end == i + 1) {
          throw badPath(path, i);
        }
        node = node.path(path.substring(i + 1, end));
        i = end;
      } else if (ch == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          throw badPath(path, i);
        }
        String inside = path.substring(i + 1, close).trim();
        node = bracket(node, inside, path, i);
        i = close + 1;
      } else {
        throw badPath(path, i);
      }
    }
    return node;
  }

  private static JsonNode bracket(JsonNode node, String inside, String path, int at) {
    if (inside.length() >= 2 && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')
        && inside.charAt(inside.length() - 1) == inside.charAt(0)) {
      return node.path(inside.substring(1, inside.length() - 1));
    }
    if (inside.matches("[0-9]+")) {
      return node.path(Integer.parseInt(inside));
    }
    throw badPath(path, at);
  }

  private static IllegalArgumentException badPath(String path, int at) {
    return new IllegalArgumentException("Not a reference path: \"" + path + "\" (at character " + (at + 1)
        + "). Use $, .name, ['name'] and [index], e.g. \"$.items[0].sku\".");
  }

  /** The JSON type of a value: string, number, boolean, object, array, null. */
  public static String typeName(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing value";
    }
    if (node.isTextual()) {
      return "string";
    }
    if (node.isNumber()) {
      return "number";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    return node.isNull() ? "null" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
