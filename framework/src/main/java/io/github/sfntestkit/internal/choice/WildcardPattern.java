package io.github.sfntestkit.internal.choice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@code StringMatches} pattern: {@code *} matches zero or more characters, nothing else is special.
 * A backslash escapes: {@code \*} is a literal star and {@code \\} a literal backslash (in JSON text
 * {@code "\\*"} and {@code "\\\\"}). Any other backslash is an open escape, which the ASL spec makes a
 * runtime error; {@link #openEscape()} reports where it is.
 */
final class WildcardPattern {
  private final String source;
  /** Literal runs between unescaped stars; one element when the pattern has no star. */
  private final List<String> segments;
  private final int openEscape;

  private WildcardPattern(String source, List<String> segments, int openEscape) {
    this.source = source;
    this.segments = segments;
    this.openEscape = openEscape;
  }

  static WildcardPattern compile(String source) {
    List<String> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int openEscape = -1;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '*') {
        segments.add(current.toString());
        current.setLength(0);
      } else if (c == '\\') {
        char next = i + 1 < source.length() ? source.charAt(i + 1) : 0;
        if (next == '*' || next == '\\') {
          current.append(next);
          i++;
        } else {
          if (openEscape < 0) {
            openEscape = i;
          }
          current.append(c);
        }
      } else {
        current.append(c);
      }
    }
    segments.add(current.toString());
    return new WildcardPattern(source, Collections.unmodifiableList(segments), openEscape);
  }

  /** Index of the first backslash that escapes neither {@code *} nor {@code \}, or -1. */
  int openEscape() {
    return openEscape;
  }

  /** Whether the whole text matches, comparing UTF-16 code units exactly (case-sensitive). */
  boolean matches(String text) {
    if (segments.size() == 1) {
      return text.equals(segments.get(0));
    }
    String first = segments.get(0);
    String last = segments.get(segments.size() - 1);
    if (text.length() < first.length() + last.length()
        || !text.startsWith(first)
        || !text.endsWith(last)) {
      return false;
    }
    int from = first.length();
    int end = text.length() - last.length();
    for (int i = 1; i < segments.size() - 1; i++) {
      String segment = segments.get(i);
      int at = text.indexOf(segment, from);
      if (at < 0 || at + segment.length() > end) {
        return false;
      }
      from = at + segment.length();
    }
    return true;
  }

  @Override
  public String toString() {
    return source;
  }
}
