package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.junit.fixtures.ConfigurationFixtures;
import io.github.sfntestkit.mock.UnmockedTaskException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class StateMachineExtensionConfigurationTest {

  @BeforeEach
  void reset() {
    ConfigurationFixtures.reset();
  }

  @Test
  void should_use_the_framework_defaults_and_strict_mocks_when_nothing_is_configured() {
    // WHEN
    EngineExecutionResults results = Engine.run(ConfigurationFixtures.Defaults.class);
    // THEN
    results.testEvents().assertStatistics(s -> s.started(1));
    ExecutionOptions options = ConfigurationFixtures.OPTIONS.get(0);
    assertThat(options.seed()).isZero();
    assertThat(options.startTime()).isEqualTo(ExecutionOptions.defaults().startTime());
    assertThat(Engine.onlyFailure(results.testEvents())).isInstanceOf(UnmockedTaskException.class);
  }

  @Test
  void should_read_seed_start_time_and_strictness_from_configuration_parameters() {
    // GIVEN
    Map<String, String> parameters = Map.of(StateMachineExtension.SEED_KEY, "7",
        StateMachineExtension.START_TIME_KEY, "2026-02-03T04:05:06Z", StateMachineExtension.STRICT_MOCKS_KEY,
        "false");
    // WHEN
    EngineExecutionResults results = Engine.run(parameters, ConfigurationFixtures.Defaults.class);
    // THEN
    Engine.assertAllSucceeded(results, 1);
    ExecutionOptions options = ConfigurationFixtures.OPTIONS.get(0);
    assertThat(options.seed()).isEqualTo(7);
    assertThat(options.startTime()).isEqualTo(Instant.parse("2026-02-03T04:05:06Z"));
    assertThat(ConfigurationFixtures.RESULTS.get(0).succeeded()).isTrue();
  }

  @Test
  void should_prefer_annotation_attributes_over_configuration_parameters() {
    // GIVEN
    Map<String, String> parameters = Map.of(StateMachineExtension.SEED_KEY, "7",
        StateMachineExtension.START_TIME_KEY, "2026-02-03T04:05:06Z");
    // WHEN
    EngineExecutionResults results = Engine.run(parameters, ConfigurationFixtures.Annotated.class);
    // THEN
    Engine.assertAllSucceeded(results, 1);
    ExecutionOptions options = ConfigurationFixtures.OPTIONS.get(0);
    assertThat(options.seed()).isEqualTo(3);
    assertThat(options.startTime()).isEqualTo(Instant.parse("2030-05-06T07:08:09Z"));
    assertThat(ConfigurationFixtures.RESULTS.get(0).startTime()).isEqualTo(Instant.parse("2030-05-06T07:08:09Z"));
  }

  @Test
  void should_configure_a_programmatically_registered_extension_with_its_builder() {
    // WHEN
    EngineExecutionResults results = Engine.run(Map.of(StateMachineExtension.SEED_KEY, "7"),
        ConfigurationFixtures.Programmatic.class);
    // THEN
    Engine.assertAllSucceeded(results, 1);
    ExecutionOptions options = ConfigurationFixtures.OPTIONS.get(0);
    assertThat(options.seed()).isEqualTo(42);
    assertThat(options.startTime()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(options.stateMachineName()).isEqualTo("Orders");
  }

  @Test
  void should_accept_a_state_machine_given_to_the_builder_and_lenient_mocks() {
    // WHEN
    EngineExecutionResults results = Engine.run(ConfigurationFixtures.ProgrammaticWithStateMachine.class);
    // THEN
    Engine.assertAllSucceeded(results, 1);
  }

  @Test
  void should_refuse_to_build_without_a_state_machine() {
    assertThatThrownBy(() -> StateMachineExtension.builder().seed(1).build())
        .isInstanceOf(SfnTestKitException.class)
        .hasMessage("StateMachineExtension.builder() needs a state machine: call definition(\"orders.asl.json\"),"
            + " template(\"template.yaml\", \"OrderFlow\") or stateMachine(...) before build().");
  }

  @Test
  void should_refuse_to_build_with_two_state_machines() {
    // GIVEN
    StateMachine machine = StateMachine.fromResource("junit-echo.asl.yaml");
    // WHEN / THEN
    assertThatThrownBy(() -> StateMachineExtension.builder().definition("a.asl.json").stateMachine(machine).build())
        .isInstanceOf(SfnTestKitException.class)
        .hasMessage("StateMachineExtension.builder() got both a.asl.json and a StateMachine; keep one.");
  }
}
