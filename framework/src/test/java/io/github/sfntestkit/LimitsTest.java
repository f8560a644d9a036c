package io.github.sfntestkit;

import io.github.sfntestkit.history.HistoryEvent;
import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.mock.TaskResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitsTest {
  private static final int LIMIT = ExecutionOptions.AWS_PAYLOAD_LIMIT;

  /** {"data": "xxx..."} whose compact UTF-8 form is exactly {@code bytes} long. */
  private static ObjectNode payloadOfSize(int bytes) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("data", "x".repeat(bytes - "{\"data\":\"\"}".length()));
    return node;
  }

  private static final String TASK = """
      {"StartAt": "T", "States": {
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done"},
        "Done": {"Type": "Pass", "End": true}}}""";

  private static final String TASK_CATCHING_ALL = """
      {"StartAt": "T", "States": {
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done",
              "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled"}]},
        "Done": {"Type": "Pass", "End": true},
        "Handled": {"Type": "Pass", "End": true}}}""";

  @Test
  void should_accept_a_task_result_of_exactly_256_kib() {
    // GIVEN
    ObjectNode result = payloadOfSize(LIMIT);
    // WHEN
    ExecutionResult run = run(TASK, "{}", call -> TaskResponse.success(result));
    // THEN
    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void should_fail_with_data_limit_exceeded_when_a_task_result_is_over_256_kib() {
    // GIVEN
    ObjectNode result = payloadOfSize(LIMIT + 1);
    // WHEN
    ExecutionResult run = run(TASK, "{}", call -> TaskResponse.success(result));
    // THEN
    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
    assertThat(run.path()).containsExactly("T");
  }

  @Test
  void should_count_multibyte_characters_in_utf8_bytes() {
    // GIVEN
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("data", "é".repeat(LIMIT / 2));
    // WHEN
    ExecutionResult run = run(TASK, "{}", call -> TaskResponse.success(result));
    // THEN
    assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
  }

  @Test
  void should_let_states_all_catch_data_limit_exceeded() {
    // GIVEN
    ObjectNode result = payloadOfSize(LIMIT + 1);
    // WHEN
    ExecutionResult run = run(TASK_CATCHING_ALL, "{}", call -> TaskResponse.success(result));
    // THEN
    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(run.path()).containsExactly("T", "Handled");
    assertThat(run.output().path("Error").asText()).isEqualTo("States.DataLimitExceeded");
  }

  @Test
  void should_fail_when_a_state_output_grows_over_the_limit() {
    // GIVEN
    String definition = """
        {"StartAt": "Grow", "States": {"Grow": {"Type": "Pass",
          "Parameters": {"a.$": "$.data", "b.$": "$.data"}, "End": true}}}""";
    // WHEN
    ExecutionResult run = run(definition, payloadOfSize(LIMIT / 2 + 100).toString());
    // THEN
    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
    assertThat(run.cause()).isEqualTo(
        "The state/task 'Grow' returned a result with a size exceeding the maximum number of bytes service limit.");
    assertThat(TestRuns.types(run)).containsExactly("ExecutionStarted", "PassStateEntered", "ExecutionFailed");
  }

  @Test
  void should_fail_a_task_whose_input_after_parameters_is_over_the_limit() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"a.$": "$.data", "b.$": "$.data"}, "ResultPath": null, "End": true}}}""";
    TestRuns.Recorder mock = TestRuns.Recorder.answering("{}");
    // WHEN
    ExecutionResult run = run(definition, payloadOfSize(LIMIT / 2 + 100).toString(), mock);
    // THEN
    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
    assertThat(mock.calls()).isEmpty();
  }

  @Test
  void should_record_an_oversized_task_result_as_a_failed_task() {
    // GIVEN
    ObjectNode result = payloadOfSize(LIMIT + 1);
    // WHEN
    ExecutionResult run = run(TASK_CATCHING_ALL, "{}", call -> TaskResponse.success(result));
    // THEN
    assertThat(TestRuns.types(run)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
        "TaskStarted", "TaskFailed", "TaskStateExited", "PassStateEntered", "PassStateExited",
        "ExecutionSucceeded");
    assertThat(run.output()).isEqualTo(json("""
        {"Error": "States.DataLimitExceeded",
         "Cause": "The state/task 'lambda' returned a result with a size exceeding the maximum number of bytes service limit."}"""));
  }

  @Test
  void should_fail_an_execution_whose_input_is_over_the_limit() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult run = run(definition, payloadOfSize(LIMIT + 1).toString());
    // THEN
    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.error()).isEqualTo("States.DataLimitExceeded");
    assertThat(run.path()).isEmpty();
  }

  @Test
  void should_use_a_configured_payload_limit_and_none_for_zero() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "0123456789012345678901234567890123456789",
          "End": true}}}""";
    // WHEN
    ExecutionResult small = run(definition, "{}", ExecutionOptions.defaults().withPayloadLimit(20));
    ExecutionResult unlimited = run(TASK, "{}",
        ExecutionOptions.defaults().withPayloadLimit(0)
            .withIntegration(call -> TaskResponse.success(payloadOfSize(LIMIT * 2))));
    // THEN
    assertThat(small.error()).isEqualTo("States.DataLimitExceeded");
    assertThat(unlimited.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void should_end_an_endless_loop_as_failed_at_the_history_limit() {
    // GIVEN
    String definition = """
        {"StartAt": "Spin", "States": {
          "Spin": {"Type": "Pass", "Next": "Again"},
          "Again": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "Out"}],
                    "Default": "Spin"},
          "Out": {"Type": "Succeed"}}}""";
    ExecutionOptions options = ExecutionOptions.defaults().withMaxHistoryEvents(500);
    // WHEN
    ExecutionResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(definition, "{}", options));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.history().size()).isLessThanOrEqualTo(500).isGreaterThan(400);
    assertThat(result.cause()).contains("500");
  }

  @Test
  void should_end_an_endless_loop_at_the_aws_limit_by_default() {
    // GIVEN
    String definition = """
        {"StartAt": "Spin", "States": {
          "Spin": {"Type": "Wait", "Seconds": 1, "Next": "Again"},
          "Again": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "Out"}],
                    "Default": "Spin"},
          "Out": {"Type": "Succeed"}}}""";
    // WHEN
    ExecutionResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(definition, "{}"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).isEqualTo("The execution reached the maximum number of history events (25000).");
    // as AWS records it: event 25,000 is the ExecutionFailed event itself
    assertThat(result.history().size()).isEqualTo(ExecutionOptions.AWS_HISTORY_LIMIT);
    HistoryEvent last = result.history().events().get(24_999);
    assertThat(last.type()).isEqualTo("ExecutionFailed");
    assertThat(last.previousEventId()).isEqualTo(24_999);
  }

  @Test
  void should_end_an_endless_task_loop_at_the_history_limit() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "T2"},
          "T2": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Again"},
          "Again": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "Out"}],
                    "Default": "T"},
          "Out": {"Type": "Succeed"}}}""";
    ExecutionOptions options = ExecutionOptions.defaults().withMaxHistoryEvents(1000)
        .withIntegration(call -> TaskResponse.success(json("{}")));
    // WHEN
    ExecutionResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(definition, "{}", options));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.history().size()).isLessThanOrEqualTo(1000);
  }
}
