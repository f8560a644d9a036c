package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.junit.fixtures.InjectionFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class StateMachineExtensionInjectionTest {

  @Test
  void should_inject_every_supported_type_as_parameter_field_and_constructor_argument() {
    // GIVEN
    InjectionFixtures.AFTER_EACH.clear();
    // WHEN
    EngineExecutionResults results = Engine.run(InjectionFixtures.EveryType.class);
    // THEN
    Engine.assertAllSucceeded(results, 2);
    assertThat(InjectionFixtures.AFTER_EACH).hasSize(2).allMatch(r -> r.succeeded());
  }

  @Test
  void should_name_the_parameter_and_the_supported_types_for_an_unsupported_sfn_testkit_type() {
    // WHEN
    EngineExecutionResults results = Engine.run(InjectionFixtures.UnsupportedParameter.class);
    // THEN
    assertThat(Engine.onlyFailure(results.testEvents())).isInstanceOf(ParameterResolutionException.class)
        .hasMessage("Cannot inject parameter 1 [ExecutionHistory] of history(): sfn-testkit injects only"
            + " StateMachine, Mocks, StateMachineRunner, ExecutionOptions, VirtualClock or ExecutionResult, but the parameter"
            + " is a io.github.sfntestkit.history.ExecutionHistory. Ask for a StateMachineRunner and use"
            + " runner.lastResult().history().");
  }

  @Test
  void should_leave_arguments_of_sfn_testkit_types_to_a_parameterized_test() {
    // WHEN
    EngineExecutionResults results = Engine.run(InjectionFixtures.ParameterizedWithOurType.class);
    // THEN the enum comes from @EnumSource, the runner from the extension
    Engine.assertAllSucceeded(results, 2);
  }

  @Test
  void should_name_the_supported_types_for_an_unsupported_annotated_parameter() {
    // WHEN
    EngineExecutionResults results = Engine.run(InjectionFixtures.UnsupportedAnnotatedParameter.class);
    // THEN
    assertThat(Engine.onlyFailure(results.testEvents())).isInstanceOf(ParameterResolutionException.class)
        .hasMessage("Cannot inject parameter 1 [String] of text(): sfn-testkit injects only"
            + " StateMachine, Mocks, StateMachineRunner, ExecutionOptions, VirtualClock or ExecutionResult, but the parameter"
            + " is a java.lang.String.");
  }

  @Test
  void should_refuse_per_test_values_in_before_all_methods() {
    // WHEN
    EngineExecutionResults results = Engine.run(InjectionFixtures.MocksInBeforeAll.class);
    // THEN
    assertThat(Engine.onlyFailure(results.containerEvents())).isInstanceOf(ParameterResolutionException.class)
        .hasMessage("Cannot inject parameter 1 [Mocks] of setUp(): a Mocks belongs to one test; ask for it in"
            + " a test, @BeforeEach or @AfterEach method, or a non-static field.");
  }

  @Test
  void should_refuse_the_last_result_before_any_run() {
    // WHEN
    EngineExecutionResults results = Engine.run(InjectionFixtures.ResultBeforeAnyRun.class);
    // THEN
    assertThat(Engine.onlyFailure(results.testEvents())).isInstanceOf(ParameterResolutionException.class)
        .hasMessage("Cannot inject parameter 1 [ExecutionResult] of test(): no execution ran yet in this"
            + " test. The last ExecutionResult can be asked for in @AfterEach methods, after"
            + " StateMachineRunner.run(...).");
  }

  @Test
  void should_refuse_a_static_field_of_a_per_test_type() {
    // WHEN
    EngineExecutionResults results = Engine.run(InjectionFixtures.StaticMocksField.class);
    // THEN
    assertThat(Engine.onlyFailure(results.containerEvents())).isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Static field [static io.github.sfntestkit.mock.Mocks"
            + " io.github.sfntestkit.junit.fixtures.InjectionFixtures$StaticMocksField.mocks] holds a Mocks, which"
            + " is created fresh for each test; make the field non-static.");
  }

  @Test
  void should_refuse_a_field_of_an_unsupported_type() {
    // WHEN
    EngineExecutionResults results = Engine.run(InjectionFixtures.UnsupportedField.class);
    // THEN
    assertThat(Engine.onlyFailure(results.testEvents())).isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Cannot inject @SfnInject field [java.lang.String"
            + " io.github.sfntestkit.junit.fixtures.InjectionFixtures$UnsupportedField.text]: fields may hold only"
            + " StateMachine, Mocks, StateMachineRunner or ExecutionOptions, but it is a java.lang.String.");
  }
}
