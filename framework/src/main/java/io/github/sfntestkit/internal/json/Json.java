package io.github.sfntestkit.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared Jackson configuration and small helpers over {@link JsonNode} trees. */
public final class Json {

  /** The mapper used everywhere: strict JSON, exact numbers, duplicate keys rejected. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private Json() {}

  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String write(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return Long.toString(node.longValue());
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? "true" : "false";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isBigDecimal()) {
      return node.decimalValue().toPlainString();
    }
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** An empty object sized for {@code fields} members (documents are built often; keep them small). */
  public static ObjectNode object(int fields) {
    return new ObjectNode(NODES, new java.util.LinkedHashMap<>(Math.max(2, (int) (fields / 0.75f) + 1)));
  }

  /** Size of the compact UTF-8 serialization, as AWS counts payload sizes. */
  public static int utf8Size(JsonNode node) {
    return write(node).getBytes(StandardCharsets.UTF_8).length;
  }

  /** JSON type name as AWS and our messages use it: object, array, string, number, boolean, null. */
  public static String typeName(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    switch (node.getNodeType()) {
      case OBJECT:
        return "object";
      case ARRAY:
        return "array";
      case STRING:
        return "string";
      case NUMBER:
        return "number";
      case BOOLEAN:
        return "boolean";
      case NULL:
        return "null";
      default:
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Quotes a value for a message, cut at about 60 characters. */
  public static String quote(JsonNode node) {
    String text = node == null ? "null" : write(node);
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
