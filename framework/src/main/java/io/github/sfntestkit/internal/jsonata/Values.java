package io.github.sfntestkit.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the JSONata engine's value model (Map, List, Number, String,
 * Boolean, {@link Jsonata#NULL_VALUE}; Java null is "undefined"). Numbers follow JavaScript: every
 * number is a double; integral values come back as integers and the others with the shortest digits
 * that read back as the same double, as {@code Number.prototype.toString} prints them.
 */
final class Values {
  private static final JsonNodeFactory NODES = Json.NODES;
  private static final double MAX_SAFE = 9007199254740991d;
  private static final double PLAIN_LIMIT = 1e21;

  private Values() {}

  /** A Jackson value as the engine sees it. */
  static Object toEngine(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return null;
    }
    switch (node.getNodeType()) {
      case OBJECT:
        return new ObjectView(node);
      case ARRAY:
        return new ArrayView(node);
      case STRING:
        return node.textValue();
      case BOOLEAN:
        return node.booleanValue();
      case NULL:
        return Jsonata.NULL_VALUE;
      case NUMBER:
        return number(node);
      default:
        return node.asText();
    }
  }

  /**
   * A read-only view of a Jackson object as the engine's Map: members are converted when read, so
   * binding a large input (or the context with the execution input) costs nothing until used.
   */
  private static final class ObjectView extends java.util.AbstractMap<String, Object> {
    private final JsonNode node;

    ObjectView(JsonNode node) {
      this.node = node;
    }

    @Override
    public Object get(Object key) {
      return key instanceof String ? toEngine(node.get((String) key)) : null;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String && node.has((String) key);
    }

    @Override
    public int size() {
      return node.size();
    }

    @Override
    public java.util.Set<Map.Entry<String, Object>> entrySet() {
      return new java.util.AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, Object>> iterator() {
          Iterator<Map.Entry<String, JsonNode>> it = node.fields();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public Map.Entry<String, Object> next() {
              Map.Entry<String, JsonNode> e = it.next();
              return new java.util.AbstractMap.SimpleImmutableEntry<>(e.getKey(), toEngine(e.getValue()));
            }
          };
        }

        @Override
        public int size() {
          return node.size();
        }
      };
    }
  }

  /** A read-only view of a Jackson array as the engine's List, converting items when read. */
  private static final class ArrayView extends java.util.AbstractList<Object> implements java.util.RandomAccess {
    private final JsonNode node;

    ArrayView(JsonNode node) {
      this.node = node;
    }

    @Override
    public Object get(int index) {
      return toEngine(node.get(index));
    }

    @Override
    public int size() {
      return node.size();
    }
  }

  private static Object number(JsonNode node) {
    if (node.canConvertToInt() && node.isIntegralNumber()) {
      return node.intValue();
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      long v = node.longValue();
      return Math.abs(v) <= (long) MAX_SAFE ? (Object) v : (Object) (double) v;
    }
    double d = node.doubleValue();
    if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
      return (int) d;
    }
    if (d == Math.rint(d) && Math.abs(d) <= MAX_SAFE) {
      return (long) d;
    }
    return d;
  }

  /** Marker for an engine value JSON cannot hold (a function, a regex). */
  static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** An engine result as Jackson; null when undefined. */
  static JsonNode fromEngine(Object value) {
    if (value instanceof ObjectView) {
      return ((ObjectView) value).node;
    }
    if (value instanceof ArrayView) {
      return ((ArrayView) value).node;
    }
    if (value == null) {
      return null;
    }
    if (value == Jsonata.NULL_VALUE) {
      return NODES.nullNode();
    }
    if (value instanceof String) {
      return NODES.textNode((String) value);
    }
    if (value instanceof Boolean) {
      return NODES.booleanNode((Boolean) value);
    }
    if (value instanceof Number) {
      return numberNode((Number) value);
    }
    if (value instanceof Map) {
      ObjectNode obj = NODES.objectNode();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        JsonNode v = fromEngine(e.getValue());
        if (v != null) { // JSON.stringify drops undefined members
          obj.set(String.valueOf(e.getKey()), v);
        }
      }
      return obj;
    }
    if (value instanceof List) {
      ArrayNode arr = NODES.arrayNode();
      for (Object item : (List<?>) value) {
        JsonNode v = fromEngine(item);
        arr.add(v == null ? NODES.nullNode() : v);
      }
      return arr;
    }
    throw new Unsupported();
  }

  /** A number as JavaScript would print it, typed as Jackson would read that text. */
  static JsonNode numberNode(Number n) {
    if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return NODES.numberNode(n.intValue());
    }
    if (n instanceof Long) {
      long v = n.longValue();
      if (Math.abs(v) <= (long) MAX_SAFE) {
        return integral(BigInteger.valueOf(v));
      }
      return numberNode((double) v);
    }
    if (n instanceof BigInteger && ((BigInteger) n).bitLength() < 53) {
      return integral((BigInteger) n);
    }
    return numberNode(n.doubleValue());
  }

  static JsonNode numberNode(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new ArithmeticException("Number out of range: " + d);
    }
    if (d == 0) {
      return NODES.numberNode(0); // JavaScript prints -0 as 0
    }
    BigDecimal shortest = shortest(d);
    if (d == Math.rint(d) && Math.abs(d) < PLAIN_LIMIT) {
      return integral(shortest.toBigIntegerExact());
    }
    return NODES.numberNode(shortest);
  }

  private static JsonNode integral(BigInteger v) {
    if (v.bitLength() < 32) {
      return NODES.numberNode(v.intValue());
    }
    if (v.bitLength() < 64) {
      return NODES.numberNode(v.longValue());
    }
    return NODES.numberNode(v);
  }

  /**
   * The decimal with the fewest significant digits that reads back as {@code d}, the closest one when
   * several qualify: the digits ECMAScript's Number::toString prints.
   */
  static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int p = 1; p <= 17; p++) {
      BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == d) {
        return candidate.stripTrailingZeros();
      }
    }
    return exact.round(MathContext.DECIMAL64).stripTrailingZeros();
  }

  /** A JavaScript-like rendering of a number for messages. */
  static String jsNumber(double d) {
    JsonNode n = numberNode(d);
    return n.isBigDecimal() ? n.decimalValue().toPlainString() : n.asText();
  }
}
