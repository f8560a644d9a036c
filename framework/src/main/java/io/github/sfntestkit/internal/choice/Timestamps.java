package io.github.sfntestkit.internal.choice;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps as Choice rules read them: RFC 3339 with an uppercase {@code T} between date and time and
 * either an uppercase {@code Z} or a numeric offset ({@code +01:00}); fractional seconds up to nine
 * digits. Anything else (no offset, a space instead of {@code T}, lowercase letters, month 13, hour 25)
 * is not a timestamp.
 */
final class Timestamps {
  private static final Pattern RFC3339 =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})"
              + "(?:\\.(\\d{1,9}))?(Z|([+-])(\\d{2}):(\\d{2}))");

  private Timestamps() {}

  /** The instant a string denotes, or null when it is not a timestamp. */
  static Instant parse(String text) {
    Matcher m = RFC3339.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5), number(m, 6),
              nanos(m.group(7)));
      return Instant.ofEpochSecond(
          local.toEpochSecond(ZoneOffset.UTC) - offsetSeconds(m), local.getNano());
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int nanos(String fraction) {
    if (fraction == null) {
      return 0;
    }
    StringBuilder digits = new StringBuilder(fraction);
    while (digits.length() < 9) {
      digits.append('0');
    }
    return Integer.parseInt(digits.toString());
  }

  private static long offsetSeconds(Matcher m) {
    if ("Z".equals(m.group(8))) {
      return 0;
    }
    int hours = number(m, 10);
    int minutes = number(m, 11);
    if (hours > 23 || minutes > 59) {
      throw new DateTimeException("offset out of range");
    }
    int sign = "-".equals(m.group(9)) ? -1 : 1;
    return sign * (hours * 3600L + minutes * 60L);
  }
}
