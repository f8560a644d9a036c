package io.github.sfntestkit.internal.state;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** RFC 3339 timestamps as the Wait state accepts them (uppercase T, offset or Z required). */
public final class Timestamps {
  private Timestamps() {}

  /** Parses, or returns null when the text is not an ISO-8601 extended offset date-time. */
  public static Instant parse(String text) {
    if (text.indexOf('T') < 0) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
