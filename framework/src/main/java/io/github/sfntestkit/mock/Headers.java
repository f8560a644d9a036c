package io.github.sfntestkit.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Request headers of an HTTP or API Gateway Task: case-insensitive names, AWS's refused names checked. */
final class Headers {
  private Headers() {}

  /**
   * The headers, by name (case-insensitive, sorted).
   *
   * @throws InvalidParameters naming every refused header, as {@code The 'Headers' field contains
   *     unsupported values: [authorization, host]}
   */
  static Map<String, List<String>> from(InvokeMapping mapping, List<Map.Entry<String, List<String>>> entries)
      throws InvalidParameters {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    List<String> refused = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : entries) {
      String why = mapping.forbiddenHeader(e.getKey());
      if (why != null) {
        refused.add(why);
      } else if (!e.getKey().equalsIgnoreCase("Content-Length")) {
        headers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
      }
    }
    if (!refused.isEmpty()) {
      throw new InvalidParameters("The 'Headers' field contains unsupported values: " + refused);
    }
    return headers;
  }
}
