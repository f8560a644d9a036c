package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.types;
import static io.github.sfntestkit.TestRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.TestRuns.Recorder;
import io.github.sfntestkit.mock.TaskCall;
import io.github.sfntestkit.mock.TaskResponse;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class MapStateTest {

  private static String map(String fields, String processorStates) {
    return """
        {"StartAt": "M", "States": {"M": {"Type": "Map", %s "End": true,
          "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Item", "States": %s}}}}"""
        .formatted(fields, processorStates);
  }

  private static final String DOUBLE = """
      {"Item": {"Type": "Pass", "Parameters": {"double.$": "States.MathAdd($, $)"}, "End": true}}""";

  @Test
  void should_produce_one_output_per_item_in_item_order() {
    // GIVEN
    String definition = map("", DOUBLE);
    // WHEN
    ExecutionResult result = run(definition, "[1, 2, 3]");
    // THEN
    assertThat(result.output()).isEqualTo(json("[{\"double\": 2}, {\"double\": 4}, {\"double\": 6}]"));
    assertThat(result.path()).containsExactly("M", "Item", "Item", "Item");
  }

  @Test
  void should_read_its_items_from_the_items_path() {
    // GIVEN
    String definition = map("\"ItemsPath\": \"$.numbers\", \"ResultPath\": \"$.doubled\",", DOUBLE);
    // WHEN
    ExecutionResult result = run(definition, "{\"numbers\": [5]}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"numbers\": [5], \"doubled\": [{\"double\": 10}]}"));
  }

  @Test
  void should_output_an_empty_array_for_no_items() {
    // GIVEN
    String definition = map("", DOUBLE);
    // WHEN
    ExecutionResult result = run(definition, "[]");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("[]"));
    assertThat(types(result)).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
        "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded");
  }

  @Test
  void should_fail_when_its_items_are_not_an_array() {
    // GIVEN
    String definition = map("\"ItemsPath\": \"$.items\",", DOUBLE);
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": {\"not\": \"an array\"}}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.path()).containsExactly("M");
  }

  @Test
  void should_fail_with_the_error_of_a_failing_iteration_and_catch_it_by_name() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", "Next": "Done",
                "ItemProcessor": {"StartAt": "Check", "States": {
                  "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericEquals": 2, "Next": "Bad"}],
                            "Default": "Good"},
                  "Bad": {"Type": "Fail", "Error": "Item.Bad", "Cause": "two"},
                  "Good": {"Type": "Pass", "End": true}}},
                "Catch": [{"ErrorEquals": ["Item.Bad"], "Next": "Caught"}]},
          "Caught": {"Type": "Pass", "End": true},
          "Done": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[1, 2, 3]");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).endsWith("Caught").doesNotContain("Done");
    assertThat(result.output()).isEqualTo(json("{\"Error\": \"Item.Bad\", \"Cause\": \"two\"}"));
    assertThat(types(result)).contains("MapIterationFailed", "MapStateFailed");
  }

  @Test
  void should_rerun_all_iterations_when_retried() {
    // GIVEN
    String definition = map("""
        "Retry": [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 1, "MaxAttempts": 1}],""", """
        {"Item": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}""");
    Recorder mock = new Recorder(call -> call.callIndex() == 1
        ? TaskResponse.failure("Flaky", "second call")
        : TaskResponse.success(call.input()));
    // WHEN
    ExecutionResult result = run(definition, "[\"a\", \"b\"]", mock);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("[\"a\", \"b\"]"));
    assertThat(mock.calls()).extracting(TaskCall::input)
        .containsExactly(json("\"a\""), json("\"b\""), json("\"a\""), json("\"b\""));
    assertThat(Collections.frequency(types(result), "MapStateStarted")).isEqualTo(2);
  }

  @Test
  void should_run_items_one_after_another_with_max_concurrency_one() {
    // GIVEN
    String definition = map("\"MaxConcurrency\": 1,", """
        {"Item": {"Type": "Wait", "Seconds": 5, "Next": "Finish"},
         "Finish": {"Type": "Pass", "End": true}}""");
    // WHEN
    ExecutionResult result = run(definition, "[1, 2]");
    // THEN
    assertThat(result.path()).containsExactly("M", "Item", "Finish", "Item", "Finish");
  }

  @Test
  void should_read_max_concurrency_from_the_input() {
    // GIVEN
    String definition = map("\"ItemsPath\": \"$.items\", \"MaxConcurrencyPath\": \"$.mc\",", """
        {"Item": {"Type": "Wait", "Seconds": 5, "End": true}}""");
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": [1, 2, 3, 4], \"mc\": 2}");
    // THEN
    assertThat(result.duration()).hasSeconds(10);
  }

  @Test
  void should_fail_when_max_concurrency_path_is_not_a_number() {
    // GIVEN
    String definition = """
        {"StartAt": "MapState", "States": {"MapState": {"Type": "Map", "ItemsPath": "$.Values",
          "MaxConcurrencyPath": "$.MaxConcurrencyValue", "End": true,
          "ItemProcessor": {"StartAt": "HandleItem", "States": {"HandleItem": {"Type": "Pass", "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"MaxConcurrencyValue\": \"NoNumber\", \"Values\": [\"x\"]}");
    // THEN
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'MapState' (entered"
        + " at the event id #2). The MaxConcurrencyPath field refers to value \"NoNumber\" which is not a"
        + " valid integer: $.MaxConcurrencyValue");
  }

  @Test
  void should_apply_result_selector_to_the_array_of_outputs() {
    // GIVEN
    String definition = map("\"ResultSelector\": {\"count.$\": \"States.ArrayLength($)\"},", DOUBLE);
    // WHEN
    ExecutionResult result = run(definition, "[1, 2, 3]");
    // THEN
    assertThat(visit(result, "M").result()).isEqualTo(json("[{\"double\": 2}, {\"double\": 4}, {\"double\": 6}]"));
    assertThat(result.output()).isEqualTo(json("{\"count\": 3}"));
  }

  @Test
  void should_run_nested_maps() {
    // GIVEN
    String definition = map("", """
        {"Item": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "Inner", "States": {
          "Inner": {"Type": "Pass", "Parameters": {"v.$": "$"}, "End": true}}}}}""");
    // WHEN
    ExecutionResult result = run(definition, "[[1, 2], [3]]");
    // THEN
    assertThat(result.output()).isEqualTo(json("[[{\"v\": 1}, {\"v\": 2}], [{\"v\": 3}]]"));
  }

  @Test
  void should_catch_an_item_selector_failure_and_stop_every_iteration() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", "MaxConcurrency": 2, "Next": "Done",
                "ItemSelector": {"v.$": "States.StringToJson($$.Map.Item.Value)"},
                "ItemProcessor": {"StartAt": "Work", "States": {
                  "Work": {"Type": "Wait", "Seconds": 5, "Next": "After"},
                  "After": {"Type": "Pass", "End": true}}},
                "Catch": [{"ErrorEquals": ["States.IntrinsicFailure"], "Next": "Caught"}]},
          "Caught": {"Type": "Wait", "Seconds": 10, "End": true},
          "Done": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[\"1\", \"2\", \"{not json\"]");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path().subList(result.path().indexOf("Caught"), result.path().size()))
        .as("states entered from \"Caught\" on; path %s", result.path())
        .containsExactly("Caught");
  }
}
