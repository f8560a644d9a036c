package io.github.sfntestkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full text of the reports of invalid scenario files: every problem at once, each with the
 * JSON pointer, line and column, what was expected and the closest valid key. (The engine's tests
 * hold the reports of the malformed example files.)
 */
class ScenarioFileErrorTest {
  @TempDir Path dir;

  @BeforeEach
  void definition() throws IOException {
    Files.writeString(dir.resolve("pass.asl.json"), "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");
  }

  private String report(String text) {
    return report(text, text.startsWith("{") ? "t.json" : "t.yaml");
  }

  private String report(String text, String name) {
    return catchThrowableOfType(ScenarioFileException.class, () -> ScenarioFile.parse(text, name, dir)).getMessage();
  }

  @Test
  void should_reject_an_empty_file_and_a_top_level_that_is_not_an_object() {
    assertThat(report("")).isEqualTo("Invalid scenario file (t.yaml): 1 problem\n  Scenario file\n"
        + "    the file is empty: expected an object with \"definition\" (or \"template\") and \"scenarios\".");
    assertThat(report("[1, 2]")).isEqualTo("Invalid scenario file (t.yaml): 1 problem\n  Scenario file (line 1, column 1)\n"
        + "    a scenario file must be an object with \"definition\" (or \"template\") and \"scenarios\"; found array [1,2].");
  }

  @Test
  void should_require_scenarios() {
    assertThat(report("definition: pass.asl.json\n")).isEqualTo("Invalid scenario file (t.yaml): 1 problem\n"
        + "  Scenario file (line 1, column 1)\n"
        + "    the scenario file has no \"scenarios\": add a list of scenarios, such as"
        + " [{\"name\": \"happy path\", \"input\": {}, \"expect\": {\"status\": \"SUCCEEDED\"}}].");
    assertThat(report("definition: pass.asl.json\nscenarios: []\n")).isEqualTo("Invalid scenario file (t.yaml): 1 problem\n"
        + "  Scenario file at /scenarios (line 2, column 12)\n    \"scenarios\" is empty: add at least one scenario.");
  }

  @Test
  void should_require_exactly_one_state_machine() {
    assertThat(report("scenarios: [{name: a}]\n")).isEqualTo("Invalid scenario file (t.yaml): 1 problem\n"
        + "  Scenario file (line 1, column 1)\n"
        + "    the scenario file names no state machine: add \"definition\" with the path of an ASL file (relative to this"
        + " file), or \"template\" and \"stateMachine\".");
    assertThat(report("definition: pass.asl.json\ntemplate: t.yaml\nscenarios: [{name: a}]\n")).isEqualTo(
        "Invalid scenario file (t.yaml): 1 problem\n  Scenario file at /template (line 2, column 1)\n"
            + "    give \"definition\" (an ASL file) or \"template\" (a SAM, CloudFormation or CDK template with"
            + " \"stateMachine\"), not both.");
    assertThat(report("template: pass.asl.json\nscenarios: [{name: a}]\n")).isEqualTo(
        "Invalid scenario file (t.yaml): 1 problem\n  Scenario file at /template (line 1, column 1)\n"
            + "    \"template\" needs \"stateMachine\": the logical id of the state machine resource in the template.");
    assertThat(report("definition: pass.asl.json\nstateMachine: X\nscenarios: [{name: a}]\n")).isEqualTo(
        "Invalid scenario file (t.yaml): 1 problem\n  Scenario file at /stateMachine (line 2, column 1)\n"
            + "    \"stateMachine\" goes with \"template\"; with \"definition\" the file names the state machine itself.");
  }

  @Test
  void should_say_where_misplaced_keys_go() {
    assertThat(report("definition: pass.asl.json\nstatus: SUCCEEDED\nseed: 4\ninput: {}\nscenario: []\n")).isEqualTo(
        "Invalid scenario file (t.yaml): 5 problems\n"
            + "  Scenario file (line 1, column 1)\n"
            + "    the scenario file has no \"scenarios\": add a list of scenarios, such as"
            + " [{\"name\": \"happy path\", \"input\": {}, \"expect\": {\"status\": \"SUCCEEDED\"}}].\n"
            + "  Scenario file at /status (line 2, column 1)\n"
            + "    unknown field \"status\" in the scenario file. \"status\" is an expectation: put it under \"expect\" in an"
            + " entry of \"scenarios\".\n"
            + "  Scenario file at /seed (line 3, column 1)\n"
            + "    unknown field \"seed\" in the scenario file. \"seed\" goes under \"options\".\n"
            + "  Scenario file at /input (line 4, column 1)\n"
            + "    unknown field \"input\" in the scenario file. \"input\" belongs to a scenario: put it in an entry of"
            + " \"scenarios\".\n"
            + "  Scenario file at /scenario (line 5, column 1)\n"
            + "    unknown field \"scenario\" in the scenario file. Did you mean \"scenarios\"?");
    assertThat(report("definition: pass.asl.json\nscenarios:\n  - name: a\n    expectations: {}\n    skip: true\n"
        + "    definition: x\n")).isEqualTo("Invalid scenario file (t.yaml): 3 problems\n"
            + "  Scenario \"a\" at /scenarios/0/expectations (line 4, column 5)\n"
            + "    unknown field \"expectations\" in a scenario. \"expectations\" is spelled \"expect\".\n"
            + "  Scenario \"a\" at /scenarios/0/skip (line 5, column 5)\n"
            + "    unknown field \"skip\" in a scenario. \"skip\" is written \"disabled: <reason>\".\n"
            + "  Scenario \"a\" at /scenarios/0/definition (line 6, column 5)\n"
            + "    unknown field \"definition\" in a scenario. \"definition\" belongs to the top level: one scenario file"
            + " tests one state machine.");
    assertThat(report("definition: pass.asl.json\nscenarios:\n  - name: a\n    expect:\n      states:\n"
        + "        P: {wentTo: Done, visits: 2}\n")).isEqualTo("Invalid scenario file (t.yaml): 2 problems\n"
            + "  Scenario \"a\" at /scenarios/0/expect/states/P/wentTo (line 6, column 13)\n"
            + "    unknown field \"wentTo\" in the expectations of state \"P\". \"wentTo\" is spelled \"next\" here.\n"
            + "  Scenario \"a\" at /scenarios/0/expect/states/P/visits (line 6, column 27)\n"
            + "    unknown field \"visits\" in the expectations of state \"P\". Did you mean \"visit\"?");
  }

  @Test
  void should_locate_an_unknown_key_of_a_json_file_at_its_name() {
    assertThat(report("{\"definition\": \"pass.asl.json\", \"scenarios\": [{\"name\": \"a\", \"expect\": {\"visted\": [\"P\"]}}]}"))
        .isEqualTo("Invalid scenario file (t.json): 1 problem\n"
            + "  Scenario \"a\" at /scenarios/0/expect/visted (line 1, column 72)\n"
            + "    unknown field \"visted\" in \"expect\". Did you mean \"visited\"?");
  }

  @Test
  void should_reject_scenarios_that_are_not_objects_or_have_no_name() {
    assertThat(report("definition: pass.asl.json\nscenarios: [name]\n")).isEqualTo("Invalid scenario file (t.yaml): 1 problem\n"
        + "  Scenario #1 at /scenarios/0 (line 2, column 13)\n"
        + "    \"scenarios[0]\" must be an object such as {\"name\": \"happy path\", \"input\": {}, \"expect\":"
        + " {\"status\": \"SUCCEEDED\"}}; found string \"name\".");
    assertThat(report("definition: pass.asl.json\nscenarios:\n  - input: {}\n")).isEqualTo(
        "Invalid scenario file (t.yaml): 1 problem\n  Scenario #1 at /scenarios/0 (line 3, column 5)\n"
            + "    a scenario needs \"name\": it names the test.");
  }

  @Test
  void should_reject_an_error_or_cause_with_status_succeeded_and_cause_with_cause_contains() {
    assertThat(report("definition: pass.asl.json\nscenarios:\n  - name: a\n"
        + "    expect: {status: SUCCEEDED, error: X, cause: c, causeContains: d}\n")).isEqualTo(
            "Invalid scenario file (t.yaml): 4 problems\n"
                + "  Scenario \"a\" at /scenarios/0/expect/error (line 4, column 33)\n"
                + "    \"error\" cannot be expected with status SUCCEEDED: a succeeded execution has no error or cause.\n"
                + "  Scenario \"a\" at /scenarios/0/expect/cause (line 4, column 43)\n"
                + "    \"cause\" cannot be expected with status SUCCEEDED: a succeeded execution has no error or cause.\n"
                + "  Scenario \"a\" at /scenarios/0/expect/causeContains (line 4, column 53)\n"
                + "    \"causeContains\" cannot be expected with status SUCCEEDED: a succeeded execution has no error or cause.\n"
                + "  Scenario \"a\" at /scenarios/0/expect/causeContains (line 4, column 53)\n"
                + "    give \"cause\" (the whole cause) or \"causeContains\" (a part of it), not both.");
  }

  @Test
  void should_check_the_types_of_per_state_expectations() {
    assertThat(report("definition: pass.asl.json\nscenarios:\n  - name: a\n"
        + "    expect: {callInputs: {P: {a: 1}}, states: [P], calls: {P: -1}}\n")).isEqualTo(
            "Invalid scenario file (t.yaml): 3 problems\n"
                + "  Scenario \"a\" at /scenarios/0/expect/callInputs/P (line 4, column 30)\n"
                + "    \"callInputs\" must be a list with what each call's input contains, in call order, such as"
                + " [{\"amount\": 10}]; found object {\"a\":1}.\n"
                + "  Scenario \"a\" at /scenarios/0/expect/states (line 4, column 47)\n"
                + "    \"states\" must be an object of state names to expectations, such as {\"ChargeCard\": {\"next\":"
                + " \"Done\"}}; found array [\"P\"].\n"
                + "  Scenario \"a\" at /scenarios/0/expect/calls/P (line 4, column 63)\n"
                + "    \"calls\" must be a whole number of calls, 0 or more; found number -1.");
  }

  @Test
  void should_check_reference_paths_and_durations() {
    assertThat(report("definition: pass.asl.json\nscenarios:\n  - name: a\n"
        + "    expect: {outputAt: {\"$.a[x]\": 1, \"$..b\": 2}, maxDuration: -PT1S, duration: 90}\n")).isEqualTo(
            "Invalid scenario file (t.yaml): 4 problems\n"
                + "  Scenario \"a\" at /scenarios/0/expect/outputAt/$.a[x] (line 4, column 25)\n"
                + "    not a reference path: \"$.a[x]\" (at character 4). Use $, .name, ['name'] and [index], such as"
                + " \"$.items[0].sku\".\n"
                + "  Scenario \"a\" at /scenarios/0/expect/outputAt/$..b (line 4, column 38)\n"
                + "    not a reference path: \"$..b\" (at character 2). Use $, .name, ['name'] and [index], such as"
                + " \"$.items[0].sku\".\n"
                + "  Scenario \"a\" at /scenarios/0/expect/maxDuration (line 4, column 63)\n"
                + "    \"maxDuration\" must not be negative; found string \"-PT1S\".\n"
                + "  Scenario \"a\" at /scenarios/0/expect/duration (line 4, column 80)\n"
                + "    \"duration\" must be an ISO-8601 duration such as \"PT2S\" or \"PT1H30M\"; found number 90."
                + " Did you mean \"PT1M30S\"?");
  }

  @Test
  void should_check_options_tags_and_disabled() {
    assertThat(report("definition: pass.asl.json\noptions: {clock: x, express: yes please}\nscenarios:\n  - name: a\n"
        + "    options: []\n    tags: [\"a,b\", \"\", ok]\n    disabled: \"\"\n")).isEqualTo(
            "Invalid scenario file (t.yaml): 6 problems\n"
                + "  Scenario file at /options/clock (line 2, column 11)\n"
                + "    unknown field \"clock\" in \"options\". \"clock\" is spelled \"startTime\".\n"
                + "  Scenario file at /options/express (line 2, column 30)\n"
                + "    \"express\" must be true or false; found string \"yes please\".\n"
                + "  Scenario \"a\" at /scenarios/0/options (line 5, column 14)\n"
                + "    \"options\" must be an object such as {\"startTime\": \"2025-01-01T00:00:00Z\", \"seed\": 7}; found array [].\n"
                + "  Scenario \"a\" at /scenarios/0/tags/0 (line 6, column 12)\n"
                + "    tag \"a,b\" contains ',': JUnit reserves , ( ) & | ! for tag expressions.\n"
                + "  Scenario \"a\" at /scenarios/0/tags/1 (line 6, column 19)\n"
                + "    \"tags[1]\" must be a tag (a non-empty string); found string \"\".\n"
                + "  Scenario \"a\" at /scenarios/0/disabled (line 7, column 15)\n"
                + "    \"disabled\" must be the reason the scenario is skipped (a non-empty string); found string \"\".");
  }

  @Test
  void should_read_mocks_with_the_mock_file_rules_and_locate_their_problems_in_the_scenario_file() {
    assertThat(report("definition: pass.asl.json\nmocks: {task: A}\nscenarios:\n  - name: a\n    inject: [{into: P}]\n"))
        .isEqualTo("Invalid scenario file (t.yaml): 2 problems\n"
            + "  Scenario file at /mocks (line 2, column 8)\n"
            + "    \"mocks\" must be a list of mocks, as in a mock file (docs/mock-files.md); found object {\"task\":\"A\"}.\n"
            + "  Scenario \"a\" › Injection into \"P\" at /scenarios/0/inject/0 (line 5, column 14)\n"
            + "    an injection needs \"failure\": {\"error\": ..., \"cause\": ...}, {\"timeout\": true} or {\"throttling\": true}.");
  }

  @Test
  void should_reject_duplicate_scenario_names_and_duplicate_keys() {
    assertThat(report("definition: pass.asl.json\nscenarios:\n  - name: a\n  - name: a\n")).isEqualTo(
        "Invalid scenario file (t.yaml): 1 problem\n  Scenario \"a\" at /scenarios/1/name (line 4, column 11)\n"
            + "    the name \"a\" is already used by the scenario at /scenarios/0 (line 3, column 5); scenario names must be"
            + " unique in a file.");
    assertThat(report("definition: pass.asl.json\ndefinition: pass.asl.json\nscenarios: [{name: a}]\n")).isEqualTo(
        "Invalid scenario file (t.yaml): 1 problem\n  Scenario file at /definition (line 2, column 11)\n"
            + "    duplicate field \"definition\" in the object at the top level: each field may appear only once in an object.");
  }

  @Test
  void should_suggest_the_closest_file_next_to_a_missing_definition() {
    assertThat(report("definition: ./pas.asl.json\nscenarios: [{name: a}]\n")).isEqualTo(
        "Invalid scenario file (t.yaml): 1 problem\n  Scenario file at /definition (line 1, column 13)\n"
            + "    \"definition\" names no file: \"./pas.asl.json\" (looked for " + dir.toAbsolutePath().resolve("pas.asl.json")
            + "). Did you mean \"./pass.asl.json\"?");
  }

  @Test
  void should_report_files_and_resources_that_cannot_be_read() throws IOException {
    Path bad = dir.resolve("latin1.sfn-test.yaml");
    Files.write(bad, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9});

    assertThat(catchThrowableOfType(ScenarioFileException.class, () -> ScenarioFile.load(dir.resolve("none.sfn-test.yaml")))
        .getMessage()).isEqualTo("Invalid scenario file (" + dir.resolve("none.sfn-test.yaml") + "): 1 problem\n"
            + "  Scenario file\n    cannot read the scenario file: no such file.");
    assertThat(catchThrowableOfType(ScenarioFileException.class, () -> ScenarioFile.load(dir)).getMessage())
        .endsWith("cannot read the scenario file: it is a directory, expected a file.");
    assertThat(catchThrowableOfType(ScenarioFileException.class, () -> ScenarioFile.load(bad)).getMessage())
        .endsWith("cannot read the scenario file: the file is not valid UTF-8 text.");
    assertThat(catchThrowableOfType(ScenarioFileException.class, () -> ScenarioFile.loadResource("no/such.sfn-test.yaml"))
        .getMessage()).isEqualTo("Invalid scenario file (no/such.sfn-test.yaml): 1 problem\n"
            + "  Scenario file\n    cannot read the scenario file: no such classpath resource.");
  }

  @Test
  void should_keep_the_problems_in_document_order() {
    ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class, () -> ScenarioFile.parse(
        "scenarios:\n  - name: b\n    expect: {status: X}\n  - {name: a, expect: {retries: {P: x}}}\n", "t.yaml", dir));

    assertThat(e.source()).isEqualTo("t.yaml");
    assertThat(e.problems()).extracting(ScenarioFileProblem::pointer)
        .containsExactly("", "/scenarios/0/expect/status", "/scenarios/1/expect/retries/P");
    assertThat(e.problems().get(1).where()).isEqualTo("Scenario \"b\" at /scenarios/0/expect/status (line 3, column 22)");
  }
}
