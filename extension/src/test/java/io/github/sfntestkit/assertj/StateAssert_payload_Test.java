package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.items;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.Executions.paid;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class StateAssert_payload_Test {

  @Test
  void should_pass_when_input_and_output_match() {
    // GIVEN
    // WHEN/THEN
    assertThat(paid()).state("ChargeCard").hasInput("{\"id\":1,\"order\":{\"amount\":42}}").hasOutput("{\"status\":\"PAID\",\"total\":42}").input().at("$.order.amount").isEqualTo("42");
  }

  @Test
  void should_fail_when_input_differs() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).state("ChargeCard").hasInput("{\"id\":2}"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting input of state \"ChargeCard\" to be (ignoring key order):",
        "  {\"id\":2}",
        "but was:",
        "  {\"id\":1,\"order\":{\"amount\":42}}",
        "Differences:",
        "  $.id: expected 2 but was 1",
        "  $.order: not expected, was {\"amount\":42}",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_state_has_no_output() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).state("PaymentFailed").hasOutput("{}"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting output of state \"PaymentFailed\" to be (ignoring key order):",
        "  {}",
        "but there is no output: the state failed with error \"Payment.Declined\" and cause \"card declined\"",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_for_the_visit_picked() {
    // GIVEN
    ExecutionResult items = items();
    // WHEN
    AssertionError error = failure(() -> assertThat(items).state("Validate").visit(2).hasInput("5"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting input of state \"Validate\" (visit 2 of 3) to be (ignoring key order):",
        "  5",
        "but was:",
        "  2",
        "Differences:",
        "  $: expected 5 but was 2",
        "Path taken:",
        "  Each -> Validate (x3) -> Remember [End]"));
  }
}
