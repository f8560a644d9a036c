package io.github.sfntestkit.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** A definition's identity across JVMs: a short SHA-256 of its canonical JSON. */
final class CoverageKeys {
  private static final int HEX_LENGTH = 16;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private CoverageKeys() {}

  static String key(JsonNode definition) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(canonical(definition).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e); // every Java platform has it
    }
    StringBuilder sb = new StringBuilder(HEX_LENGTH);
    for (int i = 0; i < HEX_LENGTH / 2; i++) {
      sb.append(HEX[(digest[i] >> 4) & 0xf]).append(HEX[digest[i] & 0xf]);
    }
    return sb.toString();
  }

  /** Keys sorted, no white space, numbers in their shortest exact form (1.0 and 1 are the same). */
  static String canonical(JsonNode node) {
    StringBuilder sb = new StringBuilder(256);
    write(node, sb);
    return sb.toString();
  }

  private static void write(JsonNode node, StringBuilder sb) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      Collections.sort(names);
      sb.append('{');
      for (int i = 0; i < names.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(Json.write(Json.NODES.textNode(names.get(i)))).append(':');
        write(node.get(names.get(i)), sb);
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(node.get(i), sb);
      }
      sb.append(']');
    } else if (node.isNumber()) {
      BigDecimal d = node.decimalValue().stripTrailingZeros();
      sb.append(d.signum() == 0 ? "0" : d.toPlainString());
    } else {
      sb.append(Json.write(node));
    }
  }
}
