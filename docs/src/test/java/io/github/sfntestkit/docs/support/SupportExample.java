package io.github.sfntestkit.docs.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.MockFile;
import io.github.sfntestkit.mock.Mocks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One example of docs/src/test/resources/support/: a definition, an input, optional mocks (in the
 * mock file format) and options, and the expected outcome.
 *
 * <pre>{@code
 * {"title": "...", "definition": {...}, "input": {...},
 *  "mocks": {"mocks": [...]}, "options": {"startTime": "...", "seed": 1, "payloadLimit": 1024},
 *  "expected": {"status": "SUCCEEDED", "output": {...}}   // or "error" and "cause"
 * }</pre>
 */
record SupportExample(String name, JsonNode root) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Comparator<JsonNode> NUMERIC_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  static SupportExample read(Path file) {
    try {
      return new SupportExample(file.getFileName().toString(), JSON.readTree(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(file + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  JsonNode definition() {
    return root.get("definition");
  }

  /** Runs the example; an AssertionError says what differs from "expected". */
  void check() {
    for (String field : List.of("title", "definition", "expected")) {
      if (!root.has(field)) {
        throw new AssertionError(name + ": missing \"" + field + "\"");
      }
    }
    ExecutionResult result = run();
    JsonNode expected = root.get("expected");
    List<String> differences = new ArrayList<>();
    compare(differences, "status", expected.get("status"), JSON.getNodeFactory().textNode(result.status().name()));
    if (expected.has("output")) {
      compare(differences, "output", expected.get("output"), result.output());
    }
    if (expected.has("error")) {
      compare(differences, "error", expected.get("error"), JSON.getNodeFactory().textNode(result.error()));
    }
    if (expected.has("cause")) {
      compare(differences, "cause", expected.get("cause"), JSON.getNodeFactory().textNode(result.cause()));
    }
    if (expected.has("path")) {
      compare(differences, "path", expected.get("path"), JSON.valueToTree(result.path()));
    }
    if (!differences.isEmpty()) {
      throw new AssertionError("docs/src/test/resources/support/" + name + " (" + root.path("title").asText()
          + ") does not run as it says:\n  " + String.join("\n  ", differences));
    }
  }

  ExecutionResult run() {
    StateMachine sm = StateMachine.of(definition());
    Mocks mocks = root.has("mocks") ? MockFile.parse(root.get("mocks").toString(), name + "#mocks") : Mocks.create();
    ExecutionOptions options = ExecutionOptions.defaults().withIntegration(mocks);
    JsonNode o = root.path("options");
    if (o.has("startTime")) {
      options = options.withStartTime(Instant.parse(o.get("startTime").asText()));
    }
    if (o.has("seed")) {
      options = options.withSeed(o.get("seed").asLong());
    }
    if (o.has("payloadLimit")) {
      options = options.withPayloadLimit(o.get("payloadLimit").asInt());
    }
    return sm.execute(root.has("input") ? root.get("input") : JSON.createObjectNode(), options);
  }

  /** Equal as JSON values: numbers by value (1 equals 1.0), so the file's spelling does not matter. */
  private static void compare(List<String> differences, String what, JsonNode expected, JsonNode actual) {
    if (actual == null || !expected.equals(NUMERIC_VALUE, actual)) {
      differences.add(what + ": expected " + expected + " but was " + actual);
    }
  }
}
