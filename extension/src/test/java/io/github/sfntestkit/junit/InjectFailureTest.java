package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.junit.fixtures.InjectFailureFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class InjectFailureTest {

  @Test
  void should_inject_errors_timeouts_and_throttling_into_one_test_only() {
    // WHEN
    EngineExecutionResults results = Engine.run(InjectFailureFixtures.OnMethods.class);
    // THEN
    Engine.assertAllSucceeded(results, 5);
  }

  @Test
  void should_inject_a_class_level_failure_into_every_test() {
    // WHEN
    EngineExecutionResults results = Engine.run(InjectFailureFixtures.OnClass.class);
    // THEN
    Engine.assertAllSucceeded(results, 1);
  }

  @Test
  void should_name_the_task_states_when_the_state_is_unknown() {
    // WHEN
    EngineExecutionResults results = Engine.run(InjectFailureFixtures.UnknownState.class);
    // THEN
    assertThat(Engine.onlyFailure(results.testEvents())).isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@InjectFailure(state = \"Chrge\") on method test(): the definition has no Task state of that"
            + " name. Task states: \"Validate\", \"Charge\", \"Ship\".");
  }

  @Test
  void should_ask_for_the_error_name_of_an_error() {
    // WHEN
    EngineExecutionResults results = Engine.run(InjectFailureFixtures.ErrorWithoutName.class);
    // THEN
    assertThat(Engine.onlyFailure(results.testEvents())).isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@InjectFailure(state = \"Charge\") on method test(): an ERROR needs a name. Add error ="
            + " \"Lambda.ServiceException\" (or another error name), or kind = TIMEOUT or THROTTLING.");
  }
}
