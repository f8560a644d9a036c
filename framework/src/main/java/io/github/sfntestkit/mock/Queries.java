package io.github.sfntestkit.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Query strings: an endpoint's own query followed by the {@code QueryParameters}, percent-encoded. */
final class Queries {
  private Queries() {}

  static String join(String rawExisting, List<Map.Entry<String, List<String>>> parameters) {
    List<String> parts = new ArrayList<>();
    if (rawExisting != null && !rawExisting.isEmpty()) {
      parts.add(rawExisting);
    }
    for (Map.Entry<String, List<String>> p : parameters) {
      for (String value : p.getValue()) {
        parts.add(FormEncoding.pct(p.getKey()) + "=" + FormEncoding.pct(value));
      }
    }
    return String.join("&", parts);
  }
}
