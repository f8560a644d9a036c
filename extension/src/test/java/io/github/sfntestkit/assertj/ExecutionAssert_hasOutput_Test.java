package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.Executions.paid;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ExecutionAssert_hasOutput_Test {

  @Test
  void should_pass_ignoring_key_order_and_number_spelling() {
    // GIVEN
    // WHEN/THEN
    assertThat(paid()).hasOutput("{\"total\": 42.0, \"status\": \"PAID\"}");
  }

  @Test
  void should_pass_strictly_with_same_key_order() {
    // GIVEN
    // WHEN/THEN
    assertThat(paid()).hasOutputStrictly("{\"status\":\"PAID\",\"total\":42}");
  }

  @Test
  void should_pass_containing_a_subset() {
    // GIVEN
    // WHEN/THEN
    assertThat(paid()).hasOutputContaining("{\"status\":\"PAID\"}");
  }

  @Test
  void should_fail_listing_each_difference() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).hasOutput("{\"status\":\"SHIPPED\",\"total\":41, \"x\":1}"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution output to be (ignoring key order):",
        "  {\"status\":\"SHIPPED\",\"total\":41,\"x\":1}",
        "but was:",
        "  {\"status\":\"PAID\",\"total\":42}",
        "Differences:",
        "  $.status: expected \"SHIPPED\" but was \"PAID\"",
        "  $.total: expected 41 but was 42",
        "  $.x: missing, expected 1",
        "Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }

  @Test
  void should_fail_when_execution_has_no_output() {
    // GIVEN
    ExecutionResult declined = declined();
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).hasOutput("{}"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution output to be (ignoring key order):",
        "  {}",
        "but there is no output: the execution ended with status FAILED:",
        "  error: \"Payment.Declined\"",
        "  cause: \"card declined\"",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_strictly_when_key_order_differs() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).hasOutputStrictly("{\"total\":42,\"status\":\"PAID\"}"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution output to be (same key order, integers apart from decimals):",
        "  {\"total\":42,\"status\":\"PAID\"}",
        "but was:",
        "  {\"status\":\"PAID\",\"total\":42}",
        "Differences:",
        "  $: key order differs, expected [\"total\", \"status\"] but was [\"status\", \"total\"]",
        "Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }

  @Test
  void should_fail_containing_when_a_field_differs() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).hasOutputContaining("{\"status\":\"SHIPPED\"}"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution output to contain (extra fields allowed):",
        "  {\"status\":\"SHIPPED\"}",
        "but was:",
        "  {\"status\":\"PAID\",\"total\":42}",
        "Differences:",
        "  $.status: expected \"SHIPPED\" but was \"PAID\"",
        "Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }
}
