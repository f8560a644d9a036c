package io.github.sfntestkit.junit.scenario;

// tag::scenarios.suite[]
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/** Runs every scenario file under src/test/resources/scenarios with `mvn test`. */
@Suite
@IncludeEngines("sfn-scenarios")
@SelectClasspathResource("scenarios")
class ScenarioFilesTest {}
// end::scenarios.suite[]
