package io.github.sfntestkit.mock;

import static io.github.sfntestkit.mock.MockRuns.T0;
import static io.github.sfntestkit.mock.MockRuns.at;
import static io.github.sfntestkit.mock.MockRuns.events;
import static io.github.sfntestkit.mock.MockRuns.json;
import static io.github.sfntestkit.mock.MockRuns.run;
import static io.github.sfntestkit.mock.MockRuns.task;
import static io.github.sfntestkit.mock.MockRuns.types;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.history.HistoryEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Callback tasks ({@code .waitForTaskToken}), activities and {@code .sync} jobs on the virtual clock:
 * the answer's latency, HeartbeatSeconds (each heartbeat opens a new window) and TimeoutSeconds.
 */
class CallbackTest {
  private static final String REVIEW = "arn:aws:states:us-east-1:123456789012:activity:review";
  private static final String APPROVED = "{\"approved\": true}";

  /** "Approve" sends the task token to a queue and waits for it; {@code %s} adds timeout fields. */
  private static String approve(String timeouts) {
    return """
        {"StartAt": "Approve", "States": {
          "Approve": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "Parameters": {
              "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
              "MessageBody": {"order.$": "$.order", "token.$": "$$.Task.Token"}},
            %s "End": true}}}""".formatted(timeouts);
  }

  private static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }

  // ---- .waitForTaskToken

  @Test
  void should_succeed_with_the_callback_result_after_its_latency() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Approve").callback(Duration.ofMinutes(5), json(APPROVED));
    // WHEN
    ExecutionResult result = run(approve(""), "{\"order\": 1}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json(APPROVED));
    assertThat(types(result)).containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded");
    assertThat(events(result, "TaskSucceeded")).extracting(HistoryEvent::timestamp).containsExactly(at(300));
    assertThat(result.duration()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void should_fail_with_the_error_sent_back_after_its_latency() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Approve").throwsError("Approval.Rejected", "manager said no").after(Duration.ofMinutes(2));
    // WHEN
    ExecutionResult result = run(approve("\"HeartbeatSeconds\": 600,"), "{\"order\": 1}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Approval.Rejected");
    assertThat(result.cause()).isEqualTo("manager said no");
    assertThat(events(result, "TaskFailed")).extracting(HistoryEvent::timestamp).containsExactly(at(120));
  }

  @Test
  void should_time_out_one_heartbeat_window_after_the_call_when_no_heartbeat_comes() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Approve").callback(Duration.ofMinutes(5), json(APPROVED));
    // WHEN
    ExecutionResult result = run(approve("\"HeartbeatSeconds\": 60,"), "{\"order\": 1}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(events(result, "TaskTimedOut")).extracting(HistoryEvent::timestamp).containsExactly(at(60));
    assertThat(events(result, "TaskSucceeded")).isEmpty();
    assertThat(result.stopTime()).isEqualTo(at(60));
  }

  @Test
  void should_time_out_one_heartbeat_window_after_the_last_heartbeat() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Approve").callback(Duration.ofMinutes(5), json(APPROVED), seconds(30), seconds(80));
    // WHEN
    ExecutionResult result = run(approve("\"HeartbeatSeconds\": 60,"), "{\"order\": 1}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(events(result, "TaskTimedOut")).extracting(HistoryEvent::timestamp).containsExactly(at(140));
  }

  @Test
  void should_stay_alive_while_heartbeats_come_within_each_window() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Approve").callback(seconds(200), json(APPROVED), seconds(150), seconds(50), seconds(100));
    // WHEN
    ExecutionResult result = run(approve("\"HeartbeatSeconds\": 60,"), "{\"order\": 1}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(events(result, "TaskSucceeded")).extracting(HistoryEvent::timestamp).containsExactly(at(200));
  }

  @Test
  void should_time_out_at_timeout_seconds_even_while_heartbeats_keep_coming() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Approve").callback(seconds(300), json(APPROVED),
        seconds(50), seconds(100), seconds(150), seconds(200), seconds(250));
    // WHEN
    ExecutionResult result =
        run(approve("\"HeartbeatSeconds\": 60, \"TimeoutSeconds\": 120,"), "{\"order\": 1}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(events(result, "TaskTimedOut")).extracting(HistoryEvent::timestamp).containsExactly(at(120));
  }

  @Test
  void should_time_out_a_callback_that_never_answers_at_its_heartbeat() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Approve").neverAnswers();
    // WHEN
    ExecutionResult result = run(approve("\"HeartbeatSeconds\": 45,"), "{\"order\": 1}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(events(result, "TaskTimedOut")).extracting(HistoryEvent::timestamp).containsExactly(at(45));
  }

  @Test
  void should_give_the_task_token_to_the_call_and_to_the_context_object() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Approve").answers(call ->
        TaskResponse.success(json("{\"token\": \"" + call.taskToken() + "\"}")));
    // WHEN
    ExecutionResult result = run(approve(""), "{\"order\": 1}", mocks);
    // THEN
    RecordedCall call = mocks.calls("Approve").get(0);
    assertThat(call.taskToken()).matches("token-[0-9a-f]{8}-0001");
    assertThat(call.input().at("/MessageBody/token").textValue()).isEqualTo(call.taskToken());
    assertThat(result.output().get("token").textValue()).isEqualTo(call.taskToken());
  }

  @Test
  void should_give_each_attempt_a_new_task_token_and_the_same_tokens_on_every_run() {
    // GIVEN
    String definition = approve(
        "\"Retry\": [{\"ErrorEquals\": [\"Approval.Lost\"], \"IntervalSeconds\": 1, \"MaxAttempts\": 1}],");
    Mocks mocks = Mocks.create();
    mocks.task("Approve").throwsError("Approval.Lost", "message dropped").thenReturns(APPROVED);
    // WHEN
    run(definition, "{\"order\": 1}", mocks);
    run(definition, "{\"order\": 1}", mocks);
    // THEN
    assertThat(mocks.calls()).extracting(RecordedCall::taskToken).doesNotContainNull().hasSize(4);
    assertThat(mocks.calls().get(0).taskToken()).isNotEqualTo(mocks.calls().get(1).taskToken());
    assertThat(mocks.calls().get(2).taskToken()).isEqualTo(mocks.calls().get(0).taskToken());
    assertThat(mocks.calls().get(3).taskToken()).isEqualTo(mocks.calls().get(1).taskToken());
  }

  // ---- activities

  @Test
  void should_complete_an_activity_at_the_answer_time_while_heartbeats_come() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.activity(REVIEW).callback(seconds(200), json(APPROVED), seconds(50), seconds(100), seconds(150));
    // WHEN
    ExecutionResult result = run(task(REVIEW, "\"HeartbeatSeconds\": 60,"), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json(APPROVED));
    assertThat(types(result)).containsSubsequence("ActivityScheduled", "ActivityStarted", "ActivitySucceeded");
    assertThat(events(result, "ActivitySucceeded")).extracting(HistoryEvent::timestamp).containsExactly(at(200));
  }

  @Test
  void should_time_out_an_activity_whose_worker_stops_sending_heartbeats() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.activity(REVIEW).callback(seconds(200), json(APPROVED), seconds(50));
    // WHEN
    ExecutionResult result = run(task(REVIEW, "\"HeartbeatSeconds\": 60,"), "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(events(result, "ActivityTimedOut")).extracting(HistoryEvent::timestamp).containsExactly(at(110));
  }

  @Test
  void should_time_out_an_activity_at_its_timeout_seconds() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.activity(REVIEW).neverAnswers();
    // WHEN
    ExecutionResult result = run(task(REVIEW, "\"TimeoutSeconds\": 30,"), "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(events(result, "ActivityTimedOut")).extracting(HistoryEvent::timestamp).containsExactly(at(30));
  }

  @Test
  void should_give_an_activity_call_a_task_token() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.activity(REVIEW).returns(APPROVED);
    // WHEN
    run(task(REVIEW, ""), "{}", mocks);
    // THEN
    assertThat(mocks.calls().get(0).taskToken()).matches("token-[0-9a-f]{8}-0001");
  }

  // ---- .sync

  @Test
  void should_complete_a_sync_job_when_the_mock_answers() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").returnsPayload("{\"TaskArn\": \"t-1\"}").after(Duration.ofMinutes(10));
    String definition = task("arn:aws:states:::ecs:runTask.sync",
        "\"ResultSelector\": {\"status.$\": \"$.Tasks[0].LastStatus\"},");
    // WHEN
    ExecutionResult result = run(definition, "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"status\": \"STOPPED\"}"));
    assertThat(types(result)).containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded");
    assertThat(events(result, "TaskSucceeded")).extracting(HistoryEvent::timestamp).containsExactly(at(600));
  }

  @Test
  void should_fail_a_sync_job_with_the_mocked_error() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").throwsError("States.TaskFailed", "job failed").after(Duration.ofMinutes(3));
    // WHEN
    ExecutionResult result = run(task("arn:aws:states:::batch:submitJob.sync", ""), "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("States.TaskFailed");
    assertThat(events(result, "TaskFailed")).extracting(HistoryEvent::timestamp).containsExactly(at(180));
  }

  @Test
  void should_give_a_child_execution_output_as_json_for_start_execution_sync_2() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").returnsPayload("{\"shipped\": true}").after(Duration.ofSeconds(42));
    String definition = task("arn:aws:states:::states:startExecution.sync:2", """
        "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:ship",
          "Input": {"order.$": "$.order"}},
        "OutputPath": "$.Output",""");
    // WHEN
    ExecutionResult result = run(definition, "{\"order\": 7}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"shipped\": true}"));
    assertThat(result.stopTime()).isEqualTo(T0.plusSeconds(42));
  }

  @Test
  void should_not_apply_heartbeat_seconds_to_a_sync_job() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").returnsPayload("{}").after(Duration.ofMinutes(10));
    // WHEN
    ExecutionResult result =
        run(task("arn:aws:states:::glue:startJobRun.sync", "\"HeartbeatSeconds\": 60,"), "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }
}
