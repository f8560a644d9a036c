package io.github.sfntestkit.docs.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fenced code blocks of a Markdown page, each with the marker comments written right
 * above it ({@code <!-- snippet: name -->}, {@code <!-- file: path -->}, {@code <!-- not-code: why
 * -->}; blank lines may separate them from the fence).
 */
public final class Markdown {
  private static final Pattern FENCE_OPEN = Pattern.compile("^(\\s*)(`{3,})\\s*([\\w+#.-]*)\\s*$");
  private static final Pattern MARKER = Pattern.compile("^<!--\\s*([a-z][a-z-]*)(?:\\s*:\\s*(.*?))?\\s*-->$");

  private Markdown() {}

  /**
   * One fenced block.
   *
   * @param page the page, relative to the repository root
   * @param line the 1-based line of the opening fence
   * @param endLine the 1-based line of the closing fence (the last line of the page if unclosed)
   * @param language the info string, lower case ("" when none)
   * @param body the lines between the fences, without the fence's own indentation
   * @param markers marker name to value ("" for a marker without value), in page order
   * @param closed whether a closing fence was found
   */
  public record Block(String page, int line, int endLine, String language, List<String> body,
      Map<String, String> markers, boolean closed) {

    /** The body with common indentation and surrounding blank lines removed. */
    public String text() {
      return Text.dedent(body);
    }

    public String where() {
      return page + ":" + line;
    }

    public boolean hasMarker(String name) {
      return markers.containsKey(name);
    }

    public String marker(String name) {
      return markers.get(name);
    }
  }

  /** Every fenced block of the page, in order. */
  public static List<Block> blocks(String page, List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    Map<String, String> pending = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher marker = MARKER.matcher(line.trim());
      if (marker.matches()) {
        pending.put(marker.group(1), marker.group(2) == null ? "" : marker.group(2).trim());
        continue;
      }
      Matcher open = FENCE_OPEN.matcher(line);
      if (!open.matches()) {
        if (!line.isBlank()) {
          pending = new LinkedHashMap<>();
        }
        continue;
      }
      int indent = open.group(1).length();
      int ticks = open.group(2).length();
      List<String> body = new ArrayList<>();
      int j = i + 1;
      boolean closed = false;
      for (; j < lines.size(); j++) {
        String candidate = lines.get(j).trim();
        if (candidate.length() >= ticks && candidate.chars().allMatch(c -> c == '`')) {
          closed = true;
          break;
        }
        body.add(unindent(lines.get(j), indent));
      }
      blocks.add(new Block(page, i + 1, closed ? j + 1 : lines.size(),
          open.group(3).toLowerCase(java.util.Locale.ROOT), List.copyOf(body), Map.copyOf(pending), closed));
      pending = new LinkedHashMap<>();
      i = j;
    }
    return blocks;
  }

  /** Lines strictly between two blocks, for "is this text block right after that one". */
  public static boolean onlyBlankBetween(List<String> lines, Block first, Block second) {
    for (int n = first.endLine() + 1; n < second.line(); n++) {
      if (!lines.get(n - 1).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String unindent(String line, int indent) {
    int cut = 0;
    while (cut < indent && cut < line.length() && line.charAt(cut) == ' ') {
      cut++;
    }
    return line.substring(cut);
  }
}
