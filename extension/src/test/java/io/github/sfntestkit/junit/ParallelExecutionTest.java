package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.junit.fixtures.LifecycleFixtures;
import io.github.sfntestkit.junit.fixtures.ParallelFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ParallelExecutionTest {

  static final Map<String, String> PARALLEL = Map.of(
      "junit.jupiter.execution.parallel.enabled", "true",
      "junit.jupiter.execution.parallel.mode.default", "concurrent",
      "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
      "junit.jupiter.execution.parallel.config.strategy", "fixed",
      "junit.jupiter.execution.parallel.config.fixed.parallelism", "6");

  @Test
  void should_keep_each_test_mocks_and_results_apart_when_tests_run_in_parallel() {
    // GIVEN
    ParallelFixtures.reset();
    LifecycleFixtures.reset();
    // WHEN
    EngineExecutionResults results = Engine.run(PARALLEL, ParallelFixtures.Concurrent.class,
        LifecycleFixtures.FirstOrdersClass.class, LifecycleFixtures.Parameterized.class);
    // THEN
    Engine.assertAllSucceeded(results, 11);
    assertThat(ParallelFixtures.THREADS).hasSizeGreaterThanOrEqualTo(4);
    assertThat(LifecycleFixtures.MOCKS).hasSize(6).doesNotHaveDuplicates();
  }
}
