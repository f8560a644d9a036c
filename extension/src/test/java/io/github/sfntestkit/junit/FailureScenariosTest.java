package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.junit.fixtures.ScenarioFixtures;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class FailureScenariosTest {

  @Test
  void should_make_one_dynamic_test_per_task_state_and_failure() {
    // WHEN
    EngineExecutionResults results = Engine.run(ScenarioFixtures.Predicates.class);
    // THEN
    List<String> names = results.testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName())
        .collect(Collectors.toList());
    assertThat(names).containsExactly("\"Validate\" x error Lambda.ServiceException", "\"Validate\" x timeout",
        "\"Charge\" x error Lambda.ServiceException", "\"Charge\" x timeout",
        "\"Ship\" x error Lambda.ServiceException", "\"Ship\" x timeout");
    List<String> passed = results.testEvents().succeeded().stream()
        .map(e -> e.getTestDescriptor().getDisplayName()).collect(Collectors.toList());
    assertThat(passed).containsExactly("\"Charge\" x error Lambda.ServiceException");
  }

  @Test
  void should_name_the_unhandled_case_in_the_failure_message() {
    // WHEN
    EngineExecutionResults results = Engine.run(ScenarioFixtures.Predicates.class);
    // THEN
    Event first = results.testEvents().failed().list().get(0);
    assertThat(Engine.throwable(first)).hasMessage(
        "Invariant \"the order ships\" does not hold when Task state \"Validate\" gets error"
            + " Lambda.ServiceException (injected into its first call).\n"
            + "Unhandled: the execution ended FAILED with Lambda.ServiceException: boom. Add a Retry or Catch for it"
            + " on \"Validate\" (or an enclosing state), or widen the invariant.\n"
            + "Execution: FAILED\n"
            + "  error: Lambda.ServiceException\n"
            + "  cause: boom\n"
            + "  path:  Validate\n"
            + "  last 6 of 6 history events:\n"
            + "    #1 ExecutionStarted\n"
            + "    #2 TaskStateEntered Validate\n"
            + "    #3 TaskScheduled\n"
            + "    #4 TaskStarted\n"
            + "    #5 TaskFailed error=Lambda.ServiceException cause=boom\n"
            + "    #6 ExecutionFailed error=Lambda.ServiceException cause=boom\n"
            + "  reproduce with: seed 0, start time 2024-01-01T00:00:00Z");
  }

  @Test
  void should_show_the_assertion_message_of_an_asserting_invariant() {
    // WHEN
    EngineExecutionResults results = Engine.run(ScenarioFixtures.Assertions.class);
    // THEN
    results.testEvents().assertStatistics(s -> s.started(3).succeeded(1).failed(2));
    Event first = results.testEvents().failed().list().get(0);
    assertThat(Engine.throwable(first).getMessage()).startsWith("The assertions do not hold when Task state"
        + " \"Validate\" gets error Lambda.ServiceException (injected into its first call).\n"
        + "Unhandled: the execution ended FAILED with Lambda.ServiceException: boom.")
        .contains("[status] \nexpected: SUCCEEDED\n but was: FAILED");
    assertThat(Engine.throwable(first).getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void should_fail_the_factory_when_the_happy_path_fails() {
    // WHEN
    EngineExecutionResults results = Engine.run(ScenarioFixtures.UnhappyPath.class);
    // THEN
    results.testEvents().assertStatistics(s -> s.started(0));
    assertThat(Engine.onlyFailure(results.containerEvents())).hasMessageStartingWith("No mock answers Task state");
  }
}
