package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.items;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class StateAssert_assigned_Test {

  @Test
  void should_pass_when_variable_was_assigned() {
    // GIVEN
    // WHEN/THEN
    assertThat(items()).state("Remember").assigned("count", "3").assigned("$first", "1");
  }

  @Test
  void should_fail_when_value_differs() {
    // GIVEN
    ExecutionResult items = items();
    // WHEN
    AssertionError error = failure(() -> assertThat(items).state("Remember").assigned("count", "4"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting state \"Remember\" to have assigned $count:",
        "  4",
        "but it assigned:",
        "  3",
        "Differences:",
        "  $: expected 4 but was 3",
        "Path taken:",
        "  Each -> Validate (x3) -> Remember [End]"));
  }

  @Test
  void should_fail_listing_other_assignments() {
    // GIVEN
    ExecutionResult items = items();
    // WHEN
    AssertionError error = failure(() -> assertThat(items).state("Remember").assigned("$total", "4"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting state \"Remember\" to have assigned $total:",
        "  4",
        "but it assigned only:",
        "  {\"first\":1,\"count\":3}",
        "Path taken:",
        "  Each -> Validate (x3) -> Remember [End]"));
  }

  @Test
  void should_fail_when_state_assigned_nothing() {
    // GIVEN
    ExecutionResult items = items();
    // WHEN
    AssertionError error = failure(() -> assertThat(items).state("Each").assigned("total", "4"));
    // THEN
    Assertions.assertThat(error).hasMessage(message(
        "Expecting state \"Each\" to have assigned $total:",
        "  4",
        "but it assigned no variables",
        "Path taken:",
        "  Each -> Validate (x3) -> Remember [End]"));
  }
}
