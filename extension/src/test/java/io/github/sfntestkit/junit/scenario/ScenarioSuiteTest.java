package io.github.sfntestkit.junit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import io.github.sfntestkit.junit.scenario.fixtures.SmokeScenarios;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The suite pattern docs/scenarios.md recommends, run by JUnit's suite engine as Surefire runs it:
 * Surefire selects the class, the suite engine selects the files and runs the sfn-scenarios engine.
 */
class ScenarioSuiteTest {

  @Test
  void should_run_the_scenario_files_a_suite_class_selects() {
    EngineExecutionResults results = EngineTestKit.engine("junit-platform-suite")
        .selectors(selectClass(ScenarioFilesTest.class)).execute();

    assertThat(ScenarioEngine.failures(results.allEvents())).isEmpty();
    results.testEvents().assertStatistics(s -> s.succeeded(13).skipped(1).failed(0));
    assertThat(results.testEvents().finished().list().get(0).getTestDescriptor().getUniqueId().toString())
        .startsWith("[engine:junit-platform-suite]/[suite:io.github.sfntestkit.junit.scenario.ScenarioFilesTest]"
            + "/[engine:sfn-scenarios]/[resource:scenarios%2F");
  }

  @Test
  void should_filter_a_suite_by_tag() {
    EngineExecutionResults results = EngineTestKit.engine("junit-platform-suite")
        .selectors(selectClass(SmokeScenarios.class)).execute();

    List<String> names = results.testEvents().finished().stream().map(e -> e.getTestDescriptor().getDisplayName())
        .collect(Collectors.toList());
    assertThat(names).containsExactly("approved after half an hour, with heartbeats", "charges the card and notifies",
        "echoes its input");
  }
}
