package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.last;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.history.HistoryEvent;
import org.junit.jupiter.api.Test;

class FailStateTest {

  @Test
  void should_fail_the_execution_with_its_error_and_cause() {
    // GIVEN
    String definition = """
        {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Order.Invalid", "Cause": "no items"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Order.Invalid");
    assertThat(result.cause()).isEqualTo("no items");
    assertThat(result.output()).isNull();
  }

  @Test
  void should_fail_without_error_or_cause_when_it_declares_none() {
    // GIVEN
    String definition = """
        {"StartAt": "F", "States": {"F": {"Type": "Fail"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isNull();
    assertThat(result.cause()).isNull();
  }

  @Test
  void should_read_error_and_cause_from_paths() {
    // GIVEN
    String definition = """
        {"StartAt": "F", "States": {"F": {"Type": "Fail", "ErrorPath": "$.Error", "CausePath": "$.Cause"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"Error\": \"error string\", \"Cause\": \"cause string\"}");
    // THEN
    assertThat(result.error()).isEqualTo("error string");
    assertThat(result.cause()).isEqualTo("cause string");
  }

  @Test
  void should_compute_its_cause_with_an_intrinsic_function() {
    // GIVEN
    String definition = """
        {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E",
         "CausePath": "States.Format('order {} failed', $.id)"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"id\": 42}");
    // THEN
    assertThat(result.cause()).isEqualTo("order 42 failed");
  }

  @Test
  void should_fail_with_a_runtime_error_when_its_error_path_finds_nothing() {
    // GIVEN
    String definition = """
        {"StartAt": "fail", "States": {"fail": {"Type": "Fail", "ErrorPath": "$.ErrorX", "Cause": "c"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause())
        .isEqualTo("An error occurred while executing the state 'fail' (entered at the event id #2)."
            + " The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be found in the"
            + " input '{\"a\":1}'");
  }

  @Test
  void should_emit_no_exited_event_and_put_error_and_cause_on_execution_failed() {
    // GIVEN
    String definition = """
        {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E", "Cause": "C"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "FailStateEntered", "ExecutionFailed");
    HistoryEvent failed = last(result);
    assertThat(failed.details()).isEqualTo(json("{\"error\": \"E\", \"cause\": \"C\"}"));
  }

  @Test
  void should_fail_an_enclosing_parallel_state_with_its_own_error_name() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "End": true,
                "Branches": [{"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "FailureType"}}}],
                "Catch": [{"ErrorEquals": ["FailureType"], "Next": "Caught"}]},
          "Caught": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.path()).containsExactly("P", "F", "Caught");
    assertThat(result.output().path("Error").asText()).isEqualTo("FailureType");
  }
}
