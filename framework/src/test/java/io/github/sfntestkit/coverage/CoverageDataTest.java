package io.github.sfntestkit.coverage;

import static io.github.sfntestkit.coverage.Workflows.ORDER;
import static io.github.sfntestkit.coverage.Workflows.ORDER_MACHINE;
import static io.github.sfntestkit.coverage.Workflows.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.template.Template;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many machines: recording, lookup, merging, the JSON data file and the data directory. */
class CoverageDataTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SMALL = "{\"StartAt\": \"Only\", \"States\": {\"Only\": {\"Type\": \"Pass\", \"End\": true}}}";

  @TempDir
  Path dir;

  private StateMachine file(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return StateMachine.fromFile(f);
  }

  @Test
  void should_record_executions_by_definition_and_list_machines_by_name() throws Exception {
    // GIVEN
    StateMachine orders = file("orders.asl.json", ORDER);
    StateMachine small = file("a-small.asl.yaml", "StartAt: Only\nStates:\n  Only:\n    Type: Pass\n    End: true\n");
    CoverageData data = CoverageData.empty();
    // WHEN
    data.record(orders, Workflows.charged(orders));
    data.record(small, run(small, "{}"));
    data.record(orders, run(orders, "{\"kind\": \"other\"}"));
    // THEN
    assertThat(data.machines()).extracting(StateMachineCoverage::name).containsExactly("a-small", "orders");
    assertThat(data.machine("orders").executions()).isEqualTo(2);
    assertThat(data.machine("orders").hits("Route")).isEqualTo(2);
    assertThat(data.machine("a-small").states()).hasToString("1/1 (100.0%)");
    assertThat(data.executions()).isEqualTo(3);
    assertThat(data.total(CoverageMetric.STATES)).hasToString("5/10 (50.0%)");
    assertThat(data.isEmpty()).isFalse();
  }

  @Test
  void should_find_a_machine_by_key_or_name_and_return_null_for_neither() {
    // GIVEN
    CoverageData data = CoverageData.empty();
    data.record(ORDER_MACHINE, Workflows.charged(ORDER_MACHINE));
    String key = data.machines().iterator().next().key();
    // THEN
    assertThat(data.machine(key).name()).isEqualTo("state-machine");
    assertThat(data.machine("state-machine").key()).isEqualTo(key);
    assertThat(data.machine("nope")).isNull();
  }

  @Test
  void should_refuse_an_ambiguous_name() {
    // GIVEN: two different definitions, both given as strings
    CoverageData data = CoverageData.empty();
    StateMachine small = StateMachine.fromJson(SMALL);
    data.record(ORDER_MACHINE, Workflows.charged(ORDER_MACHINE));
    data.record(small, run(small, "{}"));
    // WHEN / THEN
    assertThatThrownBy(() -> data.machine("state-machine"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("2 state machines are named \"state-machine\" (different definitions, keys ")
        .hasMessageEndingWith("): ask for one by its key.");
  }

  @Test
  void should_merge_the_same_definition_loaded_twice_into_one_machine() throws Exception {
    // GIVEN: the same definition, from a string and from a file, formatted differently
    StateMachine fromText = StateMachine.fromJson(ORDER);
    StateMachine fromFile = file("order.asl.json", MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(ORDER)));
    CoverageData data = CoverageData.empty();
    // WHEN
    data.record(fromText, Workflows.charged(fromText));
    data.record(fromFile, run(fromFile, "{\"kind\": \"other\"}"));
    // THEN
    assertThat(data.machines()).hasSize(1);
    StateMachineCoverage m = data.machine("order");
    assertThat(m.executions()).isEqualTo(2);
    assertThat(m.source()).isEqualTo(dir.resolve("order.asl.json").toString());
    assertThat(m.choiceBranches()).hasToString("2/3 (66.7%)");
  }

  @Test
  void should_give_the_same_key_to_the_same_definition_however_it_is_written() throws Exception {
    // GIVEN
    JsonNode tree = MAPPER.readTree(ORDER);
    String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    String reordered = "{\"States\": " + tree.get("States") + ", \"StartAt\": \"Route\", \"Comment\": \"every transition kind\"}";
    String yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().writeValueAsString(tree);
    // WHEN
    String key = StateMachineCoverage.of(ORDER_MACHINE).key();
    // THEN
    assertThat(key).matches("[0-9a-f]{16}");
    assertThat(StateMachineCoverage.of(StateMachine.fromJson(pretty)).key()).isEqualTo(key);
    assertThat(StateMachineCoverage.of(StateMachine.fromJson(reordered)).key()).isEqualTo(key);
    assertThat(StateMachineCoverage.of(file("order.asl.yaml", yaml)).key()).isEqualTo(key);
    assertThat(StateMachineCoverage.of(StateMachine.fromJson(ORDER.replace("\"MaxAttempts\": 2", "\"MaxAttempts\": 2.0"))).key())
        .isEqualTo(key);
    assertThat(StateMachineCoverage.of(StateMachine.fromJson(ORDER.replace("\"MaxAttempts\": 2", "\"MaxAttempts\": 4"))).key())
        .isNotEqualTo(key);
  }

  @Test
  void should_give_a_key_that_does_not_depend_on_the_jvm() {
    // GIVEN: the canonical form is fixed text; its SHA-256 is the same in every JVM
    JsonNode definition = StateMachine.fromJson(SMALL).definition();
    // THEN
    assertThat(CoverageKeys.canonical(definition))
        .isEqualTo("{\"StartAt\":\"Only\",\"States\":{\"Only\":{\"End\":true,\"Type\":\"Pass\"}}}");
    // printf '%s' '<that text>' | sha256sum | cut -c1-16
    assertThat(CoverageKeys.key(definition)).isEqualTo("9ac3bfbcddff022b");
    assertThat(StateMachineCoverage.of(StateMachine.fromJson(SMALL)).key()).isEqualTo("9ac3bfbcddff022b");
  }

  @Test
  void should_name_machines_after_their_file_resource_or_template_logical_id() throws Exception {
    // THEN
    assertThat(file("orders.asl.json", SMALL).name()).isEqualTo("orders");
    assertThat(file("Payments.ASL.YAML", "StartAt: A\nStates: {A: {Type: Succeed}}").name()).isEqualTo("Payments");
    assertThat(file("flow.json", SMALL).name()).isEqualTo("flow");
    assertThat(file("plain", SMALL).name()).isEqualTo("plain");
    assertThat(StateMachine.fromResource("malformed/ok-minimal.asl.json").name()).isEqualTo("ok-minimal");
    assertThat(StateMachine.fromResource("malformed/ok-minimal.asl.json").source())
        .isEqualTo("malformed/ok-minimal.asl.json");
    assertThat(StateMachine.fromJson(SMALL).name()).isEqualTo("state-machine");
    assertThat(StateMachine.fromJson(SMALL).source()).isNull();
    assertThat(StateMachine.of(MAPPER.readTree(SMALL)).name()).isEqualTo("state-machine");
    StateMachine report = StateMachine.fromTemplate(Template.loadResource("templates/cfn/report.template.json"),
        "ReportStateMachine");
    assertThat(report.name()).isEqualTo("ReportStateMachine");
    assertThat(report.source()).isEqualTo("templates/cfn/report.template.json");
    StateMachine sam = StateMachine.fromTemplate(Template.loadResource("templates/sam-orders/template.yaml"),
        "OrderStateMachine");
    assertThat(sam.name()).isEqualTo("OrderStateMachine");
    assertThat(sam.source()).endsWith("orders.asl.json").doesNotContain("(OrderStateMachine)");
  }

  @Test
  void should_merge_different_machines_and_the_same_machine_into_new_data() throws Exception {
    // GIVEN
    StateMachine small = file("small.asl.json", SMALL);
    CoverageData first = CoverageData.empty();
    first.record(ORDER_MACHINE, Workflows.charged(ORDER_MACHINE));
    CoverageData second = CoverageData.empty();
    second.record(ORDER_MACHINE, run(ORDER_MACHINE, "{\"kind\": \"other\"}"));
    second.record(small, run(small, "{}"));
    // WHEN
    CoverageData merged = first.merge(second);
    // THEN
    assertThat(merged.machines()).extracting(StateMachineCoverage::name).containsExactly("small", "state-machine");
    StateMachineCoverage order = merged.machine("state-machine");
    assertThat(order.executions()).isEqualTo(2);
    assertThat(order.edgeHits("Route -> Charge [Choices[1]]")).isEqualTo(1);
    assertThat(order.edgeHits("Route -> Reject [Default]")).isEqualTo(1);
    assertThat(first.machines()).hasSize(1);
    assertThat(first.machine("state-machine").executions()).isEqualTo(1);
    merged.record(ORDER_MACHINE, Workflows.charged(ORDER_MACHINE));
    assertThat(second.machine("state-machine").executions()).isEqualTo(1);
  }

  @Test
  void should_read_back_what_it_wrote() throws Exception {
    // GIVEN
    StateMachine orders = file("orders.asl.json", ORDER);
    CoverageData data = CoverageData.empty();
    data.record(orders, run(orders, "{\"kind\": \"charge\"}", m -> m.task("Charge")
        .throwsError("Busy", "b").thenThrows("Declined", "no")));
    data.record(orders, run(orders, "{\"kind\": \"fan\", \"items\": [1, 2]}"));
    Path out = dir.resolve("out/data.sfn-coverage.json");
    // WHEN
    data.write(out);
    CoverageData back = CoverageData.read(out);
    // THEN
    StateMachineCoverage before = data.machine("orders");
    StateMachineCoverage after = back.machine("orders");
    assertThat(after.key()).isEqualTo(before.key());
    assertThat(after.source()).isEqualTo(before.source());
    assertThat(after.executions()).isEqualTo(2);
    assertThat(after.definition()).isEqualTo(before.definition());
    assertThat(after.lines()).isEqualTo(before.lines()).containsEntry("Route", 2);
    for (CoverageGraph.Node n : before.graph().nodes()) {
      assertThat(after.hits(n)).as(n.id()).isEqualTo(before.hits(n));
    }
    for (CoverageGraph.Edge e : before.graph().edges()) {
      assertThat(after.hits(e)).as(e.id()).isEqualTo(before.hits(e));
    }
    assertThat(after.hits("Fan[1]/Each/Item")).isEqualTo(2);
    assertThat(after.edgeHits("Charge [Retry[1]]")).isEqualTo(1);
    assertThat(after.edgeHits("Charge -> Refund [Catch[0]]")).isEqualTo(1);
    assertThat(back.toJson()).isEqualTo(data.toJson());
    assertThat(Files.list(out.getParent())).containsExactly(out);
  }

  @Test
  void should_write_the_documented_layout() throws Exception {
    // GIVEN
    CoverageData data = CoverageData.empty();
    StateMachine small = StateMachine.fromJson(SMALL);
    data.record(small, run(small, "{}"));
    // WHEN
    JsonNode json = MAPPER.readTree(data.toJson());
    // THEN
    JsonNode m = json.get("machines").get(0);
    assertThat(json.get("format").asText()).isEqualTo("sfn-testkit-coverage");
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(m.get("name").asText()).isEqualTo("state-machine");
    assertThat(m.has("source")).isFalse();
    assertThat(m.get("key").asText()).isEqualTo(data.machines().iterator().next().key());
    assertThat(m.get("executions").asLong()).isEqualTo(1);
    assertThat(m.get("states")).isEqualTo(MAPPER.readTree("{\"Only\": 1}"));
    assertThat(m.get("transitions")).isEqualTo(MAPPER.readTree("{}"));
    assertThat(m.get("definition")).isEqualTo(MAPPER.readTree(SMALL));
  }

  @Test
  void should_merge_every_data_file_of_a_directory_written_by_two_forks() throws Exception {
    // GIVEN: two JVM forks, each with its own file; and a file of another kind, ignored
    StateMachine small = file("small.asl.json", SMALL);
    CoverageData fork1 = CoverageData.empty();
    fork1.record(ORDER_MACHINE, Workflows.charged(ORDER_MACHINE));
    fork1.record(small, run(small, "{}"));
    CoverageData fork2 = CoverageData.empty();
    fork2.record(ORDER_MACHINE, run(ORDER_MACHINE, "{\"kind\": \"other\"}"));
    fork2.record(ORDER_MACHINE, run(ORDER_MACHINE, "{\"kind\": \"fan\", \"items\": [1]}"));
    Path data = dir.resolve("sfn-coverage");
    fork1.write(data.resolve("101-aaaa.sfn-coverage.json"));
    fork2.write(data.resolve("202-bbbb.sfn-coverage.json"));
    Files.writeString(data.resolve("notes.json"), "not coverage");
    // WHEN
    CoverageData merged = CoverageData.readDirectory(data);
    // THEN
    assertThat(merged.machines()).extracting(StateMachineCoverage::name).containsExactly("small", "state-machine");
    StateMachineCoverage order = merged.machine("state-machine");
    assertThat(order.executions()).isEqualTo(3);
    assertThat(order.choiceBranches()).hasToString("3/3 (100.0%)");
    assertThat(order.hits("Route")).isEqualTo(3);
    assertThat(merged.machine("small").executions()).isEqualTo(1);
  }

  @Test
  void should_read_an_empty_directory_as_empty_data() throws Exception {
    // WHEN
    CoverageData data = CoverageData.readDirectory(dir);
    // THEN
    assertThat(data.isEmpty()).isTrue();
    assertThat(data.machines()).isEmpty();
    assertThat(data.total(CoverageMetric.STATES)).hasToString("0/0 (100.0%)");
  }

  @Test
  void should_say_when_the_data_directory_does_not_exist() {
    // GIVEN
    Path missing = dir.resolve("missing");
    // WHEN / THEN
    assertThatThrownBy(() -> CoverageData.readDirectory(missing))
        .isInstanceOf(CoverageException.class)
        .hasMessage("Cannot read coverage data: " + missing + " does not exist. It is where the tests wrote their"
            + " coverage (system property sfntestkit.coverage.dir, environment variable SFNTESTKIT_COVERAGE_DIR):"
            + " did any test execute a state machine?");
  }

  @Test
  void should_name_the_corrupt_file_of_a_directory() throws Exception {
    // GIVEN
    CoverageData good = CoverageData.empty();
    good.record(ORDER_MACHINE, Workflows.charged(ORDER_MACHINE));
    good.write(dir.resolve("1-a.sfn-coverage.json"));
    Path bad = dir.resolve("2-b.sfn-coverage.json");
    Files.writeString(bad, "{\"format\": \"sfn-testkit-coverage\", \"version\": 1, \"machines\": [");
    // WHEN / THEN
    assertThatThrownBy(() -> CoverageData.readDirectory(dir))
        .isInstanceOf(CoverageException.class)
        .hasMessageStartingWith("Corrupt coverage data file " + bad + ": not valid JSON at line 1, column ");
  }

  @Test
  void should_say_what_is_wrong_with_a_corrupt_file() throws Exception {
    // GIVEN
    CoverageData good = CoverageData.empty();
    good.record(ORDER_MACHINE, Workflows.charged(ORDER_MACHINE));
    ObjectNode valid = (ObjectNode) MAPPER.readTree(good.toJson());
    // THEN
    assertCorrupt("[]", "expected a JSON object with \"format\": \"sfn-testkit-coverage\".");
    assertCorrupt("", "the file is empty.");
    assertCorrupt("{\"format\": \"jacoco\"}",
        "not sfn-testkit coverage data: expected \"format\": \"sfn-testkit-coverage\", found \"jacoco\".");
    assertCorrupt("{\"format\": \"sfn-testkit-coverage\", \"version\": 2, \"machines\": []}",
        "written by a newer sfn-testkit (data version 2; this one reads version 1). Use the same sfn-testkit"
            + " version to report.");
    assertCorrupt("{\"format\": \"sfn-testkit-coverage\", \"version\": \"1\"}",
        "\"version\" must be a whole number; found \"1\".");
    assertCorrupt("{\"format\": \"sfn-testkit-coverage\", \"version\": 1}", "\"machines\" must be an array.");
    ObjectNode m = (ObjectNode) valid.get("machines").get(0);
    m.with("states").put("Nowhere", 1);
    assertCorrupt(valid.toString(),
        "machines[0] (\"state-machine\"): \"states\" names \"Nowhere\", a state its definition does not have.");
    m.with("states").remove("Nowhere");
    m.with("transitions").put("Route -> Done", 1);
    assertCorrupt(valid.toString(),
        "machines[0] (\"state-machine\"): \"transitions\" names \"Route -> Done\", a transition its definition"
            + " does not have.");
    m.with("transitions").remove("Route -> Done");
    m.with("states").put("Route", -1);
    assertCorrupt(valid.toString(),
        "machines[0] (\"state-machine\"): \"states\" / \"Route\" must be a whole number, 0 or more; found -1.");
    m.with("states").put("Route", 1);
    m.put("executions", "many");
    assertCorrupt(valid.toString(), "machines[0] (\"state-machine\"): \"executions\" must be a whole number, 0 or more.");
    m.put("executions", 1);
    m.remove("definition");
    assertCorrupt(valid.toString(), "machines[0] (\"state-machine\"): \"definition\" must be a state machine"
        + " definition (an object with \"States\").");
    m.remove("name");
    assertCorrupt(valid.toString(), "machines[0]: \"name\" must be a non-empty string.");
  }

  private void assertCorrupt(String text, String detail) throws Exception {
    Path f = dir.resolve("x.sfn-coverage.json");
    Files.writeString(f, text);
    assertThatThrownBy(() -> CoverageData.read(f))
        .isInstanceOf(CoverageException.class)
        .hasMessage("Corrupt coverage data file " + f + ": " + detail);
  }

  @Test
  void should_say_when_a_data_file_does_not_exist() {
    // GIVEN
    Path missing = dir.resolve("nope.sfn-coverage.json");
    // WHEN / THEN
    assertThatThrownBy(() -> CoverageData.read(missing))
        .isInstanceOf(CoverageException.class)
        .hasMessage("Cannot read coverage data " + missing + ": no such file.");
  }

  @Test
  void should_record_safely_from_several_threads() throws Exception {
    // GIVEN
    CoverageData data = CoverageData.empty();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    java.util.List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
    // WHEN: four threads, each with its own compiled copy of the same definition
    for (int t = 0; t < 4; t++) {
      futures.add(pool.submit(() -> {
        StateMachine sm = StateMachine.fromJson(ORDER);
        for (int i = 0; i < 50; i++) {
          data.record(sm, Workflows.charged(sm));
        }
      }));
    }
    for (java.util.concurrent.Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    // THEN
    assertThat(data.machines()).hasSize(1);
    assertThat(data.machine("state-machine").executions()).isEqualTo(200);
    assertThat(data.machine("state-machine").hits("Charge")).isEqualTo(200);
  }
}
