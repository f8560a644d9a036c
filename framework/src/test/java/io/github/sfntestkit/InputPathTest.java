package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.types;
import static io.github.sfntestkit.TestRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.TestRuns.Recorder;
import org.junit.jupiter.api.Test;

class InputPathTest {

  private static String pass(String inputPath) {
    return """
        {"StartAt": "pass", "States": {"pass": {"Type": "Pass", "InputPath": %s, "End": true}}}"""
        .formatted(inputPath);
  }

  @Test
  void should_select_part_of_the_input() {
    // GIVEN
    String definition = pass("\"$.order.items[1]\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"order\": {\"items\": [\"a\", {\"b\": 2}]}}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"b\": 2}"));
    assertThat(visit(result, "pass").afterInputPath()).isEqualTo(json("{\"b\": 2}"));
  }

  @Test
  void should_read_a_backslash_in_a_bracketed_name_literally_as_aws_does() {
    // GIVEN the key  Test\""Name"  written as  $['Test\""Name"']  (AWS-recorded: no escape processing)
    String definition = pass("\"$['Test\\\\\\\"\\\"Name\\\"']\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"Test\\\\\\\"\\\"Name\\\"\": \"v\"}");
    // THEN
    assertThat(result.output()).isEqualTo(json("\"v\""));
  }

  @Test
  void should_keep_the_whole_input_for_dollar() {
    // GIVEN
    String definition = pass("\"$\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"a\": 1}"));
  }

  @Test
  void should_give_an_empty_object_for_null() {
    // GIVEN
    String definition = pass("null");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{}"));
  }

  @Test
  void should_give_parameters_an_empty_object_for_null() {
    // GIVEN
    String definition = """
        {"StartAt": "S", "States": {"S": {"Type": "Pass", "InputPath": null,
         "Parameters": {"Arg2": "argument2", "FromInput.$": "$"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"InputValue\": 0}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"Arg2\": \"argument2\", \"FromInput\": {}}"));
  }

  @Test
  void should_gather_the_values_of_an_indefinite_path_into_an_array() {
    // GIVEN
    String definition = pass("\"$.items[*].id\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": [{\"id\": 1}, {\"id\": 2}]}");
    // THEN
    assertThat(result.output()).isEqualTo(json("[1, 2]"));
  }

  @Test
  void should_read_the_context_object_with_a_double_dollar_path() {
    // GIVEN
    String definition = pass("\"$$.Execution.Input.original\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"original\": \"o\"}");
    // THEN
    assertThat(result.output()).isEqualTo(json("\"o\""));
  }

  @Test
  void should_fail_with_a_runtime_error_when_the_path_finds_nothing() {
    // GIVEN
    String definition = pass("\"$.NoSuchInputPath\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"int-literal\": 0}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'pass' (entered at"
        + " the event id #2). Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']");
    assertThat(types(result)).containsExactly("ExecutionStarted", "PassStateEntered", "ExecutionFailed");
  }

  @Test
  void should_filter_the_task_input_but_merge_the_result_into_the_raw_input() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
         "InputPath": "$.payload", "ResultPath": "$.result", "End": true}}}""";
    Recorder mock = Recorder.answering("\"r\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"payload\": {\"p\": 1}, \"meta\": 2}", mock);
    // THEN
    assertThat(mock.only().input()).isEqualTo(json("{\"p\": 1}"));
    assertThat(result.output()).isEqualTo(json("{\"payload\": {\"p\": 1}, \"meta\": 2, \"result\": \"r\"}"));
  }

  @Test
  void should_not_catch_its_runtime_error() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "InputPath": "$.missing",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""";
    Recorder mock = Recorder.answering("{}");
    // WHEN
    ExecutionResult result = run(definition, "{}", mock);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(mock.calls()).isEmpty();
  }
}
