package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class StateAssert_wasRetried_Test {

  @Test
  void should_pass_when_retried_that_often() {
    // GIVEN
    // WHEN/THEN
    assertThat(declined()).state("ChargeCard").wasRetried(2).retries().isEqualTo(2);
  }

  @Test
  void should_fail_showing_delays_and_outcome() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).state("ChargeCard").wasRetried(3));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting state \"ChargeCard\" to have been retried:",
        "  3 times",
        "but it was retried:",
        "  2 times (delays [PT1S, PT2S])",
        "then it caught \"Payment.Declined\" and went to \"PaymentFailed\".",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_retries_with_state_description() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).state("ChargeCard").retries().isZero());
    // THEN
    Assertions.assertThat(error).hasMessage("[retries of state \"ChargeCard\"] " + message(
        "expected: 0",
        " but was: 2"));
  }
}
