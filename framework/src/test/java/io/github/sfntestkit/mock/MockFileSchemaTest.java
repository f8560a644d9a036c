package io.github.sfntestkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/schemas/mock-file.schema.json and the parser agree: same keys in every object, every example
 * file valid for both, and documents the parser rejects rejected by the schema too. No JSON Schema
 * library is a dependency, so {@link Validator} below checks the keywords the schema uses (and
 * fails on any other, so it cannot skip one silently).
 */
class MockFileSchemaTest {
  private static final Path SCHEMA = Path.of("..", "docs", "schemas", "mock-file.schema.json");

  private static JsonNode schema() throws IOException {
    return Json.MAPPER.readTree(Files.readString(SCHEMA));
  }

  @Test
  void should_be_a_draft_2020_12_schema() throws IOException {
    JsonNode schema = schema();
    assertThat(schema.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("type").textValue()).isEqualTo("object");
  }

  @Test
  void should_allow_exactly_the_keys_the_parser_accepts() throws IOException {
    JsonNode schema = schema();
    JsonNode defs = schema.get("$defs");
    Map<String, JsonNode> objects = Map.of(
        "top level", schema, "mock", defs.get("mock"), "answer", defs.get("answer"), "throws", defs.get("throws"),
        "callback", defs.get("callback"), "injection", defs.get("injection"), "failure", defs.get("failure"));
    Map<String, List<String>> parser = Map.of(
        "top level", MockFileParser.TOP_KEYS, "mock", MockFileParser.MOCK_KEYS, "answer", MockFileParser.ANSWER_KEYS,
        "throws", MockFileParser.THROWS_KEYS, "callback", MockFileParser.CALLBACK_KEYS,
        "injection", MockFileParser.INJECTION_KEYS, "failure", MockFileParser.FAILURE_KEYS);
    for (Map.Entry<String, JsonNode> e : objects.entrySet()) {
      assertThat(names(e.getValue().get("properties"))).as(e.getKey()).isEqualTo(new TreeSet<>(parser.get(e.getKey())));
      assertThat(e.getValue().get("additionalProperties").booleanValue()).as(e.getKey()).isFalse();
    }
  }

  @Test
  void should_accept_every_example_file_as_the_parser_does() throws IOException {
    List<Path> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
    Validator validator = new Validator(schema());
    for (Path file : examples) {
      MockFile.read(file);
      assertThat(validator.errors(read(file))).as(file.toString()).isEmpty();
    }
  }

  @Test
  void should_reject_what_the_parser_rejects() throws IOException {
    Validator validator = new Validator(schema());
    List<String> bad = List.of(
        "{}",
        "{mocks: [{task: A}]}",
        "{mocks: [{returns: 1}]}",
        "{mocks: [{task: A, lambda: b, returns: 1}]}",
        "{mocks: [{task: A, answers: []}]}",
        "{mocks: [{task: A, answers: [{returns: 1}], returns: 2}]}",
        "{mocks: [{task: A, answers: [{returns: 1}], times: 2}]}",
        "{mocks: [{task: A, answers: [{returns: 1, throws: {error: X}}]}]}",
        "{mocks: [{task: A, answers: [{times: 2}]}]}",
        "{mocks: [{task: A, returns: 1, times: 0}]}",
        "{mocks: [{task: A, returns: 1, after: 2s}]}",
        "{mocks: [{task: A, neverAnswers: false}]}",
        "{mocks: [{task: A, throws: {cause: x}}]}",
        "{mocks: [{task: A, throws: Payment.Declined}]}",
        "{mocks: [{task: A, callback: {after: PT1H, returns: 1}, after: PT1S}]}",
        "{mocks: [{task: A, callback: {returns: 1}}]}",
        "{mocks: [{task: '', returns: 1}]}",
        "{mocks: [{task: A, returnPayload: 1}]}",
        "{inject: [{failure: {timeout: true}}]}",
        "{inject: [{into: N, failure: {timeout: true, error: X}}]}",
        "{inject: [{into: N, failure: {throttling: true, cause: x}}]}",
        "{inject: [{into: N, failure: {timeout: false}}]}",
        "{inject: [{into: N, failure: {timeout: true}, onCall: 0}]}",
        "{inject: [{into: N, failure: {timeout: true}, onCall: 1, onCalls: [2]}]}",
        "{inject: [{into: N, failure: {timeout: true}, onCalls: []}]}",
        "{inject: [{into: N, failure: {timeout: true}, onCalls: [x]}]}");
    for (String text : bad) {
      assertThat(validator.errors(new YAMLMapper().readTree(text))).as(text).isNotEmpty();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> MockFile.of(text, "bad.yaml")).as(text)
          .isInstanceOf(MockFileException.class);
    }
  }

  private static List<Path> examples() throws IOException {
    Path dir;
    try {
      dir = Path.of(MockFileSchemaTest.class.getClassLoader().getResource("mocks").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> {
        String n = f.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml") || (n.endsWith(".json") && !n.endsWith(".asl.json")
            && !n.equals("MockConfigFile.json"));
      }).sorted().collect(Collectors.toList());
    }
  }

  private static JsonNode read(Path file) throws IOException {
    ObjectMapper mapper = file.toString().endsWith(".json") ? Json.MAPPER : new YAMLMapper();
    return mapper.readTree(Files.readString(file));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The JSON Schema 2020-12 keywords mock-file.schema.json uses; any other keyword fails. */
  static final class Validator {
    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "title", "description", "$defs", "$ref",
        "type", "properties", "additionalProperties", "required", "items", "minItems", "minimum", "minLength",
        "pattern", "const", "oneOf", "anyOf", "allOf", "not", "if", "then");
    private final JsonNode root;

    Validator(JsonNode root) {
      this.root = root;
      checkKeywords(root, "#");
    }

    List<String> errors(JsonNode doc) {
      List<String> errors = new ArrayList<>();
      validate(root, doc, "", errors);
      return errors;
    }

    private void checkKeywords(JsonNode schema, String at) {
      Iterator<String> names = schema.fieldNames();
      while (names.hasNext()) {
        String k = names.next();
        assertThat(KEYWORDS).as("keyword " + k + " at " + at).contains(k);
        JsonNode v = schema.get(k);
        if (k.equals("properties") || k.equals("$defs")) {
          v.fields().forEachRemaining(e -> checkKeywords(e.getValue(), at + "/" + k + "/" + e.getKey()));
        } else if (k.equals("items") || k.equals("not") || k.equals("if") || k.equals("then")) {
          checkKeywords(v, at + "/" + k);
        } else if (k.endsWith("Of")) {
          for (int i = 0; i < v.size(); i++) {
            checkKeywords(v.get(i), at + "/" + k + "/" + i);
          }
        }
      }
    }

    private void validate(JsonNode s, JsonNode v, String at, List<String> errors) {
      if (s.has("$ref")) {
        String ref = s.get("$ref").textValue();
        validate(root.at(ref.substring(1)), v, at, errors);
      }
      if (s.has("type") && !hasType(v, s.get("type").textValue())) {
        errors.add(at + ": not " + s.get("type").textValue());
        return;
      }
      if (s.has("const") && !s.get("const").equals(v)) {
        errors.add(at + ": not " + s.get("const"));
      }
      if (s.has("minimum") && v.isNumber() && v.decimalValue().compareTo(s.get("minimum").decimalValue()) < 0) {
        errors.add(at + ": below " + s.get("minimum"));
      }
      if (s.has("minLength") && v.isTextual() && v.textValue().length() < s.get("minLength").intValue()) {
        errors.add(at + ": too short");
      }
      if (s.has("pattern") && v.isTextual() && !Pattern.compile(s.get("pattern").textValue()).matcher(v.textValue()).find()) {
        errors.add(at + ": does not match " + s.get("pattern").textValue());
      }
      if (v.isObject()) {
        object(s, v, at, errors);
      }
      if (v.isArray()) {
        if (s.has("minItems") && v.size() < s.get("minItems").intValue()) {
          errors.add(at + ": fewer than " + s.get("minItems") + " items");
        }
        for (int i = 0; s.has("items") && i < v.size(); i++) {
          validate(s.get("items"), v.get(i), at + "/" + i, errors);
        }
      }
      combinators(s, v, at, errors);
    }

    private void object(JsonNode s, JsonNode v, String at, List<String> errors) {
      for (JsonNode r : s.path("required")) {
        if (!v.has(r.textValue())) {
          errors.add(at + ": missing " + r.textValue());
        }
      }
      Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        JsonNode p = s.path("properties").get(f.getKey());
        if (p != null) {
          validate(p, f.getValue(), at + "/" + f.getKey(), errors);
        } else if (s.has("additionalProperties") && !s.get("additionalProperties").booleanValue()) {
          errors.add(at + ": unknown " + f.getKey());
        }
      }
    }

    private void combinators(JsonNode s, JsonNode v, String at, List<String> errors) {
      for (JsonNode sub : s.path("allOf")) {
        validate(sub, v, at, errors);
      }
      if (s.has("anyOf") && count(s.get("anyOf"), v, at) == 0) {
        errors.add(at + ": matches none of anyOf");
      }
      if (s.has("oneOf") && count(s.get("oneOf"), v, at) != 1) {
        errors.add(at + ": matches " + count(s.get("oneOf"), v, at) + " of oneOf");
      }
      if (s.has("not") && valid(s.get("not"), v, at)) {
        errors.add(at + ": matches not");
      }
      if (s.has("if") && valid(s.get("if"), v, at) && s.has("then")) {
        validate(s.get("then"), v, at, errors);
      }
    }

    private int count(JsonNode schemas, JsonNode v, String at) {
      int n = 0;
      for (JsonNode sub : schemas) {
        n += valid(sub, v, at) ? 1 : 0;
      }
      return n;
    }

    private boolean valid(JsonNode s, JsonNode v, String at) {
      List<String> errors = new ArrayList<>();
      validate(s, v, at, errors);
      return errors.isEmpty();
    }

    private static boolean hasType(JsonNode v, String type) {
      switch (type) {
        case "object":
          return v.isObject();
        case "array":
          return v.isArray();
        case "string":
          return v.isTextual();
        case "integer":
          return v.isIntegralNumber() || (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0);
        case "boolean":
          return v.isBoolean();
        default:
          throw new AssertionError("type " + type + " is not supported by this validator");
      }
    }
  }
}
