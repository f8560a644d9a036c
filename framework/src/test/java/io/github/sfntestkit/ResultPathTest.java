package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.returning;
import static io.github.sfntestkit.TestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultPathTest {

  private static String pass(String resultPath) {
    return """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"greeting": "Hi!"},
         %s "End": true}}}""".formatted(resultPath);
  }

  @Test
  void should_replace_the_input_with_the_result_when_absent() {
    // GIVEN
    String definition = pass("");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"greeting\": \"Hi!\"}"));
  }

  @Test
  void should_replace_the_input_with_the_result_for_dollar() {
    // GIVEN
    String definition = pass("\"ResultPath\": \"$\",");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"greeting\": \"Hi!\"}"));
  }

  @Test
  void should_discard_the_result_and_keep_the_input_for_null() {
    // GIVEN
    String definition = pass("\"ResultPath\": null,");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"a\": 1}"));
  }

  @Test
  void should_keep_the_raw_input_of_a_task_for_null() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
         "InputPath": "$.x", "ResultPath": null, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"x\": {\"y\": 1}, \"z\": 2}", returning("\"ignored\""));
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"x\": {\"y\": 1}, \"z\": 2}"));
  }

  @Test
  void should_create_the_intervening_objects() {
    // GIVEN
    String definition = pass("\"ResultPath\": \"$.b.greeting\",");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"a\": 1, \"b\": {\"greeting\": {\"greeting\": \"Hi!\"}}}"));
  }

  @Test
  void should_overwrite_an_existing_field_and_keep_its_siblings() {
    // GIVEN
    String definition = pass("\"ResultPath\": \"$.a.target\",");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": {\"target\": \"old\", \"sibling\": 1}, \"b\": 2}");
    // THEN
    assertThat(result.output())
        .isEqualTo(json("{\"a\": {\"target\": {\"greeting\": \"Hi!\"}, \"sibling\": 1}, \"b\": 2}"));
  }

  @Test
  void should_not_change_the_input_it_was_given() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": 1, "ResultPath": "$.a.b", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": {\"c\": 0}}");
    // THEN
    assertThat(TestRuns.visit(result, "P").input()).isEqualTo(json("{\"a\": {\"c\": 0}}"));
    assertThat(result.history().events().get(0).details().get("input")).isEqualTo(json("{\"a\": {\"c\": 0}}"));
  }

  @Test
  void should_fail_with_result_path_match_failure_when_the_input_is_not_an_object() {
    // GIVEN
    String definition = pass("\"ResultPath\": \"$.x\",");
    // WHEN
    ExecutionResult result = run(definition, "\"foo\"");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.ResultPathMatchFailure");
    assertThat(result.cause()).contains("$.x");
  }

  @Test
  void should_let_a_catcher_handle_result_path_match_failure() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": "$.x.y",
                "Catch": [{"ErrorEquals": ["States.ResultPathMatchFailure"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"x\": [1]}", returning("{}"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).containsExactly("T", "Caught");
    assertThat(result.output().path("Error").asText()).isEqualTo("States.ResultPathMatchFailure");
  }

  @Test
  void should_place_the_error_output_of_a_catcher_at_its_result_path() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.errors.last", "Next": "Caught"}],
                "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"id\": 1}", TestRuns.failing("E", "C"));
    // THEN
    assertThat(result.output())
        .isEqualTo(json("{\"id\": 1, \"errors\": {\"last\": {\"Error\": \"E\", \"Cause\": \"C\"}}}"));
  }

  @Test
  void should_keep_the_input_and_drop_the_error_output_for_a_catcher_result_path_of_null() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": null, "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"id\": 1}", TestRuns.failing("E", "C"));
    // THEN
    assertThat(result.path()).containsExactly("T", "Caught");
    assertThat(result.output()).isEqualTo(json("{\"id\": 1}"));
  }
}
