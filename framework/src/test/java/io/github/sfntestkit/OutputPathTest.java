package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.returning;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.types;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputPathTest {

  private static String pass(String outputPath) {
    return """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"r": 1}, "ResultPath": "$.res",
         "OutputPath": %s, "End": true}}}""".formatted(outputPath);
  }

  @Test
  void should_select_part_of_the_merged_document() {
    // GIVEN
    String definition = pass("\"$.res\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"r\": 1}"));
  }

  @Test
  void should_keep_everything_for_dollar() {
    // GIVEN
    String definition = pass("\"$\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"a\": 1, \"res\": {\"r\": 1}}"));
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
  void should_select_from_the_raw_input_part_of_the_merged_document() {
    // GIVEN
    String definition = pass("\"$.a\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": [1, 2]}");
    // THEN
    assertThat(result.output()).isEqualTo(json("[1, 2]"));
  }

  @Test
  void should_fail_with_an_uncatchable_runtime_error_when_the_path_finds_nothing() {
    // GIVEN
    String definition = """
        {"StartAt": "RaiseRuntime", "States": {
          "RaiseRuntime": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:111111111111:function:f",
            "OutputPath": "$.no.such.result.path",
            "Catch": [{"ErrorEquals": ["States.Runtime"], "Next": "CaughtRuntime"}], "Next": "Final"},
          "CaughtRuntime": {"Type": "Pass", "End": true},
          "Final": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}", returning("{}"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'RaiseRuntime'"
        + " (entered at the event id #2). Invalid path '$.no.such.result.path' : Missing property in path"
        + " $['no']");
    assertThat(result.path()).containsExactly("RaiseRuntime");
    assertThat(types(result)).containsExactly("ExecutionStarted", "TaskStateEntered",
        "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded", "ExecutionFailed");
  }

  @Test
  void should_apply_to_choice_and_wait_states_too() {
    // GIVEN
    String definition = """
        {"StartAt": "W", "States": {
          "W": {"Type": "Wait", "Seconds": 1, "OutputPath": "$.a", "Next": "C"},
          "C": {"Type": "Choice", "OutputPath": "$.b",
                "Choices": [{"Variable": "$.b", "IsPresent": true, "Next": "End"}]},
          "End": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": {\"b\": \"deep\"}}");
    // THEN
    assertThat(result.output()).isEqualTo(json("\"deep\""));
  }
}
