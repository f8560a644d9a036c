package io.github.sfntestkit.docs.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of docs/asl-support.md introduced by {@code <!-- support-table: KEY -->}: its header and
 * rows, each row's feature names (the {@code `code`} spans of its first cell), status and links.
 */
record SupportTable(String key, int line, List<String> header, List<Row> rows) {
  private static final Pattern MARKER = Pattern.compile("^<!--\\s*support-table:\\s*([\\w:.-]+)\\s*-->$");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  /** One row; {@code line} is 1-based in the page. */
  record Row(int line, List<String> cells, List<String> features) {
    String cell(List<String> header, String column) {
      int i = header.indexOf(column);
      return i < 0 || i >= cells.size() ? null : cells.get(i);
    }

    List<String> links(List<String> header, String column) {
      List<String> out = new ArrayList<>();
      String cell = cell(header, column);
      if (cell != null) {
        Matcher m = LINK.matcher(cell);
        while (m.find()) {
          out.add(m.group(1));
        }
      }
      return out;
    }
  }

  static List<SupportTable> read(List<String> lines) {
    List<SupportTable> tables = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i).trim());
      if (!m.matches()) {
        continue;
      }
      int j = i + 1;
      while (j < lines.size() && lines.get(j).isBlank()) {
        j++;
      }
      if (j + 1 >= lines.size() || !lines.get(j).trim().startsWith("|")) {
        throw new AssertionError("docs/asl-support.md:" + (i + 1) + ": <!-- support-table: " + m.group(1)
            + " --> is not followed by a table");
      }
      List<String> header = cells(lines.get(j));
      List<Row> rows = new ArrayList<>();
      for (j += 2; j < lines.size() && lines.get(j).trim().startsWith("|"); j++) {
        List<String> cells = cells(lines.get(j));
        List<String> features = new ArrayList<>();
        Matcher code = CODE.matcher(cells.get(0));
        while (code.find()) {
          features.add(code.group(1));
        }
        rows.add(new Row(j + 1, cells, features));
      }
      tables.add(new SupportTable(m.group(1), i + 1, header, rows));
    }
    return tables;
  }

  /** The cells of a table line, trimmed; {@code \|} stays in its cell. */
  static List<String> cells(String line) {
    String s = line.trim();
    s = s.substring(1, s.endsWith("|") && s.length() > 1 ? s.length() - 1 : s.length());
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        out.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString().trim());
    return out;
  }
}
