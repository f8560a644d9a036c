package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.Executions.paid;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ExecutionAssert_path_Test {

  @Test
  void should_pass_with_list_assertions() {
    // GIVEN
    // WHEN/THEN
    assertThat(paid()).path().containsExactly("Start", "ChargeCard", "Done");
  }

  @Test
  void should_fail_with_assertj_list_message_described_as_path_taken() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).path().containsExactly("Start", "Done"));
    // THEN
    Assertions.assertThat(error).hasMessage("[path taken] " + message(
        "Expecting actual:",
        "  [\"Start\", \"ChargeCard\", \"Done\"]",
        "to contain exactly (and in same order):",
        "  [\"Start\", \"Done\"]",
        "but some elements were not expected:",
        "  [\"ChargeCard\"]",
        ""));
  }
}
