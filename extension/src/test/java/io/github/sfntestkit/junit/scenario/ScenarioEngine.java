package io.github.sfntestkit.junit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs scenario files through the sfn-scenarios engine (EngineTestKit) and reads what happened. */
final class ScenarioEngine {
  /** Also the fixtures that fail on purpose ({@code -fails}) and the malformed ones ({@code -bad}). */
  static final String ALL_FIXTURES = ".+\\.sfn-test(-fails|-bad)?\\.(yaml|yml|json)";

  private ScenarioEngine() {}

  static EngineExecutionResults run(DiscoverySelector... selectors) {
    return run(Map.of(), selectors);
  }

  static EngineExecutionResults run(Map<String, String> parameters, DiscoverySelector... selectors) {
    return run(parameters, List.of(), selectors);
  }

  static EngineExecutionResults run(Map<String, String> parameters, List<Filter<?>> filters,
      DiscoverySelector... selectors) {
    Map<String, String> all = new HashMap<>();
    all.put(ScenarioTestEngine.FILE_PATTERN, ALL_FIXTURES);
    all.putAll(parameters);
    return EngineTestKit.engine(ScenarioTestEngine.ENGINE_ID).configurationParameters(all)
        .filters(filters.toArray(new Filter<?>[0])).selectors(selectors).execute();
  }

  /** Runs with the engine's default configuration (only *.sfn-test.* files). */
  static EngineExecutionResults runWithDefaults(DiscoverySelector... selectors) {
    return EngineTestKit.engine(ScenarioTestEngine.ENGINE_ID).selectors(selectors).execute();
  }

  /** Display names of the tests that finished, in order. */
  static List<String> testNames(EngineExecutionResults results) {
    return results.testEvents().finished().stream().map(e -> e.getTestDescriptor().getDisplayName())
        .collect(Collectors.toList());
  }

  /** The failure message of the test with this display name. */
  static String failure(EngineExecutionResults results, String displayName) {
    List<Event> failed = results.testEvents().failed().stream()
        .filter(e -> e.getTestDescriptor().getDisplayName().equals(displayName)).collect(Collectors.toList());
    assertThat(failed).as("failed test \"%s\" among %s", displayName, testNames(results)).hasSize(1);
    return throwable(failed.get(0)).map(Throwable::getMessage).orElse(null);
  }

  static Optional<Throwable> throwable(Event event) {
    return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable);
  }

  /** "name: message" of every failed test or container. */
  static List<String> failures(Events events) {
    return events.failed().stream().map(e -> e.getTestDescriptor().getDisplayName() + ": "
        + throwable(e).map(Throwable::getMessage).orElse("")).collect(Collectors.toList());
  }

  /** The test-classes folder holding the scenario resources. */
  static Path classpathRoot() {
    URL url = ScenarioEngine.class.getClassLoader().getResource("scenarios/orders.sfn-test.yaml");
    try {
      return Paths.get(url.toURI()).getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path scenarios() {
    return classpathRoot().resolve("scenarios");
  }
}
