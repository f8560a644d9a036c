package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns CSV text into Map items the way the distributed Map's ItemReader does: one object per row,
 * keyed by the header row or the given headers; values are strings; missing fields become "" and
 * extra fields are dropped; double quotes quote fields.
 */
final class CsvItems {
  private CsvItems() {}

  static ArrayNode parse(String text, List<String> givenHeaders, char delimiter, int maxItems) {
    List<List<String>> rows = rows(text, delimiter);
    List<String> headers = givenHeaders;
    int first = 0;
    if (headers == null) {
      if (rows.isEmpty()) {
        return Json.NODES.arrayNode();
      }
      headers = rows.get(0);
      first = 1;
    }
    Set<String> seen = new HashSet<>();
    for (String h : headers) {
      if (!seen.add(h)) {
        throw new StatesError(ErrorNames.ITEM_READER_FAILED, "CSV headers cannot contain duplicates.");
      }
    }
    ArrayNode items = Json.NODES.arrayNode();
    for (int r = first; r < rows.size(); r++) {
      if (maxItems > 0 && items.size() >= maxItems) {
        break;
      }
      List<String> row = rows.get(r);
      ObjectNode item = Json.object();
      for (int c = 0; c < headers.size(); c++) {
        item.put(headers.get(c), c < row.size() ? row.get(c) : "");
      }
      items.add(item);
    }
    return items;
  }

  /** Splits into rows of fields; a final empty line is not a row. */
  static List<List<String>> rows(String text, char delimiter) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(ch);
        }
        continue;
      }
      if (ch == '"' && field.length() == 0) {
        quoted = true;
        any = true;
      } else if (ch == delimiter) {
        row.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        rows.add(row);
        row = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(ch);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
