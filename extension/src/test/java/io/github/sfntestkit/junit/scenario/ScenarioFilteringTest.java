package io.github.sfntestkit.junit.scenario;

import static io.github.sfntestkit.junit.scenario.ScenarioEngine.testNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Tags become TestTags the Launcher's tag filters act on; the name filter is a configuration parameter. */
class ScenarioFilteringTest {

  @Test
  void should_run_only_the_scenarios_with_an_included_tag() {
    EngineExecutionResults results = ScenarioEngine.run(defaultFilesAnd("unused", ""), List.of(TagFilter.includeTags("smoke")),
        selectClasspathResource("scenarios"));

    assertThat(testNames(results)).containsExactly("approved after half an hour, with heartbeats",
        "charges the card and notifies", "echoes its input");
    results.testEvents().assertStatistics(s -> s.succeeded(3).skipped(0));
  }

  @Test
  void should_leave_out_the_scenarios_with_an_excluded_tag() {
    EngineExecutionResults results = ScenarioEngine.run(Map.of(), List.of(TagFilter.excludeTags("payment | callback")),
        selectClasspathResource("scenarios/orders.sfn-test.yaml"), selectClasspathResource("scenarios/approval.sfn-test.yaml"));

    assertThat(testNames(results)).containsExactly("charges the card and notifies", "an invalid order is rejected",
        "the notification service is down", "the approval outlasts the execution's hour");
    results.testEvents().assertStatistics(s -> s.skipped(1));
  }

  @Test
  void should_run_only_the_scenarios_whose_name_contains_a_match_of_the_name_parameter() {
    EngineExecutionResults results = ScenarioEngine.run(defaultFilesAnd(ScenarioTestEngine.NAME_PATTERN, "declined|rejected"),
        selectClasspathResource("scenarios"));

    assertThat(testNames(results)).containsExactly("a declined card ends in PaymentFailed", "an invalid order is rejected");
    // files without a matching scenario are left out entirely
    assertThat(results.containerEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName())
        .collect(Collectors.toList())).containsExactly("sfn-testkit scenarios", "Order processing");
  }

  @Test
  void should_anchor_the_name_pattern_when_asked() {
    EngineExecutionResults results = ScenarioEngine.run(defaultFilesAnd(ScenarioTestEngine.NAME_PATTERN, "^throttled"),
        selectClasspathResource("scenarios"));

    assertThat(testNames(results)).containsExactly("throttled twice then charged");
  }

  @Test
  void should_still_report_broken_files_when_filtering_by_name() {
    EngineExecutionResults results = ScenarioEngine.run(Map.of(ScenarioTestEngine.NAME_PATTERN, "no scenario has this name"),
        selectClasspathResource("scenarios/malformed"));

    results.testEvents().assertStatistics(s -> s.started(6).failed(6));
  }

  @Test
  void should_fail_discovery_with_the_key_when_the_name_pattern_is_not_a_regex() {
    Throwable thrown = catchDiscovery(Map.of(ScenarioTestEngine.NAME_PATTERN, "(unclosed"));

    assertThat(thrown).hasMessageStartingWith(
        "Configuration parameter sfntestkit.scenarios.name is not a valid regular expression: Unclosed group");
  }

  @Test
  void should_take_the_file_pattern_from_its_parameter() {
    EngineExecutionResults results = EngineTestKit.engine(ScenarioTestEngine.ENGINE_ID)
        .configurationParameter(ScenarioTestEngine.FILE_PATTERN, "echo\\.sfn-test\\.yml")
        .selectors(selectClasspathResource("scenarios")).execute();

    assertThat(testNames(results)).containsExactly("echoes its input", "echoes a number");
  }

  private static Map<String, String> defaultFilesAnd(String key, String value) {
    return Map.of(ScenarioTestEngine.FILE_PATTERN, ScenarioTestEngine.DEFAULT_FILE_PATTERN, key, value);
  }

  private static Throwable catchDiscovery(Map<String, String> parameters) {
    try {
      EngineExecutionResults results = EngineTestKit.engine(ScenarioTestEngine.ENGINE_ID).configurationParameters(parameters)
          .selectors(selectClasspathResource("scenarios")).execute();
      return ScenarioEngine.throwable(results.allEvents().failed().list().get(0)).orElseThrow();
    } catch (RuntimeException e) {
      Throwable t = e;
      while (t.getCause() != null && !t.getMessage().startsWith("Configuration parameter")) {
        t = t.getCause();
      }
      return t;
    }
  }
}
