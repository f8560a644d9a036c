package io.github.sfntestkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.mock.Mocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model a scenario file is read into, and running its scenarios. */
class ScenarioFileTest {
  private static final String PASS = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";

  @TempDir Path dir;

  private ScenarioFile parse(String yaml) throws IOException {
    Files.writeString(dir.resolve("pass.asl.json"), PASS);
    return ScenarioFile.parse(yaml, "t.sfn-test.yaml", dir);
  }

  @Test
  void should_read_a_classpath_resource_with_its_names_tags_and_positions() {
    ScenarioFile file = ScenarioFile.loadResource("scenarios/greet.sfn-test.yaml");

    assertThat(file.name()).isEqualTo("Greetings");
    assertThat(file.source()).isEqualTo("scenarios/greet.sfn-test.yaml");
    assertThat(file.scenarios()).extracting(Scenario::name)
        .containsExactly("greets", "greets after a busy retry", "busy for good");
    Scenario greets = file.scenarios().get(0);
    assertThat(greets.tags()).containsExactly("smoke", "fast");
    assertThat(greets.location()).isEqualTo(new Location("/scenarios/0", 9, 5));
    assertThat(greets.disabledReason()).isEmpty();
    assertThat(file.scenarios().get(2).disabledReason()).contains("the retry policy gives up after two retries");
    assertThat(file.scenario("greets")).containsSame(greets);
    assertThat(file.scenario("nope")).isEmpty();
  }

  @Test
  void should_run_a_scenario_with_the_file_options_and_mocks() {
    Scenario greets = ScenarioFile.loadResource("/scenarios/greet.sfn-test.yaml").scenarios().get(0);

    ScenarioRun run = greets.run();

    assertThat(run.result().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.result().output()).isEqualTo(Json.parse(
        "{\"greeting\": \"hello\", \"execution\": \"greet-1\", \"at\": \"2025-06-01T12:00:00.000Z\"}"));
    assertThat(run.options().seed()).isEqualTo(3);
    assertThat(run.options().startTime()).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
    assertThat(run.mocks().calls("Greet")).hasSize(1);
    assertThat(run.scenario()).isSameAs(greets);
  }

  @Test
  void should_let_a_scenario_override_options_key_by_key_and_replace_a_mock_of_the_same_task() {
    Scenario retried = ScenarioFile.loadResource("scenarios/greet.sfn-test.yaml").scenarios().get(1);

    ScenarioRun run = retried.run();

    assertThat(run.options().executionName()).isEqualTo("greet-2");
    assertThat(run.options().seed()).isEqualTo(3);
    assertThat(run.options().type()).isEqualTo(ExecutionOptions.WorkflowType.EXPRESS);
    assertThat(run.result().output().get("greeting").textValue()).isEqualTo("hi");
    assertThat(run.mocks().calls("Greet")).hasSize(2);
  }

  @Test
  void should_give_each_run_fresh_mocks() {
    Scenario greets = ScenarioFile.loadResource("scenarios/greet.sfn-test.yaml").scenarios().get(0);

    Mocks first = greets.run().mocks();
    Mocks second = greets.run().mocks();

    assertThat(first).isNotSameAs(second);
    assertThat(second.calls("Greet")).hasSize(1);
  }

  @Test
  void should_load_the_state_machine_once_per_file() {
    ScenarioFile file = ScenarioFile.loadResource("scenarios/greet.sfn-test.yaml");

    assertThat(file.stateMachine()).isSameAs(file.stateMachine()).isSameAs(file.scenarios().get(0).stateMachine());
  }

  @Test
  void should_read_expectations_with_their_locations() {
    Expectations e = ScenarioFile.loadResource("scenarios/greet.sfn-test.yaml").scenarios().get(1).expectations();

    assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(e.statusGiven()).isFalse();
    assertThat(e.retries()).containsEntry("Greet", 1);
    assertThat(e.outputAt()).containsOnlyKeys("$.execution");
    assertThat(e.location("retries", "Greet")).isEqualTo(new Location("/scenarios/1/expect/retries/Greet", 23, 24));
    assertThat(e.location("status").line()).as("an implied status is located at its block").isEqualTo(23);
  }

  @Test
  void should_default_the_name_input_and_status() throws IOException {
    ScenarioFile file = parse("definition: pass.asl.json\nscenarios:\n  - name: plain\n  - name: failing\n"
        + "    expect: {causeContains: boom}\n");

    assertThat(file.name()).isEqualTo("t.sfn-test.yaml");
    Scenario plain = file.scenarios().get(0);
    assertThat(plain.input()).isEqualTo(Json.object());
    assertThat(plain.expectations().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(plain.expectations().path()).isEmpty();
    assertThat(plain.tags()).isEmpty();
    assertThat(file.scenarios().get(1).expectations().status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(plain.run().result().output()).isEqualTo(Json.object());
  }

  @Test
  void should_take_any_json_value_as_input_and_expected_values() throws IOException {
    ScenarioFile file = parse("definition: pass.asl.json\nscenarios:\n  - name: n\n    input: [1, 2.50, null]\n"
        + "    expect: {output: [1, 2.5, null], path: [], states: {P: {visit: 2, entered: 1}}, duration: PT0S}\n");

    Scenario s = file.scenarios().get(0);
    assertThat(s.input()).isEqualTo(Json.parse("[1, 2.50, null]"));
    assertThat(s.expectations().path()).contains(List.of());
    assertThat(s.expectations().states().get("P").visit()).isEqualTo(2);
    assertThat(s.expectations().states().get("P").entered()).hasValue(1);
    assertThat(s.expectations().duration()).contains(Duration.ZERO);
  }

  @Test
  void should_read_a_json_file_from_disk_relative_to_its_folder() throws IOException {
    Files.writeString(dir.resolve("pass.asl.json"), PASS);
    Path scenarioFile = dir.resolve("p.sfn-test.json");
    Files.writeString(scenarioFile, "{\"definition\": \"pass.asl.json\", \"scenarios\": [{\"name\": \"j\", \"input\": 7}]}");

    ScenarioFile file = ScenarioFile.load(scenarioFile);

    assertThat(file.source()).isEqualTo(scenarioFile.toString());
    assertThat(file.name()).isEqualTo("p.sfn-test.json");
    assertThat(file.scenarios().get(0).run().result().output()).isEqualTo(Json.parse("7"));
  }

  @Test
  void should_load_a_state_machine_of_a_template_with_parameters() throws IOException {
    Files.writeString(dir.resolve("template.yaml"), "Parameters:\n  Greeting: {Type: String}\nResources:\n"
        + "  Flow:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      Definition:\n"
        + "        StartAt: Say\n        States:\n          Say:\n            Type: Pass\n"
        + "            Result: {said: !Ref Greeting}\n            End: true\n");

    ScenarioFile file = ScenarioFile.parse("template: template.yaml\nstateMachine: Flow\n"
        + "templateParameters: {Greeting: hello}\nscenarios:\n  - name: says\n", "t.yaml", dir);

    assertThat(file.scenarios().get(0).run().result().output()).isEqualTo(Json.parse("{\"said\": \"hello\"}"));
  }

  @Test
  void should_report_a_definition_that_cannot_be_loaded_at_the_definition_field_every_time() throws IOException {
    Files.writeString(dir.resolve("bad.asl.json"), "{\"StartAt\": \"X\", \"States\": {}}");
    ScenarioFile file = ScenarioFile.parse("# bad\ndefinition: bad.asl.json\nscenarios: [{name: a}]\n", "t.yaml", dir);

    ScenarioFileException first = catchLoad(file);

    assertThat(first.getMessage()).startsWith("Invalid scenario file (t.yaml): 1 problem\n"
        + "  Scenario file at /definition (line 2, column 13)\n"
        + "    the definition \"bad.asl.json\" cannot be loaded:\n"
        + "    Invalid state machine definition (" + dir.toAbsolutePath().resolve("bad.asl.json") + "): ");
    assertThat(first.getCause()).isNotNull();
    assertThat(catchLoad(file)).isSameAs(first);
    assertThatThrownBy(() -> file.scenarios().get(0).run()).isSameAs(first);
  }

  @Test
  void should_recognise_scenario_file_names() {
    assertThat(ScenarioFile.isScenarioFileName("orders.sfn-test.yaml")).isTrue();
    assertThat(ScenarioFile.isScenarioFileName("ORDERS.SFN-TEST.YML")).isTrue();
    assertThat(ScenarioFile.isScenarioFileName("a/orders.sfn-test.json")).isTrue();
    assertThat(ScenarioFile.isScenarioFileName("orders.yaml")).isFalse();
    assertThat(ScenarioFile.isScenarioFileName("orders.sfn-test.yaml.bak")).isFalse();
  }

  @Test
  void should_describe_itself() {
    ScenarioFile file = ScenarioFile.loadResource("scenarios/greet.sfn-test.yaml");

    assertThat(file).hasToString("ScenarioFile(scenarios/greet.sfn-test.yaml: 3 scenarios)");
    assertThat(file.scenarios().get(0)).hasToString("Scenario(\"greets\" in scenarios/greet.sfn-test.yaml, line 9, column 5)");
  }

  private static ScenarioFileException catchLoad(ScenarioFile file) {
    try {
      file.stateMachine();
    } catch (ScenarioFileException e) {
      return e;
    }
    throw new AssertionError("the state machine loaded");
  }
}
