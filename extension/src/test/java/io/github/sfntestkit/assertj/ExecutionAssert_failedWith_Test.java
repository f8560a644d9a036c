package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.Executions.paid;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ExecutionAssert_failedWith_Test {

  @Test
  void should_pass_when_error_and_cause_match() {
    // GIVEN
    // WHEN/THEN
    assertThat(declined()).failedWith("Payment.Declined").withCause("card declined").withCauseContaining("declined");
  }

  @Test
  void should_fail_when_error_differs() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).failedWith("States.Timeout"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have failed with error:",
        "  \"States.Timeout\"",
        "but it ended with status FAILED:",
        "  error: \"Payment.Declined\"",
        "  cause: \"card declined\"",
        "Last state entered: \"PaymentFailed\" (Fail), input:",
        "  {\"id\":1,\"order\":{\"amount\":42},\"error\":{\"Error\":\"Payment.Declined\",\"Cause\":\"no funds\"}}",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_execution_succeeded() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).failedWith("States.Timeout"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have failed with error:",
        "  \"States.Timeout\"",
        "but it ended with status SUCCEEDED, output:",
        "  {\"status\":\"PAID\",\"total\":42}",
        "Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }

  @Test
  void should_fail_when_cause_differs() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).withCause("insufficient funds"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution cause to be:",
        "  \"insufficient funds\"",
        "but the execution ended with status FAILED:",
        "  error: \"Payment.Declined\"",
        "  cause: \"card declined\"",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_cause_does_not_contain_fragment() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).withCauseContaining("timeout"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution cause to contain:",
        "  \"timeout\"",
        "but the execution ended with status FAILED:",
        "  error: \"Payment.Declined\"",
        "  cause: \"card declined\"",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }
}
