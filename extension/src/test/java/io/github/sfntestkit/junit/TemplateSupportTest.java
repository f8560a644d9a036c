package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.junit.fixtures.TemplateFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class TemplateSupportTest {

  @Test
  void should_load_the_state_machine_of_a_template() {
    // WHEN
    EngineExecutionResults results = Engine.run(TemplateFixtures.EchoFlowFromTemplate.class);
    // THEN
    Engine.assertAllSucceeded(results, 1);
  }

  @Test
  void should_load_a_template_given_to_the_builder() {
    // WHEN
    EngineExecutionResults results = Engine.run(TemplateFixtures.Programmatic.class);
    // THEN
    Engine.assertAllSucceeded(results, 1);
  }

  @Test
  void should_fail_the_class_with_the_template_message_for_an_unknown_logical_id() {
    // WHEN
    EngineExecutionResults results = Engine.run(TemplateFixtures.UnknownLogicalId.class);
    // THEN
    results.testEvents().assertStatistics(s -> s.started(0));
    Throwable failure = Engine.onlyFailure(results.containerEvents());
    assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageContaining("no resource has the logical id \"NoSuchFlow\"");
    assertThat(failure.getStackTrace()).isEmpty();
  }
}
