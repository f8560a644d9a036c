package io.github.sfntestkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.load.Pointers;
import io.github.sfntestkit.internal.text.Phrases;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the problems of one scenario file, each at the line and column of the field or value it
 * is about, and reads typed values, reporting what was expected when a value does not fit.
 */
final class Problems {

  final ScenarioTree tree;
  private final List<ScenarioFileProblem> list = new ArrayList<>();

  Problems(ScenarioTree tree) {
    this.tree = tree;
  }

  List<ScenarioFileProblem> list() {
    return list;
  }

  int count() {
    return list.size();
  }

  /** A problem about the value at {@code pointer} (a wrong type, a bad value). */
  void atValue(String label, String pointer, String message) {
    Location at = tree.value(pointer);
    list.add(new ScenarioFileProblem(label, pointer, at.line(), at.column(), message));
  }

  /** A problem about the field name of {@code pointer} (unknown, misplaced, conflicting). */
  void atKey(String label, String pointer, String message) {
    Location at = tree.key(pointer);
    list.add(new ScenarioFileProblem(label, pointer, at.line(), at.column(), message));
  }

  void add(ScenarioFileProblem problem) {
    list.add(problem);
  }

  /**
   * Reports each field not in {@code allowed}: a known key of another level is "misplaced" (the
   * message says where it goes), else the closest allowed key is suggested. Returns the keys
   * suggested, so that "needs X" problems are not reported for a misspelt X.
   */
  Set<String> unknownKeys(JsonNode object, String at, String label, List<String> allowed, String where,
      Map<String, String> misplaced) {
    Set<String> suggested = new HashSet<>();
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (allowed.contains(name)) {
        continue;
      }
      String home = misplaced.get(name);
      String hint;
      if (home != null) {
        hint = " " + q(name) + " " + home + ".";
      } else {
        String best = closest(name, allowed);
        if (best != null) {
          suggested.add(best);
        }
        hint = best != null ? " Did you mean " + q(best) + "?" : " Expected one of: " + list(allowed) + ".";
      }
      atKey(label, Pointers.child(at, name), "unknown field " + q(name) + " in " + where + "." + hint);
    }
    return suggested;
  }

  // ---- typed values: each returns null (and reports) when the value does not fit

  String text(JsonNode v, String at, String label, String field, String meaning) {
    if (v != null && v.isTextual() && !v.textValue().isBlank()) {
      return v.textValue();
    }
    atValue(label, at, q(field) + " must be " + meaning + " (a non-empty string); found " + found(v) + ".");
    return null;
  }

  /** A string; numbers and booleans are taken as their text, as YAML users expect ({@code seed: 7}). */
  String scalarText(JsonNode v, String at, String label, String field) {
    if (v != null && (v.isTextual() || v.isNumber() || v.isBoolean())) {
      return v.asText();
    }
    atValue(label, at, q(field) + " must be a string; found " + found(v) + ".");
    return null;
  }

  Integer integer(JsonNode v, String at, String label, String field, int min, String meaning) {
    if (v != null && v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= min) {
      return v.intValue();
    }
    atValue(label, at, q(field) + " must be " + meaning + "; found " + found(v) + ".");
    return null;
  }

  Long longValue(JsonNode v, String at, String label, String field) {
    if (v != null && v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    atValue(label, at, q(field) + " must be a whole number; found " + found(v) + ".");
    return null;
  }

  Boolean bool(JsonNode v, String at, String label, String field) {
    if (v != null && v.isBoolean()) {
      return v.booleanValue();
    }
    atValue(label, at, q(field) + " must be true or false; found " + found(v) + ".");
    return null;
  }

  Duration duration(JsonNode v, String at, String label, String field) {
    if (v != null && v.isTextual()) {
      try {
        Duration d = Duration.parse(v.textValue().trim());
        if (!d.isNegative()) {
          return d;
        }
        atValue(label, at, q(field) + " must not be negative; found " + found(v) + ".");
        return null;
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    String suggestion = suggestDuration(v);
    atValue(label, at, q(field) + " must be an ISO-8601 duration such as \"PT2S\" or \"PT1H30M\"; found " + found(v)
        + (suggestion == null ? "." : ". Did you mean " + q(suggestion) + "?"));
    return null;
  }

  Instant instant(JsonNode v, String at, String label, String field) {
    if (v != null && v.isTextual()) {
      try {
        return Instant.parse(v.textValue().trim());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    atValue(label, at, q(field) + " must be an ISO-8601 instant in UTC such as \"2025-01-01T00:00:00Z\"; found "
        + found(v) + ".");
    return null;
  }

  /** A list of non-empty strings (state names, tags), or null after reporting. */
  List<String> names(JsonNode v, String at, String label, String field, String meaning) {
    if (v == null || !v.isArray()) {
      atValue(label, at, q(field) + " must be a list of " + meaning + " such as [\"ChargeCard\", \"Done\"]; found "
          + found(v) + ".");
      return null;
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      String s = text(v.get(i), Pointers.child(at, i), label, field + "[" + i + "]", "a name");
      ok &= s != null;
      out.add(s);
    }
    return ok ? List.copyOf(out) : null;
  }

  boolean isObject(JsonNode v, String at, String label, String field, String expected) {
    if (v != null && v.isObject()) {
      return true;
    }
    atValue(label, at, q(field) + " must be " + expected + "; found " + found(v) + ".");
    return false;
  }

  boolean isList(JsonNode v, String at, String label, String field, String expected) {
    if (v != null && v.isArray()) {
      return true;
    }
    atValue(label, at, q(field) + " must be " + expected + "; found " + found(v) + ".");
    return false;
  }

  static String suggestDuration(JsonNode v) {
    return Phrases.suggestDuration(v);
  }

  // ---- text helpers

  /** The JSON type and value, quoted and cut, e.g. {@code string "SUCCEDED"}, or {@code null}. */
  static String found(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode() ? "null" : Json.typeName(v) + " " + Json.quote(v);
  }

  static String q(String s) {
    return Phrases.quote(s);
  }

  static String list(List<String> names) {
    return Phrases.list(names);
  }

  /** "a", "b" or "c". */
  static String or(List<String> names) {
    return Phrases.or(names);
  }

  static String closest(String wrong, Iterable<String> candidates) {
    return Phrases.closest(wrong, candidates);
  }
}
