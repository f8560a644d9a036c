package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.junit.fixtures.LifecycleFixtures;
import java.util.HashSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class StateMachineExtensionLifecycleTest {

  @BeforeEach
  void reset() {
    LifecycleFixtures.reset();
  }

  @Test
  void should_load_a_definition_once_for_every_class_and_test_that_names_it() {
    // WHEN
    EngineExecutionResults results = Engine.run(LifecycleFixtures.FirstOrdersClass.class,
        LifecycleFixtures.SecondOrdersClass.class, LifecycleFixtures.WithNested.class);
    // THEN
    Engine.assertAllSucceeded(results, 8);
    assertThat(LifecycleFixtures.MACHINES).hasSize(6);
    assertThat(new HashSet<>(LifecycleFixtures.MACHINES)).hasSize(1);
  }

  @Test
  void should_give_each_test_fresh_mocks() {
    // WHEN
    EngineExecutionResults results = Engine.run(LifecycleFixtures.FirstOrdersClass.class);
    // THEN
    Engine.assertAllSucceeded(results, 4);
    assertThat(LifecycleFixtures.MOCKS).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void should_let_nested_classes_inherit_or_replace_the_definition() {
    // WHEN
    EngineExecutionResults results = Engine.run(LifecycleFixtures.WithNested.class);
    // THEN
    Engine.assertAllSucceeded(results, 3);
  }

  @Test
  void should_give_each_parameterized_invocation_fresh_mocks() {
    // WHEN
    EngineExecutionResults results = Engine.run(LifecycleFixtures.Parameterized.class);
    // THEN
    Engine.assertAllSucceeded(results, 3);
    assertThat(LifecycleFixtures.MOCKS).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void should_refresh_fields_before_each_test_with_a_per_class_instance() {
    // WHEN
    EngineExecutionResults results = Engine.run(LifecycleFixtures.PerClassLifecycle.class);
    // THEN
    Engine.assertAllSucceeded(results, 2);
    assertThat(LifecycleFixtures.MOCKS).hasSize(2).doesNotHaveDuplicates();
  }
}
