package io.github.sfntestkit.samples.approval;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static io.github.sfntestkit.samples.SampleFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.SfnInject;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.RecordedCall;
import io.github.sfntestkit.mock.TaskResponse;
import io.github.sfntestkit.samples.SampleFiles;
import io.github.sfntestkit.time.VirtualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The expense approval: {@code RequestApproval} sends the request with a task token to the
 * approvers' queue ({@code sqs:sendMessage.waitForTaskToken}) and waits for a person, with
 * {@code HeartbeatSeconds: 3600} and {@code TimeoutSeconds: 86400}. Hours of waiting take no time.
 */
@StateMachineTest("human-approval/approval.asl.json")
class ExpenseApprovalTest {

  static final String EXPENSE = SampleFiles.text("human-approval/input.json");
  static final String APPROVED = "{\"decision\": \"APPROVED\", \"approver\": \"grace@example.com\"}";

  @SfnInject Mocks mocks;
  @SfnInject StateMachineRunner sfn;
  @SfnInject VirtualClock clock;

  @BeforeEach
  void the_other_services_answer() {
    mocks.task("PayOut").returnsPayload("{\"paymentId\": \"pay-9\"}");
    mocks.resource("arn:aws:states:::sns:publish").returnsPayload("{}");
  }

  /** Heartbeats every {@code every}, from the first one up to {@code until} (both after the call). */
  static Duration[] heartbeats(Duration every, Duration until) {
    List<Duration> times = new ArrayList<>();
    for (Duration t = every; t.compareTo(until) <= 0; t = t.plus(every)) {
      times.add(t);
    }
    return times.toArray(Duration[]::new);
  }

  @Test
  void should_pay_out_an_expense_approved_three_hours_later() {
    // GIVEN: the approver's tool sends a heartbeat every 45 minutes, then the decision after 3 hours
    mocks.task("RequestApproval").callback(Duration.ofHours(3), json(APPROVED),
        heartbeats(Duration.ofMinutes(45), Duration.ofHours(3)));
    // WHEN
    ExecutionResult result = sfn.run(EXPENSE);
    // THEN
    assertThat(result).succeeded()
        .path().containsExactly("RequestApproval", "IsApproved", "PayOut", "NotifyPaid", "Paid");
    assertThat(result).outputAt("$.approval").isEqualTo(APPROVED);
    assertThat(result).calls(mocks, "PayOut").call(1).hasInput("""
        {"FunctionName": "${PayOutFunctionArn}",
         "Payload": {"expenseId": "exp-17", "amount": 480, "approvedBy": "grace@example.com"}}""");
    assertThat(result).calls(mocks, "NotifyPaid").call(1).input().at("$.Message")
        .hasText("Expense exp-17 was approved by grace@example.com and paid (pay-9).");
    assertThat(result).tookExactly(Duration.ofHours(3));
    assertThat(result).history().containsEventTypes("TaskSubmitted", "TaskSucceeded");
  }

  @Test
  void should_put_the_task_token_in_the_message_for_the_approvers() {
    // GIVEN: the approver answers with the token they read from the message, as SendTaskSuccess would
    mocks.task("RequestApproval").answers(call -> TaskResponse.success(json("""
            {"decision": "APPROVED", "approver": "grace@example.com", "token": "%s"}"""
            .formatted(call.input().at("/MessageBody/taskToken").textValue())))
        .after(Duration.ofMinutes(30)));
    // WHEN
    ExecutionResult result = sfn.run(EXPENSE);
    // THEN
    RecordedCall request = mocks.calls("RequestApproval").get(0);
    assertThat(request.taskToken()).isNotBlank();
    assertThat(result).outputAt("$.approval.token").hasText(request.taskToken());
    assertThat(result).calls(mocks, "RequestApproval").call(1).hasInput("""
        {"QueueUrl": "${ApprovalQueueUrl}",
         "MessageBody": {"expenseId": "exp-17", "requester": "ada@example.com", "amount": 480,
                         "taskToken": "%s"}}""".formatted(request.taskToken()));
  }

  @Test
  void should_tell_the_requester_why_an_expense_was_rejected() {
    // GIVEN
    mocks.task("RequestApproval").callback(Duration.ofMinutes(20), json("""
        {"decision": "REJECTED", "approver": "grace@example.com", "comment": "no receipt attached"}"""));
    // WHEN
    ExecutionResult result = sfn.run(EXPENSE);
    // THEN: a rejection is a normal outcome, not a failure
    assertThat(result).succeeded()
        .path().containsExactly("RequestApproval", "IsApproved", "NotifyRejected", "Rejected");
    assertThat(result).calls(mocks, "NotifyRejected").call(1).hasInputContaining("""
        {"Subject": "Expense rejected",
         "Message": "Expense exp-17 was rejected by grace@example.com: no receipt attached"}""");
    assertThat(mocks.calls("PayOut")).isEmpty();
  }

  @Test
  void should_expire_after_24_hours_even_when_the_heartbeats_keep_coming() {
    // GIVEN: the approvers' tool stays alive (a heartbeat every 50 minutes) but nobody decides
    mocks.task("RequestApproval").callback(Duration.ofHours(30), json(APPROVED),
        heartbeats(Duration.ofMinutes(50), Duration.ofHours(30)));
    // WHEN
    ExecutionResult result = sfn.run(EXPENSE);
    // THEN: TimeoutSeconds 86400 ends the wait; a day of virtual time passed instantly
    assertThat(result).failedWith("Approval.Expired").withCause("No decision within 24 hours");
    assertThat(result).state("RequestApproval").caught("States.Timeout").wentTo("NotifyExpired");
    assertThat(result).calls(mocks, "NotifyExpired").call(1).input().at("$.Message")
        .hasText("Nobody reviewed expense exp-17 in time; please submit it again.");
    assertThat(result).tookExactly(Duration.ofHours(24));
    assertThat(result).history().containsEventTypes("TaskTimedOut");
  }

  @Test
  void should_expire_an_hour_after_the_last_heartbeat() {
    // GIVEN: two heartbeats, then the approvers' tool goes silent
    mocks.task("RequestApproval").callback(Duration.ofHours(5), json(APPROVED),
        Duration.ofMinutes(30), Duration.ofMinutes(80));
    // WHEN
    ExecutionResult result = sfn.run(EXPENSE);
    // THEN: HeartbeatSeconds 3600 after the heartbeat at 80 minutes
    assertThat(result).failedWith("Approval.Expired");
    assertThat(result.stopTime()).isEqualTo(clock.at(Duration.ofMinutes(140)));
    assertThat(mocks.calls("PayOut")).isEmpty();
  }

  @Test
  void should_expire_after_an_hour_when_the_message_is_never_picked_up() {
    // GIVEN: no heartbeat, no answer
    mocks.task("RequestApproval").neverAnswers();
    // WHEN
    ExecutionResult result = sfn.run(EXPENSE);
    // THEN
    assertThat(result).failedWith("Approval.Expired");
    assertThat(result).tookExactly(Duration.ofHours(1));
  }

  @Test
  void should_fail_on_a_decision_it_does_not_know() {
    // GIVEN
    mocks.task("RequestApproval").callback(Duration.ofMinutes(5), json("{\"decision\": \"MAYBE\"}"));
    // WHEN
    ExecutionResult result = sfn.run(EXPENSE);
    // THEN
    assertThat(result).failedWith("Approval.UnknownDecision");
    assertThat(result).state("IsApproved").wentTo("UnknownDecision");
  }
}
