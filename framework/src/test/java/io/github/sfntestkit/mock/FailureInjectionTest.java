package io.github.sfntestkit.mock;

import static io.github.sfntestkit.mock.MockRuns.LAMBDA_INVOKE;
import static io.github.sfntestkit.mock.MockRuns.answeredBy;
import static io.github.sfntestkit.mock.MockRuns.at;
import static io.github.sfntestkit.mock.MockRuns.events;
import static io.github.sfntestkit.mock.MockRuns.json;
import static io.github.sfntestkit.mock.MockRuns.run;
import static io.github.sfntestkit.mock.MockRuns.task;
import static io.github.sfntestkit.mock.MockRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.history.HistoryEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failures injected into the n-th call of a Task state, leaving its mock as it is. */
class FailureInjectionTest {

  /** "Charge" retried on {@code errors} twice, after 1 s then 2 s; {@code %s} adds fields. */
  private static String charge(String retriedErrors, String extraFields) {
    return """
        {"StartAt": "Charge", "States": {
          "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
            "Retry": [{"ErrorEquals": [%s], "IntervalSeconds": 1, "MaxAttempts": 2, "BackoffRate": 2}],
            %s "End": true}}}""".formatted(retriedErrors, extraFields);
  }

  /** A Map charging each item one after another; a failed item is caught and kept as its result. */
  private static final String CHARGE_EACH = """
      {"StartAt": "Each", "States": {"Each": {"Type": "Map", "MaxConcurrency": 1, "End": true,
        "ItemProcessor": {"StartAt": "Charge", "States": {
          "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
            "ResultSelector": {"ok.$": "$.Payload.ok"},
            "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.failed", "Next": "Failed"}],
            "End": true},
          "Failed": {"Type": "Pass", "Parameters": {"failed.$": "$.failed.Error"}, "End": true}}}}}}""";

  private static Mocks chargeOk() {
    Mocks mocks = Mocks.create();
    mocks.task("Charge").returnsPayload("{\"ok\": true}");
    return mocks;
  }

  // ---- error

  @Test
  void should_fail_the_nth_call_with_the_injected_error_and_leave_the_others_to_the_mock() {
    // GIVEN
    Mocks mocks = chargeOk();
    mocks.inject(Failure.error("Charge.Failed", "boom")).into("Charge").onCall(3);
    // WHEN
    ExecutionResult result = run(CHARGE_EACH, "[{\"n\": 1}, {\"n\": 2}, {\"n\": 3}, {\"n\": 4}]", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json(
        "[{\"ok\": true}, {\"ok\": true}, {\"failed\": \"Charge.Failed\"}, {\"ok\": true}]"));
    assertThat(answeredBy(mocks.calls())).containsExactly(
        "mocks.task(\"Charge\")", "mocks.task(\"Charge\")",
        "injected error Charge.Failed into \"Charge\" call 3", "mocks.task(\"Charge\")");
  }

  @Test
  void should_let_retry_recover_from_an_injected_error() {
    // GIVEN
    Mocks mocks = chargeOk();
    mocks.inject(Failure.error("Charge.Failed", "boom")).into("Charge").onCall(1);
    // WHEN
    ExecutionResult result = run(charge("\"Charge.Failed\"", ""), "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(visit(result, "Charge").retries()).isEqualTo(1);
    assertThat(mocks.calls()).extracting(RecordedCall::time).containsExactly(at(0), at(1));
  }

  @Test
  void should_not_consume_an_answer_of_the_mock_sequence_for_an_injected_call() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").returnsPayload("{\"ok\": \"first\"}").thenReturnsPayload("{\"ok\": \"second\"}");
    mocks.inject(Failure.error("Charge.Failed", "boom")).into("Charge").onCall(1);
    // WHEN
    ExecutionResult result = run(charge("\"Charge.Failed\"", ""), "{}", mocks);
    // THEN
    assertThat(result.output().at("/Payload/ok").textValue()).isEqualTo("first");
  }

  @Test
  void should_fail_the_execution_when_the_injected_error_is_not_handled() {
    // GIVEN
    Mocks mocks = chargeOk();
    mocks.inject(Failure.error("Charge.Failed", "boom")).into("Charge").always();
    // WHEN
    ExecutionResult result = run(charge("\"Other\"", ""), "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Charge.Failed");
    assertThat(result.cause()).isEqualTo("boom");
  }

  @Test
  void should_inject_into_every_call_by_default() {
    // GIVEN
    Mocks mocks = chargeOk();
    mocks.inject(Failure.error("Charge.Failed", "boom")).into("Charge");
    // WHEN
    ExecutionResult result = run(charge("\"Charge.Failed\"", ""), "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("Charge.Failed");
    assertThat(answeredBy(mocks.calls())).containsOnly("injected error Charge.Failed into \"Charge\"").hasSize(3);
  }

  @Test
  void should_inject_into_a_range_of_calls() {
    // GIVEN
    Mocks mocks = chargeOk();
    mocks.inject(Failure.error("Charge.Failed", "boom")).into("Charge").onCalls(2, 3);
    // WHEN
    ExecutionResult result = run(CHARGE_EACH, "[{\"n\": 1}, {\"n\": 2}, {\"n\": 3}, {\"n\": 4}]", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json(
        "[{\"ok\": true}, {\"failed\": \"Charge.Failed\"}, {\"failed\": \"Charge.Failed\"}, {\"ok\": true}]"));
    assertThat(mocks.calls().get(1).answeredBy()).isEqualTo("injected error Charge.Failed into \"Charge\" call 2-3");
  }

  @Test
  void should_count_calls_per_execution() {
    // GIVEN
    Mocks mocks = chargeOk();
    mocks.inject(Failure.error("Charge.Failed", "boom")).into("Charge").onCall(1);
    // WHEN
    ExecutionResult first = run(charge("\"Other\"", ""), "{}", mocks);
    ExecutionResult second = run(charge("\"Other\"", ""), "{}", mocks);
    // THEN
    assertThat(first.error()).isEqualTo("Charge.Failed");
    assertThat(second.error()).isEqualTo("Charge.Failed");
  }

  @Test
  void should_reject_a_range_that_does_not_start_at_one_or_later() {
    // GIVEN
    Mocks.Injection injection = Mocks.create().inject(Failure.timeout()).into("Charge");
    // WHEN / THEN
    assertThatThrownBy(() -> injection.onCalls(0, 1))
        .isInstanceOf(SfnTestKitException.class)
        .hasMessage("onCalls(from, to) needs 1 <= from <= to, got 0, 1");
    assertThatThrownBy(() -> injection.onCalls(3, 2))
        .isInstanceOf(SfnTestKitException.class)
        .hasMessage("onCalls(from, to) needs 1 <= from <= to, got 3, 2");
  }

  // ---- timeout

  @Test
  void should_time_out_the_nth_call_at_the_tasks_timeout_seconds_and_let_retry_recover() {
    // GIVEN
    Mocks mocks = chargeOk();
    mocks.inject(Failure.timeout()).into("Charge").onCall(1);
    // WHEN
    ExecutionResult result = run(charge("\"States.Timeout\"", "\"TimeoutSeconds\": 10,"), "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(events(result, "TaskTimedOut")).extracting(HistoryEvent::timestamp).containsExactly(at(10));
    assertThat(mocks.calls()).extracting(RecordedCall::time).containsExactly(at(0), at(11));
    assertThat(mocks.calls().get(0).answeredBy()).isEqualTo("injected timeout into \"Charge\" call 1");
  }

  @Test
  void should_time_out_at_the_aws_default_when_the_task_has_no_timeout_seconds() {
    // GIVEN
    Mocks mocks = chargeOk();
    mocks.inject(Failure.timeout()).into("Charge").always();
    // WHEN
    ExecutionResult result = run(charge("\"Other\"", ""), "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(99_999_999));
  }

  // ---- throttling

  @Test
  void should_throttle_calls_and_let_retry_recover_when_enough_attempts_remain() {
    // GIVEN
    Mocks mocks = chargeOk();
    mocks.inject(Failure.throttling()).into("Charge").onCalls(1, 2);
    // WHEN
    ExecutionResult result = run(charge("\"Lambda.TooManyRequestsException\"", ""), "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(visit(result, "Charge").retries()).isEqualTo(2);
    assertThat(mocks.calls()).extracting(RecordedCall::time).containsExactly(at(0), at(1), at(3));
  }

  @Test
  void should_fail_with_the_throttling_error_when_retries_run_out() {
    // GIVEN
    Mocks mocks = chargeOk();
    mocks.inject(Failure.throttling()).into("Charge").onCalls(1, 3);
    // WHEN
    ExecutionResult result = run(charge("\"Lambda.TooManyRequestsException\"", ""), "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("Lambda.TooManyRequestsException");
    assertThat(result.cause()).isEqualTo("Rate exceeded");
  }

  @ParameterizedTest
  @CsvSource({
    "arn:aws:states:::lambda:invoke, Lambda.TooManyRequestsException",
    "arn:aws:lambda:us-east-1:123456789012:function:charge, Lambda.TooManyRequestsException",
    "arn:aws:states:::dynamodb:putItem, DynamoDB.ProvisionedThroughputExceededException",
  })
  void should_throttle_with_the_error_name_of_the_service(String resource, String error) {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.inject(Failure.throttling()).into("T").always();
    // WHEN
    ExecutionResult result = run(task(resource, ""), "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo(error);
  }

  @Test
  void should_answer_an_injected_call_even_without_a_mock_for_the_state() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.inject(Failure.error("Down", "service down")).into("T").always();
    // WHEN
    ExecutionResult result = run(task(LAMBDA_INVOKE, ""), "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("Down");
  }
}
