package io.github.sfntestkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;

/** Building blocks of problem messages: quoting, JSON types, did-you-mean. */
final class Messages {

  private Messages() {}

  /** A string quoted as JSON. */
  static String q(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

  /** A value with its JSON type, cut at about 60 characters: {@code string "x"}, {@code null}. */
  static String value(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    if (node.isNull()) {
      return "null";
    }
    return Json.typeName(node) + " " + Json.quote(node);
  }

  /** Quoted names joined by ", ", at most {@code max} of them, then "and N more". */
  static String list(Collection<String> names, int max) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    Iterator<String> it = names.iterator();
    while (it.hasNext() && i < max) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(q(it.next()));
      i++;
    }
    if (names.size() > max) {
      sb.append(" and ").append(names.size() - max).append(" more");
    }
    return sb.toString();
  }

  static String list(Collection<String> names) {
    return list(names, 20);
  }

  /** " Did you mean "x"?" for the closest candidate, or "" when none is close. */
  static String didYouMean(String wrong, Collection<String> candidates) {
    String best = closest(wrong, candidates);
    return best == null ? "" : " Did you mean " + q(best) + "?";
  }

  /** The candidate closest to {@code wrong} by edit distance (case-insensitive), or null. */
  static String closest(String wrong, Collection<String> candidates) {
    if (wrong == null || wrong.isEmpty()) {
      return null;
    }
    String lower = wrong.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(wrong)) {
        continue;
      }
      String c = candidate.toLowerCase(Locale.ROOT);
      int limit = Math.max(1, Math.min(c.length(), lower.length()) / 3);
      if (Math.abs(c.length() - lower.length()) > limit) {
        continue;
      }
      int d = c.equals(lower) ? 0 : distance(lower, c, limit);
      if (d <= limit && d < bestDistance && d < Math.max(c.length(), lower.length())) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Optimal string alignment distance, giving up (returning limit + 1) beyond {@code limit}. */
  private static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
