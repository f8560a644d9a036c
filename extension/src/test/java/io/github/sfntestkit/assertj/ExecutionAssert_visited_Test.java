package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.Executions.paid;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ExecutionAssert_visited_Test {

  @Test
  void should_pass_when_states_were_entered() {
    // GIVEN
    // WHEN/THEN
    assertThat(paid()).visited("Start", "Done").neverVisited("PaymentFailed").visitedInOrder("Start", "Done");
  }

  @Test
  void should_fail_when_state_was_never_entered() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).visited("ShipOrder"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have entered state:",
        "  \"ShipOrder\"",
        "but it did not. Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_listing_states_never_entered() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).visited("Start", "ShipOrder", "Notify"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have entered states:",
        "  [\"Start\", \"ShipOrder\", \"Notify\"]",
        "but it never entered:",
        "  [\"ShipOrder\", \"Notify\"]",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_unexpected_state_was_entered() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).neverVisited("PaymentFailed", "Done"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution not to have entered states:",
        "  [\"PaymentFailed\", \"Done\"]",
        "but it entered:",
        "  [\"PaymentFailed\"]",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_order_differs() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).visitedInOrder("Done", "ChargeCard"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have entered states in this order:",
        "  [\"Done\", \"ChargeCard\"]",
        "but \"ChargeCard\" was not entered after \"Done\". Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }

  @Test
  void should_fail_when_state_in_order_was_never_entered() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).visitedInOrder("Start", "Ship"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have entered states in this order:",
        "  [\"Start\", \"Ship\"]",
        "but \"Ship\" was never entered. Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }
}
