package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP response as both integrations return it: {@code {"Headers": {name: [values]},
 * "ResponseBody": ..., "StatusCode": n, "StatusText": "..."}}. The body is parsed when the
 * response says it is JSON ({@code application/json}, {@code +json}) and parses; otherwise it is
 * the text.
 */
record ResponseMapping(ObjectNode result, String rawBody) {

  static ResponseMapping of(HttpResponse<byte[]> response) {
    String raw = new String(response.body(), StandardCharsets.UTF_8);
    ObjectNode result = Json.object();
    ObjectNode headers = result.putObject("Headers");
    for (Map.Entry<String, List<String>> h : response.headers().map().entrySet()) {
      if (!h.getKey().startsWith(":")) {
        ArrayNode values = headers.putArray(h.getKey());
        h.getValue().forEach(values::add);
      }
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    result.set("ResponseBody", body(raw, contentType));
    result.put("StatusCode", response.statusCode());
    result.put("StatusText", StatusTexts.of(response.statusCode()));
    return new ResponseMapping(result, raw);
  }

  private static JsonNode body(String raw, String contentType) {
    String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if ((media.equals("application/json") || media.endsWith("+json")) && !raw.isBlank()) {
      try {
        return Json.MAPPER.readTree(raw);
      } catch (IOException e) {
        // not JSON after all: keep the text
      }
    }
    return Json.NODES.textNode(raw);
  }
}
