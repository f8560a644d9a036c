package io.github.sfntestkit.internal.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pieces of the messages of the file readers (mock files, scenario files): quoting, lists, hints. */
public final class Phrases {
  private static final Pattern SHORT_DURATION =
      Pattern.compile("(\\d+)\\s*(ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?|d|days?)", Pattern.CASE_INSENSITIVE);

  private Phrases() {}

  /** A name as a JSON string: {@code "name"}. */
  public static String quote(String s) {
    return Json.write(Json.NODES.textNode(s));
  }

  /** {@code "a", "b", "c"}. */
  public static String list(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      sb.append(sb.length() == 0 ? "" : ", ").append(quote(n));
    }
    return sb.toString();
  }

  /** {@code "a", "b" or "c"}. */
  public static String or(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      sb.append(i == 0 ? "" : i == names.size() - 1 ? " or " : ", ").append(quote(names.get(i)));
    }
    return sb.toString();
  }

  /** The candidate closest to {@code wrong} (case-insensitive edit distance within a third of its length), or null. */
  public static String closest(String wrong, Iterable<String> candidates) {
    String lower = wrong.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      String cl = c.toLowerCase(Locale.ROOT);
      int limit = Math.max(1, Math.max(cl.length(), lower.length()) / 3);
      int d = EditDistance.distance(lower, cl);
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** "PT2S" for 2 or "2s", "PT10M" for "10 min", ...; null when nothing fits. */
  public static String suggestDuration(JsonNode v) {
    if (v != null && v.isIntegralNumber() && v.canConvertToLong() && v.longValue() >= 0) {
      return Duration.ofSeconds(v.longValue()).toString();
    }
    if (v == null || !v.isTextual()) {
      return null;
    }
    Matcher m = SHORT_DURATION.matcher(v.textValue().trim());
    if (!m.matches()) {
      return null;
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    Duration d;
    if (unit.equals("ms")) {
      d = Duration.ofMillis(n);
    } else if (unit.startsWith("s")) {
      d = Duration.ofSeconds(n);
    } else if (unit.startsWith("m")) {
      d = Duration.ofMinutes(n);
    } else if (unit.startsWith("h")) {
      d = Duration.ofHours(n);
    } else {
      d = Duration.ofDays(n);
    }
    return d.toString();
  }
}
