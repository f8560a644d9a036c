package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.junit.fixtures.Fixture;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs fixture classes through the Jupiter engine and reads what happened. */
final class Engine {
  private Engine() {}

  static EngineExecutionResults run(Class<?>... classes) {
    return run(Map.of(), classes);
  }

  static EngineExecutionResults run(Map<String, String> parameters, Class<?>... classes) {
    DiscoverySelector[] selectors = Arrays.stream(classes).map(DiscoverySelectors::selectClass)
        .toArray(DiscoverySelector[]::new);
    Map<String, String> all = new HashMap<>(parameters);
    all.put(Fixture.ENABLED_KEY, "true");
    return EngineTestKit.engine("junit-jupiter").configurationParameters(all).selectors(selectors).execute();
  }

  /** Asserts that {@code count} tests ran and all succeeded, showing the failures otherwise. */
  static void assertAllSucceeded(EngineExecutionResults results, int count) {
    assertThat(failures(results.allEvents())).as("failures").isEmpty();
    results.testEvents().assertStatistics(s -> s.started(count).succeeded(count).failed(0));
  }

  /** "display name: message" of every failed test or container. */
  static List<String> failures(Events events) {
    return events.failed().stream().map(e -> e.getTestDescriptor().getDisplayName() + ": " + throwable(e))
        .collect(Collectors.toList());
  }

  static Throwable throwable(Event event) {
    return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElse(null);
  }

  /** The failure of the only failed event among {@code events}. */
  static Throwable onlyFailure(Events events) {
    List<Event> failed = events.failed().list();
    assertThat(failed).as("failed events").hasSize(1);
    return throwable(failed.get(0));
  }

  /** Report entries published, as key=value maps in order. */
  static List<Map<String, String>> reportEntries(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .collect(Collectors.toList());
  }
}
