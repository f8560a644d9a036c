package io.github.sfntestkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Fast navigation for the common path shape {@code $.a.b[0]['c']}; anything else returns null. */
final class SimplePath {
  private SimplePath() {}

  /** Parses {@code $} followed by {@code .name}, {@code ['name']} and {@code [n]} steps; null if not simple. */
  static Object[] parse(String path) {
    if (path.isEmpty() || path.charAt(0) != '$') {
      return null;
    }
    List<Object> steps = new ArrayList<>();
    int i = 1;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        int start = ++i;
        while (i < n && isNameChar(path.charAt(i))) {
          i++;
        }
        if (i == start) {
          return null;
        }
        steps.add(path.substring(start, i));
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          return null;
        }
        String inner = path.substring(i + 1, close);
        if (inner.length() >= 2 && inner.charAt(0) == '\'' && inner.charAt(inner.length() - 1) == '\'') {
          String name = inner.substring(1, inner.length() - 1);
          if (name.indexOf('\'') >= 0) {
            return null;
          }
          // AWS reads a backslash in a quoted name literally ($['a\"b'] is the key a\"b), unlike Jayway
          steps.add(name);
        } else if (!inner.isEmpty() && inner.chars().allMatch(Character::isDigit) && inner.length() < 9) {
          steps.add(Integer.valueOf(inner));
        } else {
          return null;
        }
        i = close + 1;
      } else {
        return null;
      }
    }
    return steps.toArray();
  }

  private static boolean isNameChar(char c) {
    return c != '.' && c != '[' && c != ']' && c != '*' && c != '(' && c != ')' && c != '?'
        && c != '@' && c != ',' && c != ':' && c != '\'' && c != ' ' && c != '$';
  }

  /** Navigates; returns null when any step is missing (the caller then asks Jayway for the message). */
  static JsonNode navigate(JsonNode doc, Object[] steps) {
    JsonNode cur = doc;
    for (Object step : steps) {
      if (cur == null) {
        return null;
      }
      if (step instanceof String) {
        cur = cur.isObject() ? cur.get((String) step) : null;
      } else {
        cur = cur.isArray() ? cur.get((Integer) step) : null;
      }
    }
    return cur;
  }
}
