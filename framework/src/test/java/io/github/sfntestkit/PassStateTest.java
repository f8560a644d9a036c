package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.types;
import static io.github.sfntestkit.TestRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassStateTest {

  @Test
  void should_pass_its_input_through_when_it_has_no_data_flow_fields() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1, \"b\": [true, null]}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("{\"a\": 1, \"b\": [true, null]}"));
  }

  @Test
  void should_output_its_result_instead_of_its_input() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"x": "y"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"x\": \"y\"}"));
  }

  @Test
  void should_accept_a_result_that_is_not_an_object() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "text", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("\"text\""));
  }

  @Test
  void should_place_its_result_at_the_result_path() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": [1, 2], "ResultPath": "$.r",
         "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"a\": 1, \"r\": [1, 2]}"));
  }

  @Test
  void should_build_its_output_from_parameters() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass",
         "Parameters": {"fixed": "v", "copied.$": "$.a"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 7}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"fixed\": \"v\", \"copied\": 7}"));
  }

  @Test
  void should_chain_to_its_next_state_with_its_output_as_input() {
    // GIVEN
    String definition = """
        {"StartAt": "First", "States": {
          "First": {"Type": "Pass", "Result": 1, "ResultPath": "$.first", "Next": "Second"},
          "Second": {"Type": "Pass", "Result": 2, "ResultPath": "$.second", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.path()).containsExactly("First", "Second");
    assertThat(visit(result, "First").next()).isEqualTo("Second");
    assertThat(visit(result, "Second").input()).isEqualTo(json("{\"first\": 1}"));
    assertThat(result.output()).isEqualTo(json("{\"first\": 1, \"second\": 2}"));
  }

  @Test
  void should_record_every_data_flow_step_in_its_visit() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": "$.in",
         "Parameters": {"v.$": "$.v"}, "ResultPath": "$.out", "OutputPath": "$.out", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"in\": {\"v\": 3}}");
    // THEN
    StateVisit p = visit(result, "P");
    assertThat(p.type()).isEqualTo("Pass");
    assertThat(p.input()).isEqualTo(json("{\"in\": {\"v\": 3}}"));
    assertThat(p.afterInputPath()).isEqualTo(json("{\"v\": 3}"));
    assertThat(p.afterParameters()).isEqualTo(json("{\"v\": 3}"));
    assertThat(p.result()).isEqualTo(json("{\"v\": 3}"));
    assertThat(p.afterResultPath()).isEqualTo(json("{\"in\": {\"v\": 3}, \"out\": {\"v\": 3}}"));
    assertThat(p.output()).isEqualTo(json("{\"v\": 3}"));
    assertThat(p.next()).isNull();
  }

  @Test
  void should_emit_entered_and_exited_events() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(types(result))
        .containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
  }

  @Test
  void should_fail_with_a_runtime_error_when_a_parameter_path_finds_nothing() {
    // GIVEN
    String definition = """
        {"StartAt": "pass", "States": {"pass": {"Type": "Pass",
         "Parameters": {"value.$": "$.no_such_jsonpath"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause())
        .isEqualTo("An error occurred while executing the state 'pass' (entered at the event id #2)."
            + " The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found"
            + " in the input '{\"a\":1}'");
  }
}
