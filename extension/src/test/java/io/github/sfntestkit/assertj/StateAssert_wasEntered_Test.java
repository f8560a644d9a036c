package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.items;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class StateAssert_wasEntered_Test {

  @Test
  void should_pass_when_state_was_entered() {
    // GIVEN
    // WHEN/THEN
    assertThat(items()).state("Validate").wasEntered().wasEnteredTimes(3);
  }

  @Test
  void should_fail_when_state_was_never_entered() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).state("ShipOrder").wasEntered());
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have entered state:",
        "  \"ShipOrder\"",
        "but it did not. Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_entered_another_number_of_times() {
    // GIVEN
    ExecutionResult items = items();
    // WHEN
    AssertionError error = failure(() -> assertThat(items).state("Validate").wasEnteredTimes(2));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting state \"Validate\" to have been entered:",
        "  2 times",
        "but it was entered:",
        "  3 times",
        "Path taken:",
        "  Each -> Validate (x3) -> Remember [End]"));
  }

  @Test
  void should_fail_when_visit_does_not_exist() {
    // GIVEN
    ExecutionResult items = items();
    // WHEN
    AssertionError error = failure(() -> assertThat(items).state("Validate").visit(4).wasEntered());
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting state \"Validate\" to have been entered at least:",
        "  4 times",
        "to inspect visit #4, but it was entered:",
        "  3 times",
        "Path taken:",
        "  Each -> Validate (x3) -> Remember [End]"));
  }
}
