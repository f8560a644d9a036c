package io.github.sfntestkit.mock;

import static io.github.sfntestkit.mock.MockRuns.LAMBDA_INVOKE;
import static io.github.sfntestkit.mock.MockRuns.T0;
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
import io.github.sfntestkit.history.HistoryEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answers a {@link TaskMock} gives, in sequence, and what {@link Mocks} records of each call. */
class TaskMockSequenceTest {
  private static final String SNS = "arn:aws:states:::sns:publish";

  /** Four Task states calling the same resource; each result is kept under the state's name. */
  private static final String CHAIN = """
      {"StartAt": "A", "States": {
        "A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "ResultPath": "$.A", "Next": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "ResultPath": "$.B", "Next": "C"},
        "C": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "ResultPath": "$.C", "Next": "D"},
        "D": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "ResultPath": "$.D", "End": true}}}""";

  /** Task "Charge", retried twice on "Busy" after 2 s, then 4 s. */
  private static final String RETRIED = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
          "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 2, "MaxAttempts": 2, "BackoffRate": 2}],
          "End": true}}}""";

  // ---- each kind of answer

  @Test
  void should_answer_with_the_raw_result_given_as_a_tree_or_as_text() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.resource(SNS).returns(json("{\"tree\": 1}")).thenReturns("{\"text\": 2}");
    // WHEN
    ExecutionResult result = run(CHAIN, "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json(
        "{\"A\": {\"tree\": 1}, \"B\": {\"text\": 2}, \"C\": {\"text\": 2}, \"D\": {\"text\": 2}}"));
  }

  @Test
  void should_not_wrap_a_raw_result_in_the_integration_response_shape() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").returns("{\"ok\": true}");
    // WHEN
    ExecutionResult result = run(task(LAMBDA_INVOKE, ""), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"ok\": true}"));
  }

  @Test
  void should_wrap_a_payload_in_the_integration_response_shape() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").returnsPayload("{\"ok\": true}");
    // WHEN
    ExecutionResult result = run(task(LAMBDA_INVOKE, ""), "{}", mocks);
    // THEN
    assertThat(result.output().get("Payload")).isEqualTo(json("{\"ok\": true}"));
    assertThat(result.output().get("StatusCode").intValue()).isEqualTo(200);
  }

  @Test
  void should_compute_the_result_from_the_effective_input() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").returns(input -> json("{\"total\": " + (input.get("price").intValue() * 2) + "}"));
    String definition = task(SNS, "\"Parameters\": {\"price.$\": \"$.order.price\"},");
    // WHEN
    ExecutionResult result = run(definition, "{\"order\": {\"price\": 21}}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"total\": 42}"));
  }

  @Test
  void should_answer_with_what_an_answer_function_decides_from_the_call() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").answers(call -> call.attempt() < 2
        ? TaskResponse.failure("Busy", "attempt " + call.attempt())
        : TaskResponse.success(json("{\"attempt\": " + call.attempt() + "}")));
    // WHEN
    ExecutionResult result = run(RETRIED, "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"attempt\": 2}"));
    assertThat(visit(result, "Charge").retries()).isEqualTo(2);
  }

  @Test
  void should_fail_the_task_with_the_error_and_cause_thrown() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").throwsError("Payment.Declined", "card expired");
    // WHEN
    ExecutionResult result = run(task(LAMBDA_INVOKE, ""), "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Payment.Declined");
    assertThat(result.cause()).isEqualTo("card expired");
    HistoryEvent failed = events(result, "TaskFailed").get(0);
    assertThat(failed.details().get("error").textValue()).isEqualTo("Payment.Declined");
    assertThat(failed.details().get("cause").textValue()).isEqualTo("card expired");
  }

  @Test
  void should_time_out_a_task_that_never_answers_at_its_timeout_seconds() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").neverAnswers();
    // WHEN
    ExecutionResult result = run(task(LAMBDA_INVOKE, "\"TimeoutSeconds\": 5,"), "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(events(result, "TaskTimedOut")).extracting(HistoryEvent::timestamp).containsExactly(at(5));
  }

  @Test
  void should_time_out_a_task_that_never_answers_at_the_aws_default_without_timeout_seconds() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").neverAnswers();
    // WHEN
    ExecutionResult result = run(task(LAMBDA_INVOKE, ""), "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(99_999_999));
  }

  // ---- sequences

  @Test
  void should_give_each_answer_times_n_then_repeat_the_last_answer() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.resource(SNS).returns("\"a\"").times(2).thenReturns("\"b\"");
    // WHEN
    ExecutionResult result = run(CHAIN, "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"A\": \"a\", \"B\": \"a\", \"C\": \"b\", \"D\": \"b\"}"));
  }

  @Test
  void should_count_retries_as_calls_of_the_sequence() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").throwsError("Busy", "try later").times(2).thenReturnsPayload("{\"id\": \"ch-1\"}");
    // WHEN
    ExecutionResult result = run(RETRIED, "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().get("Payload")).isEqualTo(json("{\"id\": \"ch-1\"}"));
    assertThat(mocks.calls("Charge")).extracting(RecordedCall::failed).containsExactly(true, true, false);
  }

  @Test
  void should_repeat_a_thrown_error_when_it_is_the_last_answer() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").throwsError("Busy", "try later");
    // WHEN
    ExecutionResult result = run(RETRIED, "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("Busy");
    assertThat(mocks.calls("Charge")).hasSize(3);
  }

  @Test
  void should_move_the_virtual_clock_by_the_latency_of_each_answer() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.resource(SNS)
        .returns("\"slow\"").after(Duration.ofSeconds(30))
        .thenReturns("\"slower\"").after(Duration.ofMinutes(1)).times(2)
        .thenReturns("\"fast\"");
    // WHEN
    ExecutionResult result = run(CHAIN, "{}", mocks);
    // THEN
    assertThat(mocks.calls()).extracting(RecordedCall::time).containsExactly(at(0), at(30), at(90), at(150));
    assertThat(events(result, "TaskSucceeded")).extracting(HistoryEvent::timestamp)
        .containsExactly(at(30), at(90), at(150), at(150));
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(150));
  }

  @Test
  void should_fail_after_the_latency_of_a_thrown_error() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").throwsError("Late.Failure", "too late").after(Duration.ofSeconds(7));
    // WHEN
    ExecutionResult result = run(task(SNS, ""), "{}", mocks);
    // THEN
    assertThat(events(result, "TaskFailed")).extracting(HistoryEvent::timestamp).containsExactly(at(7));
  }

  @Test
  void should_start_the_sequence_over_in_each_execution_and_keep_every_recorded_call() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.resource(SNS).returns("1").thenReturns("2");
    // WHEN
    ExecutionResult first = run(CHAIN, "{}", mocks);
    ExecutionResult second = run(CHAIN, "{}", mocks);
    // THEN
    assertThat(first.output()).isEqualTo(json("{\"A\": 1, \"B\": 2, \"C\": 2, \"D\": 2}"));
    assertThat(second.output()).isEqualTo(first.output());
    assertThat(mocks.calls()).hasSize(8);
  }

  // ---- recorded calls

  @Test
  void should_record_each_call_with_its_index_attempt_time_input_answer_and_mock() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").throwsError("Busy", "try later").thenReturnsPayload("{\"id\": \"ch-1\"}");
    // WHEN
    run(RETRIED, "{\"amount\": 12}", mocks);
    // THEN
    List<RecordedCall> calls = mocks.calls("Charge");
    assertThat(calls).hasSize(2);
    RecordedCall first = calls.get(0);
    assertThat(first.callIndex()).isZero();
    assertThat(first.call().attempt()).isZero();
    assertThat(first.time()).isEqualTo(T0);
    assertThat(first.resource()).isEqualTo(LAMBDA_INVOKE);
    assertThat(first.input()).isEqualTo(json("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 12}}"));
    assertThat(first.answeredBy()).isEqualTo("mocks.task(\"Charge\")");
    assertThat(first.failed()).isTrue();
    assertThat(first.response().error()).isEqualTo("Busy");
    assertThat(first.taskToken()).isNull();
    RecordedCall second = calls.get(1);
    assertThat(second.callIndex()).isEqualTo(1);
    assertThat(second.call().attempt()).isEqualTo(1);
    assertThat(second.time()).isEqualTo(at(2));
    assertThat(second.failed()).isFalse();
    assertThat(second.response().result().get("Payload")).isEqualTo(json("{\"id\": \"ch-1\"}"));
  }

  @Test
  void should_describe_a_mock_with_its_answers() {
    // GIVEN
    Mocks mocks = Mocks.create();
    // WHEN
    TaskMock mock = mocks.task("Charge")
        .throwsError("Busy", "try later").times(2)
        .thenReturns("{\"ok\": true}").after(Duration.ofSeconds(1))
        .thenNeverAnswers();
    // THEN
    assertThat(mock).hasToString(
        "mocks.task(\"Charge\") [throws Busy x2, returns {\"ok\":true} after PT1S, never answers]");
  }

  // ---- misuse

  @Test
  void should_reject_times_below_one() {
    // GIVEN
    TaskMock mock = Mocks.create().task("T").returns("{}");
    // WHEN / THEN
    assertThatThrownBy(() -> mock.times(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times(n) needs n >= 1 but was 0");
  }

  @Test
  void should_reject_times_or_after_before_any_answer() {
    // GIVEN
    TaskMock mock = Mocks.create().task("T");
    // WHEN / THEN
    assertThatThrownBy(() -> mock.after(Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("mocks.task(\"T\") has no answer yet: call returns(...), throwsError(...) or answers(...) first");
    assertThatThrownBy(() -> mock.times(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("mocks.task(\"T\") has no answer yet: call returns(...), throwsError(...) or answers(...) first");
  }

  @Test
  void should_reject_a_result_that_is_not_json() {
    // GIVEN
    TaskMock mock = Mocks.create().task("T");
    // WHEN / THEN
    assertThatThrownBy(() -> mock.returns("{oops"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not valid JSON: {oops (");
  }
}
