/**
 * The {@code sfn-scenarios} JUnit Platform engine: scenario files ({@code *.sfn-test.yaml}) run as
 * tests, next to Jupiter tests, in the IDE and with the command-line runner. See {@link
 * io.github.sfntestkit.junit.scenario.ScenarioTestEngine} and {@code docs/scenarios.md}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntestkit.junit.scenario;

import org.apiguardian.api.API;
