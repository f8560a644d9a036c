package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.mock.Mocks;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CallsAssert_Test {

  @Test
  void should_pass_when_calls_match() {
    // GIVEN
    Mocks mocks = Mocks.create();
    ExecutionResult declined = declined(mocks);
    // WHEN/THEN
    assertThat(declined).usingMocks(mocks).calls("ChargeCard").hasSize(3).wereMadeInOrder("{\"Payload\":{\"amount\":42}}", "{\"FunctionName\":\"charge\"}").allSatisfy(c -> Assertions.assertThat(c.resource()).endsWith("lambda:invoke")).call(1).hasInputContaining("{\"Payload\":{\"amount\":42}}").hasInput("{\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}");
  }

  @Test
  void should_fail_listing_calls_when_count_differs() {
    // GIVEN
    Mocks mocks = Mocks.create();
    ExecutionResult declined = declined(mocks);
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).calls(mocks, "ChargeCard").hasSize(1));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting calls to \"ChargeCard\" to number:",
        "  1",
        "but there were:",
        "  3",
        "Calls:",
        "  #1 \"ChargeCard\" with input {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}",
        "  #2 \"ChargeCard\" with input {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}",
        "  #3 \"ChargeCard\" with input {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_call_does_not_exist() {
    // GIVEN
    Mocks mocks = Mocks.create();
    ExecutionResult declined = declined(mocks);
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).calls(mocks, "ChargeCard").call(4).hasInput("{}"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting calls to \"ChargeCard\" to include call #4 but there were:",
        "  3 calls",
        "Calls:",
        "  #1 \"ChargeCard\" with input {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}",
        "  #2 \"ChargeCard\" with input {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}",
        "  #3 \"ChargeCard\" with input {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_call_input_differs() {
    // GIVEN
    Mocks mocks = Mocks.create();
    ExecutionResult declined = declined(mocks);
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).calls(mocks, "ChargeCard").call(1).hasInputContaining("{\"Payload\":{\"amount\":1}}"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting input of call #1 to \"ChargeCard\" to contain (extra fields allowed):",
        "  {\"Payload\":{\"amount\":1}}",
        "but was:",
        "  {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}",
        "Differences:",
        "  $.Payload.amount: expected 1 but was 42",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_when_calls_are_out_of_order() {
    // GIVEN
    Mocks mocks = Mocks.create();
    ExecutionResult declined = declined(mocks);
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).calls(mocks, "ChargeCard").wereMadeInOrder("{\"Payload\":{\"amount\":42}}", "{\"Payload\":{\"amount\":1}}"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting calls to \"ChargeCard\" to have been made in this order, with inputs containing:",
        "  {\"Payload\":{\"amount\":42}}",
        "  {\"Payload\":{\"amount\":1}}",
        "but no call after #1 has input containing:",
        "  {\"Payload\":{\"amount\":1}}",
        "Calls:",
        "  #1 \"ChargeCard\" with input {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}",
        "  #2 \"ChargeCard\" with input {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}",
        "  #3 \"ChargeCard\" with input {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  @Test
  void should_fail_reporting_every_call_not_satisfying() {
    // GIVEN
    Mocks mocks = Mocks.create();
    ExecutionResult declined = declined(mocks);
    // WHEN
    AssertionError error = failure(() -> assertThat(declined).calls(mocks, "ChargeCard").allSatisfy(c -> Assertions.assertThat(c.callIndex()).isZero()));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting all calls to \"ChargeCard\" to satisfy the requirements, but these did not:",
        "  #2 \"ChargeCard\" with input {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}:",
        "    expected: 0",
        "     but was: 1",
        "  #3 \"ChargeCard\" with input {\"FunctionName\":\"charge\",\"Payload\":{\"amount\":42}}:",
        "    expected: 0",
        "     but was: 2",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }
}
