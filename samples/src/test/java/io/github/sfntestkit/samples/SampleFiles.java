package io.github.sfntestkit.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the samples' files. Tests run in the {@code samples/} module directory, so every path is
 * relative to it: {@code saga/saga.asl.json}.
 */
public final class SampleFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SampleFiles() {}

  /** The text of a sample file, e.g. {@code text("order-processing/input.json")}. */
  public static String text(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the sample file " + Path.of(path).toAbsolutePath(), e);
    }
  }

  /** A sample file parsed as JSON. */
  public static JsonNode jsonFile(String path) {
    return json(text(path));
  }

  /**
   * An ASL file whose {@code ${Name}} placeholders are replaced with the given values, as
   * CloudFormation does with a state machine's {@code DefinitionSubstitutions}. Every placeholder
   * must have a value: a forgotten one is reported instead of being compared as text.
   */
  public static JsonNode substituted(String path, Map<String, String> values) {
    String text = text(path);
    for (Map.Entry<String, String> value : values.entrySet()) {
      String placeholder = "${" + value.getKey() + "}";
      if (!text.contains(placeholder)) {
        throw new IllegalArgumentException(path + " has no placeholder " + placeholder);
      }
      text = text.replace(placeholder, value.getValue());
    }
    int left = text.indexOf("${");
    if (left >= 0) {
      throw new IllegalArgumentException(path + " still has a placeholder after substitution: "
          + text.substring(left, Math.min(text.length(), text.indexOf('}', left) + 1)));
    }
    return json(text);
  }

  /** JSON text as a Jackson tree. */
  public static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
