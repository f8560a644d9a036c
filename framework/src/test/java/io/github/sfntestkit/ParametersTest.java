package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.TestRuns.Recorder;
import org.junit.jupiter.api.Test;

class ParametersTest {

  private static String pass(String parameters) {
    return """
        {"StartAt": "pass", "States": {"pass": {"Type": "Pass", "Parameters": %s, "End": true}}}"""
        .formatted(parameters);
  }

  @Test
  void should_copy_static_values_unchanged() {
    // GIVEN
    String definition = pass("{\"s\": \"text\", \"n\": 1, \"b\": false, \"z\": null, \"a\": [1, {\"k\": \"v\"}]}");
    // WHEN
    ExecutionResult result = run(definition, "{\"ignored\": true}");
    // THEN
    assertThat(result.output())
        .isEqualTo(json("{\"s\": \"text\", \"n\": 1, \"b\": false, \"z\": null, \"a\": [1, {\"k\": \"v\"}]}"));
  }

  @Test
  void should_replace_dollar_suffixed_keys_with_path_values_and_drop_the_suffix() {
    // GIVEN
    String definition = pass("{\"name.$\": \"$.user.name\", \"all.$\": \"$\", \"first.$\": \"$.list[0]\"}");
    // WHEN
    ExecutionResult result = run(definition, "{\"user\": {\"name\": \"ann\"}, \"list\": [7, 8]}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        {"name": "ann", "all": {"user": {"name": "ann"}, "list": [7, 8]}, "first": 7}"""));
  }

  @Test
  void should_evaluate_dollar_suffixed_keys_in_nested_objects() {
    // GIVEN
    String definition = pass("""
        {"outer": {"inner": {"v.$": "$.v", "fixed": 1}, "w.$": "$.w"}}""");
    // WHEN
    ExecutionResult result = run(definition, "{\"v\": \"vv\", \"w\": [1]}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"outer\": {\"inner\": {\"v\": \"vv\", \"fixed\": 1}, \"w\": [1]}}"));
  }

  @Test
  void should_read_the_context_object_with_double_dollar_paths() {
    // GIVEN
    String definition = pass("{\"state.$\": \"$$.State.Name\", \"input.$\": \"$$.Execution.Input\"}");
    // WHEN
    ExecutionResult result = run(definition, "{\"x\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"state\": \"pass\", \"input\": {\"x\": 1}}"));
  }

  @Test
  void should_evaluate_intrinsic_functions_at_any_depth() {
    // GIVEN
    String definition = pass("""
        {"greeting.$": "States.Format('Hello, {}!', $.name)",
         "nested": {"pair.$": "States.Array($.name, States.MathAdd($.n, 1))",
                    "json.$": "States.StringToJson($.text)"}}""");
    // WHEN
    ExecutionResult result = run(definition, "{\"name\": \"Ann\", \"n\": 41, \"text\": \"{\\\"k\\\":[1]}\"}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        {"greeting": "Hello, Ann!", "nested": {"pair": ["Ann", 42], "json": {"k": [1]}}}"""));
  }

  @Test
  void should_evaluate_against_the_input_path_output() {
    // GIVEN
    String definition = """
        {"StartAt": "pass", "States": {"pass": {"Type": "Pass", "InputPath": "$.inner",
         "Parameters": {"v.$": "$.v"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"v\": \"outer\", \"inner\": {\"v\": \"inner\"}}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"v\": \"inner\"}"));
  }

  @Test
  void should_be_the_task_input() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
         "Parameters": {"FunctionName": "f", "Payload": {"id.$": "$.id"}}, "End": true}}}""";
    Recorder mock = Recorder.answering("{}");
    // WHEN
    run(definition, "{\"id\": 3, \"noise\": 0}", mock);
    // THEN
    assertThat(mock.only().input()).isEqualTo(json("{\"FunctionName\": \"f\", \"Payload\": {\"id\": 3}}"));
  }

  @Test
  void should_fail_with_a_runtime_error_naming_the_field_when_a_path_finds_nothing() {
    // GIVEN
    String definition = pass("{\"value.$\": \"$$.Execution.Input.no_such_jsonpath\"}");
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).startsWith("An error occurred while executing the state 'pass' (entered at"
        + " the event id #2). The JSONPath '$$.Execution.Input.no_such_jsonpath' specified for the field"
        + " 'value.$' could not be found in the input '");
  }

  @Test
  void should_fail_with_intrinsic_failure_that_a_catcher_can_handle() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"item.$": "States.ArrayGetItem($.list, 5)"},
                "Catch": [{"ErrorEquals": ["States.IntrinsicFailure"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""";
    Recorder mock = Recorder.answering("{}");
    // WHEN
    ExecutionResult result = run(definition, "{\"list\": [1]}", mock);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).containsExactly("T", "Caught");
    assertThat(result.output().path("Error").asText()).isEqualTo("States.IntrinsicFailure");
    assertThat(mock.calls()).isEmpty();
  }
}
