/**
 * Scenario files: "run the state machine with this input and these mocks, and expect this status,
 * path and output", written in YAML or JSON instead of Java. The model and its loader are shared by
 * the JUnit Platform engine ({@code sfn-scenarios} in {@code sfn-testkit-junit}) and the
 * command-line runner's {@code test} command.
 *
 * <pre>{@code
 * ScenarioFile file = ScenarioFile.load(Path.of("src/test/scenarios/orders.sfn-test.yaml"));
 * for (Scenario scenario : file.scenarios()) {
 *   ScenarioRun run = scenario.run();       // strict mocks, options and input from the file
 *   run.result().status();                  // then check scenario.expectations()
 * }
 * }</pre>
 *
 * <p>The format is described in {@code docs/scenarios.md} and by the JSON Schema
 * {@code docs/schemas/scenario.schema.json}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntestkit.scenario;

import org.apiguardian.api.API;
