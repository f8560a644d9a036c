package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.T0;
import static io.github.sfntestkit.TestRuns.at;
import static io.github.sfntestkit.TestRuns.events;
import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.last;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.timestamps;
import static io.github.sfntestkit.TestRuns.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.mock.TaskIntegration;
import io.github.sfntestkit.mock.TaskResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeoutTest {

  private static TaskIntegration answeringAfter(long seconds) {
    return call -> TaskResponse.success(json("{\"late\": true}")).after(Duration.ofSeconds(seconds));
  }

  private static String task(String resource, String fields) {
    return """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", %s "End": true}}}"""
        .formatted(resource, fields);
  }

  @Test
  void should_time_out_a_task_whose_answer_takes_longer_than_timeout_seconds() {
    // GIVEN
    String definition = task("arn:aws:states:::lambda:invoke", "\"TimeoutSeconds\": 5,");
    // WHEN
    ExecutionResult result = run(definition, "{}", answeringAfter(10));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(types(result)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
        "TaskStarted", "TaskTimedOut", "ExecutionFailed");
    assertThat(timestamps(result, "TaskTimedOut")).containsExactly(at(5));
    assertThat(last(result).timestamp()).isEqualTo(at(5));
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void should_succeed_when_the_answer_comes_before_the_timeout() {
    // GIVEN
    String definition = task("arn:aws:states:::lambda:invoke", "\"TimeoutSeconds\": 5,");
    // WHEN
    ExecutionResult result = run(definition, "{}", answeringAfter(4));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(timestamps(result, "TaskSucceeded")).containsExactly(at(4));
  }

  @Test
  void should_report_the_timeout_in_the_scheduled_event() {
    // GIVEN
    String definition = task("arn:aws:states:::lambda:invoke", "\"TimeoutSeconds\": 5,");
    // WHEN
    ExecutionResult result = run(definition, "{}", answeringAfter(1));
    // THEN
    assertThat(events(result, "TaskScheduled").get(0).details().path("timeoutInSeconds").asLong()).isEqualTo(5);
  }

  @Test
  void should_read_the_timeout_from_timeout_seconds_path() {
    // GIVEN
    String definition = task("arn:aws:states:::lambda:invoke", "\"TimeoutSecondsPath\": \"$.timeout\",");
    // WHEN
    ExecutionResult result = run(definition, "{\"timeout\": 3}", answeringAfter(10));
    // THEN
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(timestamps(result, "TaskTimedOut")).containsExactly(at(3));
    assertThat(events(result, "TaskScheduled").get(0).details().path("timeoutInSeconds").asLong()).isEqualTo(3);
  }

  @Test
  void should_fail_with_a_runtime_error_when_timeout_seconds_path_is_not_a_positive_integer() {
    // GIVEN
    String definition = task("arn:aws:states:::lambda:invoke", "\"TimeoutSecondsPath\": \"$.timeout\",");
    // WHEN
    ExecutionResult text = run(definition, "{\"timeout\": \"soon\"}", answeringAfter(1));
    ExecutionResult zero = run(definition, "{\"timeout\": 0}", answeringAfter(1));
    // THEN
    assertThat(text.error()).isEqualTo("States.Runtime");
    assertThat(text.cause()).contains("TimeoutSecondsPath");
    assertThat(zero.error()).isEqualTo("States.Runtime");
  }

  @Test
  void should_retry_a_timed_out_task_after_the_timeout_plus_the_interval() {
    // GIVEN
    String definition = task("arn:aws:states:::lambda:invoke", """
        "TimeoutSeconds": 5, "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 1, "MaxAttempts": 1}],""");
    // WHEN
    ExecutionResult result = run(definition, "{}", answeringAfter(60));
    // THEN
    assertThat(timestamps(result, "TaskScheduled")).containsExactly(T0, at(6));
    assertThat(timestamps(result, "TaskTimedOut")).containsExactly(at(5), at(11));
    assertThat(result.error()).isEqualTo("States.Timeout");
  }

  @Test
  void should_let_a_catcher_handle_the_timeout() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 2,
                "Catch": [{"ErrorEquals": ["States.Timeout"], "ResultPath": "$.err", "Next": "Caught"}],
                "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}", answeringAfter(3));
    // THEN
    assertThat(result.path()).containsExactly("T", "Caught");
    assertThat(result.output().path("err").path("Error").asText()).isEqualTo("States.Timeout");
    assertThat(TestRuns.visit(result, "Caught").enteredTime()).isEqualTo(at(2));
  }

  @Test
  void should_report_lambda_function_timed_out_for_a_legacy_lambda_arn() {
    // GIVEN
    String definition = task("arn:aws:lambda:us-east-1:123456789012:function:f", "\"TimeoutSeconds\": 5,");
    // WHEN
    ExecutionResult result = run(definition, "{}", answeringAfter(10));
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "TaskStateEntered",
        "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionTimedOut", "ExecutionFailed");
    assertThat(result.error()).isEqualTo("States.Timeout");
  }

  @Test
  void should_time_out_a_callback_task_that_sends_no_heartbeat() {
    // GIVEN
    String definition = task("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "\"TimeoutSeconds\": 600, \"HeartbeatSeconds\": 5, \"Parameters\": {\"t.$\": \"$$.Task.Token\"},");
    // WHEN
    ExecutionResult result = run(definition, "{}", answeringAfter(60));
    // THEN
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(types(result)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
        "TaskStarted", "TaskSubmitted", "TaskTimedOut", "ExecutionFailed");
    assertThat(timestamps(result, "TaskTimedOut")).containsExactly(at(5));
  }

  @Test
  void should_report_activity_timed_out_for_an_activity() {
    // GIVEN
    String definition = task("arn:aws:states:us-east-1:123456789012:activity:work", "\"TimeoutSeconds\": 7,");
    // WHEN
    ExecutionResult result = run(definition, "{}", answeringAfter(60));
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
        "ActivityStarted", "ActivityTimedOut", "ExecutionFailed");
    assertThat(timestamps(result, "ActivityTimedOut")).containsExactly(at(7));
  }

  @Test
  void should_time_out_the_execution_at_the_state_machine_timeout() {
    // GIVEN
    String definition = """
        {"TimeoutSeconds": 5, "StartAt": "State_1", "States": {
          "State_1": {"Type": "Wait", "Seconds": 60, "Next": "State_2"},
          "State_2": {"Type": "Pass", "Result": {"Arg1": "argument1"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(result.output()).isNull();
    assertThat(result.path()).containsExactly("State_1");
    assertThat(last(result).type()).isEqualTo("ExecutionTimedOut");
    assertThat(last(result).timestamp()).isEqualTo(at(5));
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void should_time_out_the_execution_while_a_task_is_pending() {
    // GIVEN
    String definition = """
        {"TimeoutSeconds": 10, "StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}", answeringAfter(3600));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(types(result)).doesNotContain("TaskSucceeded", "ExecutionSucceeded");
    assertThat(last(result).timestamp()).isEqualTo(at(10));
  }

  @Test
  void should_not_time_out_an_execution_that_ends_first() {
    // GIVEN
    String definition = """
        {"TimeoutSeconds": 100, "StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 10, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(10));
    assertThat(types(result)).doesNotContain("ExecutionTimedOut");
  }
}
