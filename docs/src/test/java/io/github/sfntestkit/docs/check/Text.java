package io.github.sfntestkit.docs.check;

import java.util.ArrayList;
import java.util.List;

/** Text helpers shared by the checks: dedenting, Java text blocks, ellipsis matching. */
public final class Text {
  private Text() {}

  /**
   * Removes the indentation common to all non-blank lines, trailing spaces, and blank lines at the
   * start and end.
   */
  public static String dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
    }
    while (!out.isEmpty() && out.get(0).isEmpty()) {
      out.remove(0);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return String.join("\n", out);
  }

  /** Trailing spaces of each line and blank lines at the start and end removed; indentation kept. */
  public static String trimLines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      out.add(line.stripTrailing());
    }
    while (!out.isEmpty() && out.get(0).isEmpty()) {
      out.remove(0);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return String.join("\n", out);
  }

  /**
   * The content of a region that is one Java text block: a first line {@code """}, then the
   * content, then the closing {@code """} (on its own line or ending the last line, followed by
   * nothing but {@code );,}). Incidental indentation is removed as Java does, and {@code \"},
   * {@code \\}, {@code \n}, {@code \t}, {@code \s} and a line-joining {@code \} at the end of
   * a line are resolved. Null when the region is not one text block.
   */
  public static String textBlockContent(String dedentedRegion) {
    List<String> lines = new ArrayList<>(List.of(dedentedRegion.split("\n", -1)));
    if (lines.size() < 2 || !lines.get(0).strip().equals("\"\"\"")) {
      return null;
    }
    lines.remove(0);
    String last = lines.get(lines.size() - 1);
    java.util.regex.Matcher close = java.util.regex.Pattern.compile("^(.*?)\"\"\"[);,\\s]*$").matcher(last);
    if (!close.matches() || close.group(1).contains("\"\"\"")) {
      return null;
    }
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).contains("\"\"\"")) {
        return null;
      }
    }
    boolean ownLine = close.group(1).isBlank();
    lines.set(lines.size() - 1, close.group(1));
    int indent = Integer.MAX_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean closing = i == lines.size() - 1;
      if (!line.isBlank() || (closing && ownLine)) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    if (ownLine) {
      lines.remove(lines.size() - 1);
    }
    StringBuilder raw = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      raw.append(line.isBlank() ? "" : line.substring(Math.min(indent, line.length())).stripTrailing());
      if (i < lines.size() - 1) {
        raw.append('\n');
      }
    }
    return unescape(raw.toString());
  }

  private static String unescape(String body) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 == body.length()) {
        out.append(c);
        continue;
      }
      char next = body.charAt(++i);
      switch (next) {
        case '\n':
          break;
        case 'n':
          out.append('\n');
          break;
        case 't':
          out.append('\t');
          break;
        case 's':
          out.append(' ');
          break;
        default:
          out.append(next);
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code actual} matches {@code expected}, where {@code ...} in a line of
   * {@code expected} stands for any text within one line, and a line that is only {@code ...}
   * stands for any number of lines.
   */
  public static boolean matchesWithEllipsis(String expected, String actual) {
    StringBuilder regex = new StringBuilder("(?s)");
    String[] lines = expected.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().equals("...")) {
        regex.append("(?:[^\\n]*\\n)*?[^\\n]*");
      } else {
        String[] parts = line.split("\\.\\.\\.", -1);
        for (int p = 0; p < parts.length; p++) {
          if (p > 0) {
            regex.append("[^\\n]*?");
          }
          regex.append(java.util.regex.Pattern.quote(parts[p]));
        }
      }
      if (i < lines.length - 1) {
        regex.append("\\n");
      }
    }
    return actual.matches(regex.toString());
  }
}
