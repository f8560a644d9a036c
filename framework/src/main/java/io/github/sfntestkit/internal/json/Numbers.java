package io.github.sfntestkit.internal.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads numbers from fields that AWS also accepts as strings holding a number (a value assigned to
 * a variable as {@code "1"} works for MaxConcurrencyPath, ToleratedFailureCountPath, ...).
 */
public final class Numbers {
  private Numbers() {}

  /** The integer value, or null when the node is neither an integral number nor a string of one. */
  public static Long integer(JsonNode v) {
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isTextual()) {
      try {
        return Long.parseLong(v.textValue().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** The numeric value, or null when the node is neither a number nor a string of one. */
  public static Double decimal(JsonNode v) {
    if (v == null) {
      return null;
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isTextual()) {
      try {
        double d = Double.parseDouble(v.textValue().trim());
        return Double.isFinite(d) ? d : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
