package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code Transform.RequestBodyEncoding: URL_ENCODED} of the HTTP Task: a JSON object as an
 * {@code application/x-www-form-urlencoded} body. Nested objects become {@code key[field]}; arrays
 * follow {@code RequestEncodingOptions.ArrayFormat}. Keys and values are percent-encoded, a space
 * as {@code %20}.
 */
final class FormEncoding {
  /** How arrays are written, for {@code {"array": ["a", "b"]}}. */
  enum ArrayFormat {
    /** {@code array[0]=a&array[1]=b}, the default. */
    INDICES,
    /** {@code array=a&array=b}. */
    REPEAT,
    /** {@code array=a,b}. */
    COMMAS,
    /** {@code array[]=a&array[]=b}. */
    BRACKETS;

    static ArrayFormat of(String name) throws InvalidParameters {
      try {
        return valueOf(name);
      } catch (IllegalArgumentException e) {
        throw InvalidParameters.invalidFormat("ArrayFormat");
      }
    }
  }

  private FormEncoding() {}

  static String encode(JsonNode object, ArrayFormat format) {
    List<String> pairs = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      add(pairs, f.getKey(), f.getValue(), format);
    }
    return String.join("&", pairs);
  }

  private static void add(List<String> pairs, String key, JsonNode value, ArrayFormat format) {
    if (value.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        add(pairs, key + "[" + f.getKey() + "]", f.getValue(), format);
      }
    } else if (value.isArray()) {
      addArray(pairs, key, value, format);
    } else {
      pairs.add(pct(key) + "=" + pct(scalar(value)));
    }
  }

  private static void addArray(List<String> pairs, String key, JsonNode array, ArrayFormat format) {
    if (format == ArrayFormat.COMMAS && allScalars(array)) {
      List<String> values = new ArrayList<>();
      array.forEach(v -> values.add(pct(scalar(v))));
      pairs.add(pct(key) + "=" + String.join(",", values));
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      String itemKey;
      switch (format) {
        case REPEAT:
          itemKey = key;
          break;
        case BRACKETS:
          itemKey = key + "[]";
          break;
        default:
          itemKey = key + "[" + i + "]";
      }
      add(pairs, itemKey, array.get(i), format);
    }
  }

  private static boolean allScalars(JsonNode array) {
    for (JsonNode v : array) {
      if (v.isContainerNode()) {
        return false;
      }
    }
    return true;
  }

  private static String scalar(JsonNode value) {
    return value.isNull() ? "" : value.isTextual() ? value.textValue() : value.asText();
  }

  /** Percent-encodes for a query or form component, a space as {@code %20}. */
  static String pct(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
        .replace("%7E", "~");
  }
}
