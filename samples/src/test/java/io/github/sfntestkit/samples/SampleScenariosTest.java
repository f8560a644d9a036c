package io.github.sfntestkit.samples;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Runs every sample's scenario file ({@code <workflow>/<name>.sfn-test.yaml}) under Surefire: each
 * file is a container, each scenario a test. The directories are relative to the module directory,
 * where Surefire runs the tests.
 * A suite that finds no scenario fails.
 */
@Suite
@SuiteDisplayName("Scenario files of the samples")
@IncludeEngines("sfn-scenarios")
@SelectDirectories({
    "order-processing",
    "media-pipeline",
    "human-approval",
    "saga",
    "distributed-etl",
    "http-integration",
    "jsonata-variables"})
class SampleScenariosTest {}
