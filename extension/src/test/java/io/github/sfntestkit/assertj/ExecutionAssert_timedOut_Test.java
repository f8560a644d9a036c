package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.Executions.paid;
import static io.github.sfntestkit.assertj.Executions.timedOut;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ExecutionAssert_timedOut_Test {

  @Test
  void should_pass_when_execution_timed_out() {
    // GIVEN
    // WHEN/THEN
    assertThat(timedOut()).timedOut();
  }

  @Test
  void should_fail_when_execution_succeeded() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> assertThat(paid).timedOut());
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting execution to have timed out but it ended with status SUCCEEDED, output:",
        "  {\"status\":\"PAID\",\"total\":42}",
        "Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }
}
