package io.github.sfntestkit.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Counts the compact UTF-8 size of JSON values the way AWS measures payloads, remembering the size of
 * every container it has seen. Documents share unchanged subtrees from state to state, so each state
 * costs only its new nodes, never a full re-serialization.
 */
public final class PayloadSizer {
  private static final int MEMO_LIMIT = 200_000;
  /** Containers smaller than this are recounted each time: cheaper than remembering them. */
  private static final int MEMO_MIN_BYTES = 2_048;
  private final Map<JsonNode, Integer> memo = new IdentityHashMap<>();

  public int size(JsonNode node) {
    if (node.isContainerNode()) {
      if (node.size() == 0) {
        return 2;
      }
      Integer known = memo.get(node);
      if (known != null) {
        return known;
      }
      int size = containerSize(node);
      if (size >= MEMO_MIN_BYTES) {
        if (memo.size() > MEMO_LIMIT) {
          memo.clear();
        }
        memo.put(node, size);
      }
      return size;
    }
    if (node.isTextual()) {
      return stringSize(node.textValue());
    }
    if (node.isNull()) {
      return 4;
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? 4 : 5;
    }
    if (node.canConvertToLong() && node.isIntegralNumber()) {
      return digits(node.longValue());
    }
    if (node.isBigDecimal()) {
      return node.decimalValue().toPlainString().length();
    }
    return node.asText().length();
  }

  private int containerSize(JsonNode node) {
    int size = 2 + node.size() - 1;
    if (node.isArray()) {
      for (int i = 0, n = node.size(); i < n; i++) {
        size += size(node.get(i));
      }
      return size;
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      size += stringSize(e.getKey()) + 1 + size(e.getValue());
    }
    return size;
  }

  static int digits(long v) {
    if (v == Long.MIN_VALUE) {
      return 20;
    }
    int n = v < 0 ? 2 : 1;
    long a = Math.abs(v);
    while (a >= 10) {
      a /= 10;
      n++;
    }
    return n;
  }

  static int stringSize(String s) {
    int size = 2;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        size += 2;
      } else if (c < 0x20) {
        size += (c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') ? 2 : 6;
      } else if (c < 0x80) {
        size += 1;
      } else if (c < 0x800) {
        size += 2;
      } else if (Character.isHighSurrogate(c)) {
        size += 4;
        i++;
      } else {
        size += 3;
      }
    }
    return size;
  }

  /** Exact size by serializing (for tests of this class). */
  static int serializedSize(JsonNode node) {
    return Json.write(node).getBytes(StandardCharsets.UTF_8).length;
  }
}
