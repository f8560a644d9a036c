package io.github.sfntestkit.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.internal.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 30 SAM/CloudFormation templates of the shared real-world corpus, read in place (never copied):
 * each state machine they define must load, and yield the same definition as the corpus file the
 * manifest pairs it with (same StartAt, state names and types at every level). Where the corpus put
 * a value in for a placeholder, the test supplies the same value.
 */
class RealWorldTemplatesTest {

  private static final String ACCOUNT = "111111111111";

  static Path corpus() {
    String shared = System.getProperty("sfntestkit.shared");
    Path base = shared != null ? Path.of(shared) : Path.of("../../shared");
    return base.resolve("real-world");
  }

  static JsonNode manifest() throws Exception {
    Path dir = corpus();
    assumeTrue(Files.isRegularFile(dir.resolve("manifest.json")), "no real-world corpus at " + dir);
    return Json.MAPPER.readTree(dir.resolve("manifest.json").toFile());
  }

  @TestFactory
  Stream<DynamicTest> every_template_state_machine_yields_its_corpus_definition() throws Exception {
    JsonNode manifest = manifest();
    Map<String, JsonNode> entries = entriesByFile(manifest);
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode template : manifest.get("templates")) {
      for (JsonNode id : template.get("logicalIds")) {
        String logicalId = id.asText();
        String corpusFile = template.get("corpusFiles").get(logicalId).asText();
        tests.add(
            dynamicTest(
                template.get("template").asText() + " " + logicalId,
                () -> {
                  // GIVEN
                  Template loaded = templateWithCorpusValues(template, entries.get(corpusFile));
                  JsonNode expected = Json.MAPPER.readTree(corpus().resolve(corpusFile).toFile());
                  // WHEN
                  JsonNode actual = loaded.definition(logicalId);
                  // THEN
                  assertThat(shape(actual)).isEqualTo(shape(expected));
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void all_30_templates_load_into_validated_state_machines() throws Exception {
    // GIVEN
    JsonNode manifest = manifest();
    Map<String, JsonNode> entries = entriesByFile(manifest);
    int templates = 0;
    int stateMachines = 0;
    // WHEN
    for (JsonNode template : manifest.get("templates")) {
      for (JsonNode id : template.get("logicalIds")) {
        String corpusFile = template.get("corpusFiles").get(id.asText()).asText();
        Template loaded = templateWithCorpusValues(template, entries.get(corpusFile));
        assertThat(loaded.stateMachines()).contains(id.asText());
        assertThat(StateMachine.fromTemplate(loaded, id.asText())).isNotNull();
        stateMachines++;
      }
      templates++;
    }
    // THEN
    assertThat(templates).isEqualTo(30);
    assertThat(stateMachines).isEqualTo(42);
  }

  /**
   * Values the corpus synthesized differently from the template: both are AWS-shaped, only the
   * name differs. Anything else that differs from the corpus is a loader bug.
   */
  private static final Map<String, String> KNOWN_VALUE_DIFFERENCES =
      Map.of(
          "templates/call-microservice-apigw/template.yml ApiGatewayECSStateMachine",
          "Ref of an HTTP API: the corpus wrote the id a1b2c3d4e5, the loader derives httpapi",
          "templates/word-filtering-script-generator/template.yaml FilteringStateMachine",
          "Ref of a bucket: the loader takes its BucketName (bucket-111111111111-us-east-1-filtering-results),"
              + " the corpus a made-up name");

  @Test
  void every_definition_equals_its_corpus_file_value_for_value() throws Exception {
    // GIVEN the manifest's substitution values and the corpus account
    JsonNode manifest = manifest();
    Map<String, JsonNode> entries = entriesByFile(manifest);
    List<String> different = new ArrayList<>();
    // WHEN
    for (JsonNode template : manifest.get("templates")) {
      for (JsonNode id : template.get("logicalIds")) {
        String logicalId = id.asText();
        String corpusFile = template.get("corpusFiles").get(logicalId).asText();
        JsonNode expected = Json.MAPPER.readTree(corpus().resolve(corpusFile).toFile());
        JsonNode actual = templateWithCorpusValues(template, entries.get(corpusFile)).definition(logicalId);
        if (!actual.equals(expected)) {
          different.add(template.get("template").asText() + " " + logicalId);
        }
      }
    }
    // THEN
    assertThat(different).containsExactlyInAnyOrderElementsOf(KNOWN_VALUE_DIFFERENCES.keySet());
  }

  private static Map<String, JsonNode> entriesByFile(JsonNode manifest) {
    Map<String, JsonNode> entries = new HashMap<>();
    for (JsonNode entry : manifest.get("definitions")) {
      entries.put(entry.get("file").asText(), entry);
    }
    return entries;
  }

  private static Template templateWithCorpusValues(JsonNode template, JsonNode entry) {
    Template loaded =
        Template.load(corpus().resolve(template.get("template").asText()))
            .withParameter("AWS::AccountId", ACCOUNT);
    for (JsonNode substitution : entry.path("substitutions")) {
      JsonNode value = substitution.get("value");
      loaded =
          loaded.withSubstitution(
              substitution.get("name").asText(), value.isTextual() ? value.textValue() : Json.write(value));
    }
    return loaded;
  }

  /** StartAt and every state's name and Type, at every level (branches, Map processors). */
  static List<String> shape(JsonNode definition) {
    List<String> lines = new ArrayList<>();
    shape(definition, "", lines);
    return lines;
  }

  private static void shape(JsonNode machine, String scope, List<String> lines) {
    lines.add(scope + " StartAt=" + machine.path("StartAt").asText());
    for (Iterator<Map.Entry<String, JsonNode>> it = machine.path("States").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> state = it.next();
      String name = scope + "/" + state.getKey();
      lines.add(name + " Type=" + state.getValue().path("Type").asText());
      int i = 0;
      for (JsonNode branch : state.getValue().path("Branches")) {
        shape(branch, name + "/Branches/" + i++, lines);
      }
      for (String processor : List.of("Iterator", "ItemProcessor")) {
        if (state.getValue().has(processor)) {
          shape(state.getValue().get(processor), name + "/" + processor, lines);
        }
      }
    }
  }
}
