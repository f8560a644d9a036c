package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ExecutionAssert_took_Test {

  @Test
  void should_pass_with_virtual_time() {
    // GIVEN
    // WHEN/THEN
    assertThat(declined()).tookAtMost(Duration.ofSeconds(3)).tookExactly(Duration.ofSeconds(3));
  }

  @Test
  void should_fail_when_it_took_longer() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).tookAtMost(Duration.ofSeconds(1)));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have taken at most:",
        "  PT1S",
        "but it took:",
        "  PT3S (virtual time, from 2024-01-01T00:00:00Z to 2024-01-01T00:00:03Z)",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_duration_differs() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).tookExactly(Duration.ZERO));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have taken exactly:",
        "  PT0S",
        "but it took:",
        "  PT3S (virtual time, from 2024-01-01T00:00:00Z to 2024-01-01T00:00:03Z)",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }
}
