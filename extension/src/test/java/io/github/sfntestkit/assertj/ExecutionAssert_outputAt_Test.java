package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.Executions.paid;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ExecutionAssert_outputAt_Test {

  @Test
  void should_pass_when_value_at_path_matches() {
    // GIVEN
    // WHEN/THEN
    assertThat(paid()).outputAt("$.total").isNumber().isEqualTo("42");
  }

  @Test
  void should_pass_for_text_and_missing_values() {
    // GIVEN
    // WHEN/THEN
    assertThat(paid()).outputAt("$.status").isString().hasText("PAID");
  }

  @Test
  void should_fail_when_nothing_is_at_path() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).outputAt("$.tax").isEqualTo("0"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution output at $.tax to be (ignoring key order):",
        "  0",
        "but there is no value at $.tax in:",
        "  {\"status\":\"PAID\",\"total\":42}",
        "Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }

  @Test
  void should_fail_when_type_differs() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).outputAt("$.total").isString());
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution output at $.total to be a JSON string but was a JSON number:",
        "  42",
        "Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }
}
