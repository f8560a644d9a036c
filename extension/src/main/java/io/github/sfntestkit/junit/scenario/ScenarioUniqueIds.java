package io.github.sfntestkit.junit.scenario;

/**
 * Unique-id segment types of the engine: a file read from the file system, a file read from the
 * classpath, and a scenario in either.
 *
 * <pre>
 * [engine:sfn-scenarios]/[resource:scenarios/orders.sfn-test.yaml]/[scenario:throttled twice]
 * [engine:sfn-scenarios]/[file:/home/me/app/src/test/scenarios/orders.sfn-test.yaml]/[scenario:declined]
 * </pre>
 */
final class ScenarioUniqueIds {
  static final String FILE = "file";
  static final String RESOURCE = "resource";
  static final String SCENARIO = "scenario";

  private ScenarioUniqueIds() {}
}
