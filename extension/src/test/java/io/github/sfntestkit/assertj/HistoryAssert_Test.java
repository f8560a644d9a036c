package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.Executions.paid;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class HistoryAssert_Test {

  @Test
  void should_pass_when_history_matches() {
    // GIVEN
    // WHEN/THEN
    assertThat(declined()).history().containsEventTypes("TaskScheduled").doesNotContainEventTypes("ExecutionSucceeded").hasEventCount(16).hasEventCount("TaskFailed", 3);
  }

  @Test
  void should_fail_when_event_type_is_missing() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).history().containsEventTypes("TaskScheduled", "ExecutionSucceeded"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting history to contain event types:",
        "  [\"TaskScheduled\", \"ExecutionSucceeded\"]",
        "but it has no:",
        "  [\"ExecutionSucceeded\"]",
        "Event types present:",
        "  ExecutionStarted, PassStateEntered, PassStateExited, TaskStateEntered, TaskScheduled x3, TaskStarted x3, TaskFailed x3, TaskStateExited, FailStateEntered, ExecutionFailed",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_unexpected_event_type_is_present() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).history().doesNotContainEventTypes("TaskFailed"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting history not to contain event types:",
        "  [\"TaskFailed\"]",
        "but it has:",
        "  [\"TaskFailed\"]",
        "Event types present:",
        "  ExecutionStarted, PassStateEntered, PassStateExited, TaskStateEntered, TaskScheduled x3, TaskStarted x3, TaskFailed x3, TaskStateExited, FailStateEntered, ExecutionFailed",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_event_count_differs() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).history().hasEventCount(3));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting history to have:",
        "  3 events",
        "but it has:",
        "  11 events",
        "Event types present:",
        "  ExecutionStarted, PassStateEntered, PassStateExited, TaskStateEntered, TaskScheduled, TaskStarted, TaskSucceeded, TaskStateExited, SucceedStateEntered, SucceedStateExited, ExecutionSucceeded",
        "Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }

  @Test
  void should_fail_when_event_count_of_type_differs() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).history().hasEventCount("TaskFailed", 2));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting history to have:",
        "  2 events of type TaskFailed",
        "but it has:",
        "  3 events",
        "Event types present:",
        "  ExecutionStarted, PassStateEntered, PassStateExited, TaskStateEntered, TaskScheduled x3, TaskStarted x3, TaskFailed x3, TaskStateExited, FailStateEntered, ExecutionFailed",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }
}
