package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.Executions.paid;
import static io.github.sfntestkit.assertj.Executions.timedOut;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ExecutionAssert_succeeded_Test {

  @Test
  void should_pass_when_execution_succeeded() {
    // GIVEN
    // WHEN/THEN
    assertThat(paid()).succeeded();
  }

  @Test
  void should_fail_with_error_cause_last_state_and_path_when_execution_failed() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).succeeded());
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have succeeded but it ended with status FAILED:",
        "  error: \"Payment.Declined\"",
        "  cause: \"card declined\"",
        "Last state entered: \"PaymentFailed\" (Fail), input:",
        "  {\"id\":1,\"order\":{\"amount\":42},\"error\":{\"Error\":\"Payment.Declined\",\"Cause\":\"no funds\"}}",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_execution_timed_out() {
    // GIVEN
    ExecutionResult slow = timedOut();
    // WHEN
    AssertionError error = failure(() -> assertThat(slow).succeeded());
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have succeeded but it ended with status TIMED_OUT",
        "Last state entered: \"Wait\" (Wait), input:",
        "  {}",
        "Path taken:",
        "  Wait [timed out]"));
  }

  @Test
  void should_keep_the_description() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).as("payment").state("ChargeCard").wasRetried(1));
    // THEN
    Assertions.assertThat(error).hasMessage("[payment] " + message(
        "Expecting state \"ChargeCard\" to have been retried:",
        "  1 time",
        "but it was retried:",
        "  2 times (delays [PT1S, PT2S])",
        "then it caught \"Payment.Declined\" and went to \"PaymentFailed\".",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }
}
