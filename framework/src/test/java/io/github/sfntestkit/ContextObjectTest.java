package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.TestRuns.Recorder;
import io.github.sfntestkit.mock.TaskCall;
import io.github.sfntestkit.mock.TaskResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContextObjectTest {

  private static final String ALL_VALUES = """
      {"StartAt": "Query", "States": {"Query": {"Type": "Pass", "Parameters": {
        "id.$": "$$.Execution.Id", "name.$": "$$.Execution.Name", "start.$": "$$.Execution.StartTime",
        "role.$": "$$.Execution.RoleArn", "input.$": "$$.Execution.Input",
        "smId.$": "$$.StateMachine.Id", "smName.$": "$$.StateMachine.Name",
        "state.$": "$$.State.Name", "entered.$": "$$.State.EnteredTime"}, "End": true}}}""";

  @Test
  void should_show_the_configured_execution_and_state_machine_values() {
    // GIVEN
    ExecutionOptions options = ExecutionOptions.defaults()
        .withExecutionName("run-42")
        .withStateMachineName("Orders")
        .withRoleArn("arn:aws:iam::123456789012:role/Custom")
        .withStartTime(Instant.parse("2030-06-15T12:30:45.123Z"));
    // WHEN
    ExecutionResult result = run(ALL_VALUES, "{\"k\": 1}", options);
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        {"id": "arn:aws:states:us-east-1:123456789012:execution:Orders:run-42", "name": "run-42",
         "start": "2030-06-15T12:30:45.123Z", "role": "arn:aws:iam::123456789012:role/Custom",
         "input": {"k": 1},
         "smId": "arn:aws:states:us-east-1:123456789012:stateMachine:Orders", "smName": "Orders",
         "state": "Query", "entered": "2030-06-15T12:30:45.123Z"}"""));
  }

  @Test
  void should_show_deterministic_defaults() {
    // GIVEN
    ExecutionOptions options = ExecutionOptions.defaults();
    // WHEN
    ExecutionResult first = run(ALL_VALUES, "{}", options);
    ExecutionResult second = run(ALL_VALUES, "{}", options);
    // THEN
    assertThat(first.output()).isEqualTo(second.output());
    assertThat(first.output().path("name").asText()).isEqualTo("test-execution");
    assertThat(first.output().path("start").asText()).isEqualTo("2024-01-01T00:00:00.000Z");
    assertThat(first.output().path("smName").asText()).isEqualTo("StateMachine");
    assertThat(first.output().path("role").asText())
        .isEqualTo("arn:aws:iam::123456789012:role/StepFunctionsRole");
  }

  @Test
  void should_show_the_whole_context_object_for_double_dollar() {
    // GIVEN
    String definition = """
        {"StartAt": "Q", "States": {"Q": {"Type": "Pass", "Parameters": {"ctx.$": "$$"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"m\": \"x\"}");
    // THEN
    assertThat(result.output().path("ctx")).isEqualTo(json("""
        {"Execution": {"Id": "arn:aws:states:us-east-1:123456789012:execution:StateMachine:test-execution",
                       "Input": {"m": "x"}, "StartTime": "2024-01-01T00:00:00.000Z", "Name": "test-execution",
                       "RoleArn": "arn:aws:iam::123456789012:role/StepFunctionsRole", "RedriveCount": 0},
         "State": {"Name": "Q", "EnteredTime": "2024-01-01T00:00:00.000Z"},
         "StateMachine": {"Id": "arn:aws:states:us-east-1:123456789012:stateMachine:StateMachine",
                          "Name": "StateMachine"}}"""));
  }

  @Test
  void should_keep_the_original_execution_input_in_later_states() {
    // GIVEN
    String definition = """
        {"StartAt": "Change", "States": {
          "Change": {"Type": "Pass", "Result": "changed", "Next": "Read"},
          "Read": {"Type": "Pass", "Parameters": {"original.$": "$$.Execution.Input", "now.$": "$"},
                   "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"o\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"original\": {\"o\": 1}, \"now\": \"changed\"}"));
  }

  @Test
  void should_follow_the_virtual_clock_in_state_entered_time() {
    // GIVEN
    String definition = """
        {"StartAt": "W", "States": {
          "W": {"Type": "Wait", "Seconds": 90, "Next": "Read"},
          "Read": {"Type": "Pass", "Parameters": {"entered.$": "$$.State.EnteredTime",
                   "started.$": "$$.Execution.StartTime"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output())
        .isEqualTo(json("{\"entered\": \"2024-01-01T00:01:30.000Z\", \"started\": \"2024-01-01T00:00:00.000Z\"}"));
  }

  @Test
  void should_count_retries_in_state_retry_count() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"retry.$": "$$.State.RetryCount"},
          "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 1, "MaxAttempts": 2}], "End": true}}}""";
    Recorder mock = new Recorder(call -> call.attempt() < 2
        ? TaskResponse.failure("Flaky", "try again")
        : TaskResponse.success(call.input()));
    // WHEN
    ExecutionResult result = run(definition, "{}", mock);
    // THEN
    assertThat(mock.calls()).extracting(c -> c.input().path("retry").asInt()).containsExactly(0, 1, 2);
    assertThat(mock.calls()).extracting(TaskCall::attempt).containsExactly(0, 1, 2);
    assertThat(result.output()).isEqualTo(json("{\"retry\": 2}"));
  }

  @Test
  void should_give_the_task_token_to_wait_for_task_token_tasks() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task",
          "Resource": "arn:aws:states:::sns:publish.waitForTaskToken",
          "Parameters": {"Message": {"token.$": "$$.Task.Token"}}, "End": true}}}""";
    Recorder mock = Recorder.answering("{}");
    // WHEN
    run(definition, "{}", mock);
    run(definition, "{}", mock);
    // THEN
    TaskCall first = mock.calls().get(0);
    assertThat(first.taskToken()).isNotBlank();
    assertThat(first.input().path("Message").path("token").asText()).isEqualTo(first.taskToken());
    assertThat(mock.calls().get(1).taskToken()).isEqualTo(first.taskToken());
  }

  @Test
  void should_have_no_task_token_for_request_response_tasks() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"token.$": "$$.Task.Token"}, "End": true}}}""";
    Recorder mock = Recorder.answering("{}");
    // WHEN
    ExecutionResult result = run(definition, "{}", mock);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(mock.calls()).isEmpty();
  }
}
