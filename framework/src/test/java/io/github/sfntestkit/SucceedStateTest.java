package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.types;
import static io.github.sfntestkit.TestRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SucceedStateTest {

  @Test
  void should_end_the_execution_successfully_with_its_input() {
    // GIVEN
    String definition = """
        {"StartAt": "S", "States": {"S": {"Type": "Succeed"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("{\"a\": 1}"));
    assertThat(visit(result, "S").next()).isNull();
  }

  @Test
  void should_apply_input_path_and_output_path() {
    // GIVEN
    String definition = """
        {"StartAt": "S", "States": {"S": {"Type": "Succeed", "InputPath": "$.a", "OutputPath": "$.b"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": {\"b\": {\"c\": 2}}, \"x\": 0}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"c\": 2}"));
  }

  @Test
  void should_end_the_execution_before_any_later_state() {
    // GIVEN
    String definition = """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "BooleanEquals": true, "Next": "S"}],
                "Default": "More"},
          "S": {"Type": "Succeed"},
          "More": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"stop\": true}");
    // THEN
    assertThat(result.path()).containsExactly("C", "S");
  }

  @Test
  void should_end_only_its_branch_inside_a_parallel_state() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "Next": "After", "Branches": [
            {"StartAt": "S", "States": {"S": {"Type": "Succeed"}}},
            {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": "b", "End": true}}}]},
          "After": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"in\": 1}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).endsWith("After");
    assertThat(result.output()).isEqualTo(json("[{\"in\": 1}, \"b\"]"));
  }

  @Test
  void should_emit_entered_and_exited_events() {
    // GIVEN
    String definition = """
        {"StartAt": "S", "States": {"S": {"Type": "Succeed"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(types(result)).containsExactly(
        "ExecutionStarted", "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded");
  }
}
