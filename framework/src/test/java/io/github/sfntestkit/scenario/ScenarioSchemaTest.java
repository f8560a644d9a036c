package io.github.sfntestkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/schemas/scenario.schema.json and the parser agree: the same keys in every object, every
 * example scenario file of the project valid for both, and documents the parser rejects rejected
 * by the schema too. No JSON Schema library is a dependency, so {@link Validator} checks the
 * keywords the schemas use (and fails on any other, so it cannot skip one silently), following
 * references into mock-file.schema.json.
 */
class ScenarioSchemaTest {
  private static final Path SCHEMAS = Path.of("..", "docs", "schemas");

  @TempDir Path dir;

  private static JsonNode schema(String name) throws IOException {
    return Json.MAPPER.readTree(Files.readString(SCHEMAS.resolve(name)));
  }

  @Test
  void should_be_a_draft_2020_12_schema_for_an_object() throws IOException {
    JsonNode schema = schema("scenario.schema.json");
    assertThat(schema.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("type").textValue()).isEqualTo("object");
  }

  @Test
  void should_allow_exactly_the_keys_the_parser_accepts() throws IOException {
    JsonNode schema = schema("scenario.schema.json");
    JsonNode defs = schema.get("$defs");
    Map<JsonNode, List<String>> objects = Map.of(
        schema, ScenarioFileParser.TOP_KEYS,
        defs.get("scenario"), ScenarioFileParser.SCENARIO_KEYS,
        defs.get("options"), RunOptions.KEYS,
        defs.get("expect"), Expectations.KEYS,
        defs.get("state"), Expectations.STATE_KEYS);
    for (Map.Entry<JsonNode, List<String>> e : objects.entrySet()) {
      assertThat(names(e.getKey().get("properties"))).isEqualTo(new TreeSet<>(e.getValue()));
      assertThat(e.getKey().get("additionalProperties").booleanValue()).isFalse();
    }
    assertThat(defs.at("/expect/properties/status/enum")).extracting(JsonNode::textValue)
        .containsExactlyElementsOf(ExpectParser.STATUSES);
  }

  @Test
  void should_accept_every_example_scenario_file_as_the_parser_does() throws IOException {
    List<Path> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
    Validator validator = new Validator("scenario.schema.json");
    for (Path file : examples) {
      ScenarioFile.load(file);
      assertThat(validator.errors(read(file))).as(file.toString()).isEmpty();
    }
  }

  @Test
  void should_reject_what_the_parser_rejects() throws IOException {
    Files.writeString(dir.resolve("p.asl.json"), "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");
    Validator validator = new Validator("scenario.schema.json");
    List<String> bad = List.of(
        "{definition: p.asl.json}",
        "{definition: p.asl.json, scenarios: []}",
        "{scenarios: [{name: a}]}",
        "{definition: p.asl.json, template: t.yaml, stateMachine: X, scenarios: [{name: a}]}",
        "{definition: p.asl.json, stateMachine: X, scenarios: [{name: a}]}",
        "{template: p.asl.json, scenarios: [{name: a}]}",
        "{definition: p.asl.json, seed: 1, scenarios: [{name: a}]}",
        "{definition: p.asl.json, options: {seed: x}, scenarios: [{name: a}]}",
        "{definition: p.asl.json, options: {startTime: yesterday}, scenarios: [{name: a}]}",
        "{definition: p.asl.json, options: {express: 1}, scenarios: [{name: a}]}",
        "{definition: p.asl.json, mocks: [{task: A}], scenarios: [{name: a}]}",
        "{definition: p.asl.json, scenarios: [{input: 1}]}",
        "{definition: p.asl.json, scenarios: [{name: ''}]}",
        "{definition: p.asl.json, scenarios: [{name: a, tags: ['a b']}]}",
        "{definition: p.asl.json, scenarios: [{name: a, disabled: true}]}",
        "{definition: p.asl.json, scenarios: [{name: a, status: FAILED}]}",
        "{definition: p.asl.json, scenarios: [{name: a, mocks: [{task: A, returns: 1, times: 0}]}]}",
        "{definition: p.asl.json, scenarios: [{name: a, inject: [{into: A}]}]}",
        "{definition: p.asl.json, scenarios: [{name: a, expect: {status: DONE}}]}",
        "{definition: p.asl.json, scenarios: [{name: a, expect: {status: SUCCEEDED, error: X}}]}",
        "{definition: p.asl.json, scenarios: [{name: a, expect: {cause: x, causeContains: y}}]}",
        "{definition: p.asl.json, scenarios: [{name: a, expect: {outputAt: {a: 1}}}]}",
        "{definition: p.asl.json, scenarios: [{name: a, expect: {path: P}}]}",
        "{definition: p.asl.json, scenarios: [{name: a, expect: {retries: {P: -1}}}]}",
        "{definition: p.asl.json, scenarios: [{name: a, expect: {calls: {P: x}}}]}",
        "{definition: p.asl.json, scenarios: [{name: a, expect: {callInputs: {P: {}}}}]}",
        "{definition: p.asl.json, scenarios: [{name: a, expect: {states: {P: {visit: 0}}}}]}",
        "{definition: p.asl.json, scenarios: [{name: a, expect: {states: {P: {wentTo: Q}}}}]}",
        "{definition: p.asl.json, scenarios: [{name: a, expect: {maxDuration: 2s}}]}",
        "{definition: p.asl.json, scenarios: [{name: a, expect: {staus: FAILED}}]}");
    for (String text : bad) {
      assertThat(validator.errors(new YAMLMapper().readTree(text))).as(text).isNotEmpty();
      assertThatThrownBy(() -> ScenarioFile.parse(text, "bad.yaml", dir)).as(text).isInstanceOf(ScenarioFileException.class);
    }
  }

  /** Scenario files of the framework's and the extension's tests (not the broken ones) and of the samples. */
  private static List<Path> examples() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : List.of(Path.of("src", "test", "resources"), Path.of("..", "extension", "src", "test", "resources"),
        Path.of("..", "samples"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        out.addAll(files.filter(f -> ScenarioFile.isScenarioFileName(f.getFileName().toString()))
            .filter(f -> !f.toString().contains("target")).sorted().collect(Collectors.toList()));
      }
    }
    return out;
  }

  private static JsonNode read(Path file) throws IOException {
    return file.toString().endsWith(".json") ? Json.MAPPER.readTree(Files.readString(file))
        : new YAMLMapper().readTree(Files.readString(file));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The JSON Schema 2020-12 keywords the scenario and mock-file schemas use; any other keyword fails. */
  static final class Validator {
    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "title", "description", "$defs", "$ref",
        "type", "properties", "additionalProperties", "required", "items", "minItems", "minimum", "minLength",
        "pattern", "const", "enum", "propertyNames", "oneOf", "anyOf", "allOf", "not", "if", "then");
    private final Map<String, JsonNode> documents = new HashMap<>();
    private final String main;

    Validator(String main) throws IOException {
      this.main = main;
      load(main);
    }

    private JsonNode load(String name) throws IOException {
      if (!documents.containsKey(name)) {
        JsonNode doc = schema(name);
        documents.put(name, doc);
        checkKeywords(doc, name + "#");
      }
      return documents.get(name);
    }

    List<String> errors(JsonNode doc) {
      List<String> errors = new ArrayList<>();
      validate(main, documents.get(main), doc, "", errors);
      return errors;
    }

    private void checkKeywords(JsonNode schema, String at) {
      Iterator<String> names = schema.fieldNames();
      while (names.hasNext()) {
        String k = names.next();
        assertThat(KEYWORDS).as("keyword " + k + " at " + at).contains(k);
        JsonNode v = schema.get(k);
        if (k.equals("properties") || k.equals("$defs")) {
          v.properties().forEach(e -> checkKeywords(e.getValue(), at + "/" + k + "/" + e.getKey()));
        } else if (k.equals("items") || k.equals("not") || k.equals("if") || k.equals("then") || k.equals("propertyNames")
            || (k.equals("additionalProperties") && v.isObject())) {
          checkKeywords(v, at + "/" + k);
        } else if (k.endsWith("Of")) {
          for (int i = 0; i < v.size(); i++) {
            checkKeywords(v.get(i), at + "/" + k + "/" + i);
          }
        }
      }
    }

    /** {@code doc} is the schema document {@code s} belongs to, for its local references. */
    private void validate(String doc, JsonNode s, JsonNode v, String at, List<String> errors) {
      if (s.has("$ref")) {
        String ref = s.get("$ref").textValue();
        int hash = ref.indexOf('#');
        String target = hash == 0 ? doc : ref.substring(0, hash);
        try {
          validate(target, load(target).at(ref.substring(hash + 1)), v, at, errors);
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      }
      if (s.has("type") && !hasType(v, s.get("type"))) {
        errors.add(at + ": not " + s.get("type"));
        return;
      }
      if (s.has("const") && !s.get("const").equals(v)) {
        errors.add(at + ": not " + s.get("const"));
      }
      if (s.has("enum") && !contains(s.get("enum"), v)) {
        errors.add(at + ": not one of " + s.get("enum"));
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
        object(doc, s, v, at, errors);
      }
      if (v.isArray()) {
        if (s.has("minItems") && v.size() < s.get("minItems").intValue()) {
          errors.add(at + ": fewer than " + s.get("minItems") + " items");
        }
        for (int i = 0; s.has("items") && i < v.size(); i++) {
          validate(doc, s.get("items"), v.get(i), at + "/" + i, errors);
        }
      }
      combinators(doc, s, v, at, errors);
    }

    private void object(String doc, JsonNode s, JsonNode v, String at, List<String> errors) {
      for (JsonNode r : s.path("required")) {
        if (!v.has(r.textValue())) {
          errors.add(at + ": missing " + r.textValue());
        }
      }
      for (Map.Entry<String, JsonNode> f : v.properties()) {
        if (s.has("propertyNames")) {
          validate(doc, s.get("propertyNames"), Json.NODES.textNode(f.getKey()), at + "/" + f.getKey() + " (name)", errors);
        }
        JsonNode p = s.path("properties").get(f.getKey());
        JsonNode additional = s.get("additionalProperties");
        if (p != null) {
          validate(doc, p, f.getValue(), at + "/" + f.getKey(), errors);
        } else if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
          errors.add(at + ": unknown " + f.getKey());
        } else if (additional != null && additional.isObject()) {
          validate(doc, additional, f.getValue(), at + "/" + f.getKey(), errors);
        }
      }
    }

    private void combinators(String doc, JsonNode s, JsonNode v, String at, List<String> errors) {
      for (JsonNode sub : s.path("allOf")) {
        validate(doc, sub, v, at, errors);
      }
      if (s.has("anyOf") && count(doc, s.get("anyOf"), v, at) == 0) {
        errors.add(at + ": matches none of anyOf");
      }
      if (s.has("oneOf") && count(doc, s.get("oneOf"), v, at) != 1) {
        errors.add(at + ": matches " + count(doc, s.get("oneOf"), v, at) + " of oneOf");
      }
      if (s.has("not") && valid(doc, s.get("not"), v, at)) {
        errors.add(at + ": matches not");
      }
      if (s.has("if") && valid(doc, s.get("if"), v, at) && s.has("then")) {
        validate(doc, s.get("then"), v, at, errors);
      }
    }

    private int count(String doc, JsonNode schemas, JsonNode v, String at) {
      int n = 0;
      for (JsonNode sub : schemas) {
        n += valid(doc, sub, v, at) ? 1 : 0;
      }
      return n;
    }

    private boolean valid(String doc, JsonNode s, JsonNode v, String at) {
      List<String> errors = new ArrayList<>();
      validate(doc, s, v, at, errors);
      return errors.isEmpty();
    }

    private static boolean contains(JsonNode values, JsonNode v) {
      for (JsonNode e : values) {
        if (e.equals(v)) {
          return true;
        }
      }
      return false;
    }

    private static boolean hasType(JsonNode v, JsonNode type) {
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (hasType(v, t)) {
            return true;
          }
        }
        return false;
      }
      switch (type.textValue()) {
        case "object":
          return v.isObject();
        case "array":
          return v.isArray();
        case "string":
          return v.isTextual();
        case "number":
          return v.isNumber();
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
