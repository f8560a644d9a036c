package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.Executions.paid;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class StateAssert_transitions_Test {

  @Test
  void should_pass_when_error_was_caught_and_next_state_matches() {
    // GIVEN
    // WHEN/THEN
    assertThat(declined()).state("ChargeCard").caught("Payment.Declined").wentTo("PaymentFailed").returnToExecution().failed();
  }

  @Test
  void should_fail_when_another_error_was_caught() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).state("ChargeCard").caught("States.Timeout"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting state \"ChargeCard\" to have caught error:",
        "  \"States.Timeout\"",
        "but it caught \"Payment.Declined\" and went to \"PaymentFailed\".",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_showing_input_and_output_when_next_state_differs() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).state("ChargeCard").wentTo("PaymentFailed"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting state \"ChargeCard\" to have gone to:",
        "  \"PaymentFailed\"",
        "but it went to \"Done\".",
        "State input:",
        "  {\"id\":1,\"order\":{\"amount\":42}}",
        "State output:",
        "  {\"status\":\"PAID\",\"total\":42}",
        "Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }
}
