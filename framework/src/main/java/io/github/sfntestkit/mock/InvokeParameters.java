package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the fields of an HTTP or API Gateway Task's effective parameters, failing as AWS does. */
final class InvokeParameters {
  static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

  private final JsonNode params;

  InvokeParameters(JsonNode params) throws InvalidParameters {
    if (params == null || !params.isObject()) {
      throw new InvalidParameters("The Parameters must be a JSON object");
    }
    this.params = params;
  }

  /** A required string field. */
  String text(String field) throws InvalidParameters {
    JsonNode v = params.get(field);
    if (v == null || v.isNull()) {
      throw InvalidParameters.missing(field);
    }
    if (!v.isTextual()) {
      throw InvalidParameters.invalidFormat(field);
    }
    return v.textValue();
  }

  /** An optional string field, or null. */
  String optionalText(String field) throws InvalidParameters {
    JsonNode v = params.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw InvalidParameters.invalidFormat(field);
    }
    return v.textValue();
  }

  /** {@code Method}, one of GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS. */
  String method() throws InvalidParameters {
    String m = text("Method");
    if (!METHODS.contains(m)) {
      throw InvalidParameters.invalidFormat("Method");
    }
    return m;
  }

  /** An optional field as is (null when absent or JSON null). */
  JsonNode node(String field) {
    JsonNode v = params.get(field);
    return v == null || v.isNull() ? null : v;
  }

  /**
   * An optional object whose values are scalars (if {@code scalars}) or arrays of scalars (if {@code arrays}),
   * as name to values; empty when absent.
   */
  List<Map.Entry<String, List<String>>> multiMap(String field, boolean scalars, boolean arrays)
      throws InvalidParameters {
    List<Map.Entry<String, List<String>>> out = new ArrayList<>();
    JsonNode v = node(field);
    if (v == null) {
      return out;
    }
    if (!v.isObject()) {
      throw InvalidParameters.invalidFormat(field);
    }
    Iterator<Map.Entry<String, JsonNode>> it = v.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.add(Map.entry(e.getKey(), values(field, e.getValue(), scalars, arrays)));
    }
    return out;
  }

  private static List<String> values(String field, JsonNode v, boolean scalars, boolean arrays)
      throws InvalidParameters {
    List<String> out = new ArrayList<>();
    if (v.isArray() && arrays) {
      for (JsonNode item : v) {
        if (item.isContainerNode() || item.isNull()) {
          throw InvalidParameters.invalidFormat(field);
        }
        out.add(item.asText());
      }
      return out;
    }
    if (scalars && v.isValueNode() && !v.isNull()) {
      out.add(v.asText());
      return out;
    }
    throw InvalidParameters.invalidFormat(field);
  }
}
