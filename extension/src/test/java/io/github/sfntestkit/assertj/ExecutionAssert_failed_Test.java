package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.Executions.paid;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ExecutionAssert_failed_Test {

  @Test
  void should_pass_when_execution_failed() {
    // GIVEN
    // WHEN/THEN
    assertThat(declined()).failed();
  }

  @Test
  void should_fail_showing_output_when_execution_succeeded() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).failed());
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have failed but it ended with status SUCCEEDED, output:",
        "  {\"status\":\"PAID\",\"total\":42}",
        "Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }
}
