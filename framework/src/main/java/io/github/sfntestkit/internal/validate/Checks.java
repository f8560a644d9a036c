package io.github.sfntestkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Value checks shared by the rule families. Each reports at most one problem per field. */
final class Checks {

  private Checks() {}

  /** True for a string written as a JSONata expression: {@code {% ... %}}. */
  static boolean isExpression(JsonNode n) {
    if (n == null || !n.isTextual()) {
      return false;
    }
    String s = n.textValue();
    return s.startsWith("{%") && s.endsWith("%}") && s.length() >= 4;
  }

  /** The value as a long when it is an integral number (1 and 1.0 both count), else null. */
  static Long integer(JsonNode n) {
    if (n == null || !n.isNumber()) {
      return null;
    }
    if (n.isIntegralNumber()) {
      return n.canConvertToLong() ? n.longValue() : null;
    }
    BigDecimal d = n.decimalValue();
    try {
      return d.stripTrailingZeros().scale() <= 0 ? d.longValueExact() : null;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** Reports when the field exists and is not a string; returns the text or null. */
  static String string(
      ValidationContext ctx, List<String> chain, String pointer, String field, JsonNode n) {
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      ctx.report(chain, pointer, q(field) + " must be a string, but was " + Messages.value(n) + ".");
      return null;
    }
    return n.textValue();
  }

  /** Reports when the field exists and is not an object. */
  static boolean object(
      ValidationContext ctx, List<String> chain, String pointer, String field, JsonNode n) {
    if (n == null) {
      return false;
    }
    if (!n.isObject()) {
      ctx.report(chain, pointer, q(field) + " must be an object, but was " + Messages.value(n) + ".");
      return false;
    }
    return true;
  }

  /** Reports when the field exists and is not an array. */
  static boolean array(
      ValidationContext ctx, List<String> chain, String pointer, String field, JsonNode n) {
    if (n == null) {
      return false;
    }
    if (!n.isArray()) {
      ctx.report(chain, pointer, q(field) + " must be an array, but was " + Messages.value(n) + ".");
      return false;
    }
    return true;
  }

  /**
   * Checks an integer field within [min, max]; in JSONata states a {@code {% %}} string is also
   * accepted. Returns the value when it is a valid literal, else null.
   */
  static Long integerField(
      ValidationContext ctx,
      List<String> chain,
      String pointer,
      String field,
      JsonNode n,
      long min,
      long max,
      boolean allowExpression) {
    if (n == null) {
      return null;
    }
    if (allowExpression && isExpression(n)) {
      return null;
    }
    Long v = integer(n);
    if (v == null || v < min || v > max) {
      ctx.report(
          chain,
          pointer,
          q(field)
              + " must be an integer from "
              + min
              + " to "
              + max
              + (allowExpression ? " or a JSONata expression \"{% ... %}\"" : "")
              + ", but was "
              + Messages.value(n)
              + ".");
      return null;
    }
    return v;
  }

  /** Checks a number field within [min, max] (fractions allowed). */
  static void numberField(
      ValidationContext ctx,
      List<String> chain,
      String pointer,
      String field,
      JsonNode n,
      String range,
      double min,
      double max,
      boolean allowExpression) {
    if (n == null || (allowExpression && isExpression(n))) {
      return;
    }
    if (!n.isNumber() || n.doubleValue() < min || n.doubleValue() > max) {
      ctx.report(
          chain,
          pointer,
          q(field)
              + " must be a number "
              + range
              + (allowExpression ? " or a JSONata expression \"{% ... %}\"" : "")
              + ", but was "
              + Messages.value(n)
              + ".");
    }
  }

  /** Checks a string field against allowed values (case-sensitive). */
  static String enumField(
      ValidationContext ctx,
      List<String> chain,
      String pointer,
      String field,
      JsonNode n,
      List<String> allowed) {
    if (n == null) {
      return null;
    }
    if (n.isTextual() && allowed.contains(n.textValue())) {
      return n.textValue();
    }
    ctx.report(
        chain,
        pointer,
        q(field)
            + " must be one of "
            + Messages.list(allowed)
            + ", but was "
            + Messages.value(n)
            + "."
            + (n.isTextual() ? Messages.didYouMean(n.textValue(), allowed) : ""));
    return null;
  }

  /** Reports when both fields are present (at the second one). */
  static void exclusive(
      ValidationContext ctx, List<String> chain, String pointer, JsonNode container, String a, String b) {
    if (container.has(a) && container.has(b)) {
      ctx.report(
          chain,
          pointer + "/" + b,
          q(a) + " and " + q(b) + " cannot both be set; use one of them.");
    }
  }

  /**
   * Reports every field of {@code node} not in {@code allowed} (and not in {@code skip}),
   * suggesting the closest allowed one or listing them all.
   */
  static void unknownFields(
      ValidationContext ctx,
      List<String> chain,
      String pointer,
      JsonNode node,
      Set<String> allowed,
      Set<String> skip,
      String what,
      Collection<String> suggestFrom) {
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      if (allowed.contains(key) || skip.contains(key)) {
        continue;
      }
      String hint = Messages.didYouMean(key, suggestFrom);
      ctx.report(
          chain,
          pointer + "/" + io.github.sfntestkit.internal.load.Pointers.escape(key),
          "unknown field "
              + q(key)
              + " for "
              + what
              + "."
              + (hint.isEmpty() ? " Expected one of: " + Messages.list(suggestFrom, 40) + "." : hint));
    }
  }

  static String q(String s) {
    return Messages.q(s);
  }
}
