package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.T0;
import static io.github.sfntestkit.TestRuns.at;
import static io.github.sfntestkit.TestRuns.failing;
import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.returning;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.TestRuns.Recorder;
import io.github.sfntestkit.mock.TaskCall;
import io.github.sfntestkit.mock.TaskResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TaskStateTest {
  private static final String LAMBDA = "arn:aws:states:::lambda:invoke";

  private static String task(String extra) {
    return """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", %s "End": true}}}"""
        .formatted(extra);
  }

  /** A Task whose Catch may go to "Caught" or "Other" (both reachable only through Catch). */
  private static String taskWithCatch(String catchers) {
    return """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": %s, "End": true},
          "Caught": {"Type": "Pass", "End": true},
          "Other": {"Type": "Pass", "End": true}}}""".formatted(catchers);
  }

  @Test
  void should_call_the_integration_with_the_effective_input() {
    // GIVEN
    String definition = task("""
        "InputPath": "$.order", "Parameters": {"FunctionName": "charge", "Payload.$": "$"},""");
    Recorder mock = Recorder.answering("{}");
    // WHEN
    run(definition, "{\"order\": {\"id\": 5}, \"other\": true}", mock);
    // THEN
    TaskCall call = mock.only();
    assertThat(call.stateName()).isEqualTo("T");
    assertThat(call.resource()).isEqualTo(LAMBDA);
    assertThat(call.input()).isEqualTo(json("{\"FunctionName\": \"charge\", \"Payload\": {\"id\": 5}}"));
    assertThat(call.callIndex()).isZero();
    assertThat(call.attempt()).isZero();
    assertThat(call.time()).isEqualTo(T0);
    assertThat(call.taskToken()).isNull();
  }

  @Test
  void should_output_the_task_result_by_default() {
    // GIVEN
    String definition = task("");
    // WHEN
    ExecutionResult result = run(definition, "{\"in\": 1}", returning("{\"out\": 2}"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("{\"out\": 2}"));
  }

  @Test
  void should_merge_the_result_into_the_raw_input_at_the_result_path() {
    // GIVEN
    String definition = task("\"InputPath\": \"$.a\", \"ResultPath\": \"$.r\",");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": {\"x\": 1}}", returning("\"done\""));
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"a\": {\"x\": 1}, \"r\": \"done\"}"));
  }

  @Test
  void should_fail_the_execution_with_the_task_error_and_cause() {
    // GIVEN
    String definition = task("");
    // WHEN
    ExecutionResult result = run(definition, "{}", failing("Payment.Declined", "card expired"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Payment.Declined");
    assertThat(result.cause()).isEqualTo("card expired");
    assertThat(result.output()).isNull();
    assertThat(visit(result, "T").error()).isEqualTo("Payment.Declined");
  }

  @Test
  void should_catch_an_error_and_place_the_error_output_at_the_catcher_result_path() {
    // GIVEN
    String definition = taskWithCatch("""
        [{"ErrorEquals": ["Payment.Declined"], "ResultPath": "$.err", "Next": "Caught"},
         {"ErrorEquals": ["States.ALL"], "Next": "Other"}]""");
    // WHEN
    ExecutionResult result = run(definition, "{\"id\": 1}", failing("Payment.Declined", "expired"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).containsExactly("T", "Caught");
    assertThat(result.output())
        .isEqualTo(json("{\"id\": 1, \"err\": {\"Error\": \"Payment.Declined\", \"Cause\": \"expired\"}}"));
    assertThat(visit(result, "T").caughtError()).isEqualTo("Payment.Declined");
  }

  @Test
  void should_replace_the_input_with_the_error_output_when_the_catcher_has_no_result_path() {
    // GIVEN
    String definition = taskWithCatch("""
        [{"ErrorEquals": ["Other.Error"], "Next": "Other"}, {"ErrorEquals": ["States.ALL"], "Next": "Caught"}]""");
    // WHEN
    ExecutionResult result = run(definition, "{\"id\": 1}", failing("Boom", "bad"));
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"Error\": \"Boom\", \"Cause\": \"bad\"}"));
  }

  @Test
  void should_use_the_first_catcher_that_matches() {
    // GIVEN
    String definition = taskWithCatch("""
        [{"ErrorEquals": ["Other.Error"], "Next": "Other"},
         {"ErrorEquals": ["Boom"], "Next": "Caught"},
         {"ErrorEquals": ["States.ALL"], "Next": "Other"}]""");
    // WHEN
    ExecutionResult result = run(definition, "{}", failing("Boom", "bad"));
    // THEN
    assertThat(result.path()).containsExactly("T", "Caught");
  }

  @Test
  void should_fail_when_no_catcher_matches() {
    // GIVEN
    String definition = taskWithCatch("""
        [{"ErrorEquals": ["Other.Error"], "Next": "Other"}, {"ErrorEquals": ["Nope"], "Next": "Caught"}]""");
    // WHEN
    ExecutionResult result = run(definition, "{}", failing("Boom", "bad"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Boom");
    assertThat(result.path()).containsExactly("T");
  }

  @Test
  void should_catch_a_failure_without_error_or_cause_with_null_fields() {
    // GIVEN
    String definition = taskWithCatch("""
        [{"ErrorEquals": ["Other.Error"], "Next": "Other"},
         {"ErrorEquals": ["States.ALL"], "ResultPath": "$.e", "Next": "Caught"}]""");
    // WHEN
    ExecutionResult result = run(definition, "{}", failing(null, null));
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"e\": {\"Error\": null, \"Cause\": null}}"));
  }

  @Test
  void should_complete_after_the_virtual_latency_of_the_answer() {
    // GIVEN
    String definition = task("");
    // WHEN
    ExecutionResult result = run(definition, "{}",
        call -> TaskResponse.success(json("1")).after(Duration.ofSeconds(42)));
    // THEN
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(42));
    assertThat(TestRuns.timestamps(result, "TaskSucceeded")).containsExactly(at(42));
    assertThat(TestRuns.timestamps(result, "TaskScheduled")).containsExactly(T0);
  }

  @Test
  void should_count_calls_per_state_across_visits() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": "$.r",
                "Next": "Again"},
          "Again": {"Type": "Choice",
                    "Choices": [{"Variable": "$.r", "NumericLessThan": 2, "Next": "T"}],
                    "Default": "Done"},
          "Done": {"Type": "Pass", "End": true}}}""";
    Recorder mock = new Recorder(call -> TaskResponse.success(json(String.valueOf(call.callIndex()))));
    // WHEN
    ExecutionResult result = run(definition, "{}", mock);
    // THEN
    assertThat(mock.calls()).extracting(TaskCall::callIndex).containsExactly(0, 1, 2);
    assertThat(mock.calls()).extracting(TaskCall::attempt).containsExactly(0, 0, 0);
    assertThat(result.output()).isEqualTo(json("{\"r\": 2}"));
  }

  @Test
  void should_record_raw_and_selected_results_in_its_visit() {
    // GIVEN
    String definition = task("""
        "ResultSelector": {"v.$": "$.Payload.value"}, "ResultPath": "$.r",""");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}", returning("{\"Payload\": {\"value\": 9}}"));
    // THEN
    StateVisit t = visit(result, "T");
    assertThat(t.type()).isEqualTo("Task");
    assertThat(t.result()).isEqualTo(json("{\"Payload\": {\"value\": 9}}"));
    assertThat(t.afterResultSelector()).isEqualTo(json("{\"v\": 9}"));
    assertThat(t.afterResultPath()).isEqualTo(json("{\"a\": 1, \"r\": {\"v\": 9}}"));
    assertThat(t.output()).isEqualTo(json("{\"a\": 1, \"r\": {\"v\": 9}}"));
  }

  @Test
  void should_give_a_task_token_to_callback_tasks() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task",
         "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
         "Parameters": {"MessageBody": {"token.$": "$$.Task.Token"}}, "End": true}}}""";
    Recorder mock = Recorder.answering("{\"ok\": true}");
    // WHEN
    ExecutionResult result = run(definition, "{}", mock);
    // THEN
    TaskCall call = mock.only();
    assertThat(call.taskToken()).isNotBlank();
    assertThat(call.input().path("MessageBody").path("token").asText()).isEqualTo(call.taskToken());
    assertThat(result.output()).isEqualTo(json("{\"ok\": true}"));
  }

  @Test
  void should_answer_legacy_lambda_and_activity_resources_too() {
    // GIVEN
    String lambda = """
        {"StartAt": "T", "States": {"T": {"Type": "Task",
         "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true}}}""";
    String activity = """
        {"StartAt": "T", "States": {"T": {"Type": "Task",
         "Resource": "arn:aws:states:us-east-1:123456789012:activity:a", "End": true}}}""";
    Recorder mock = Recorder.echoing();
    // WHEN
    ExecutionResult l = run(lambda, "{\"x\": 1}", mock);
    ExecutionResult a = run(activity, "{\"x\": 2}", mock);
    // THEN
    assertThat(l.output()).isEqualTo(json("{\"x\": 1}"));
    assertThat(a.output()).isEqualTo(json("{\"x\": 2}"));
    assertThat(mock.calls()).extracting(TaskCall::resource)
        .containsExactly("arn:aws:lambda:us-east-1:123456789012:function:f",
            "arn:aws:states:us-east-1:123456789012:activity:a");
  }
}
