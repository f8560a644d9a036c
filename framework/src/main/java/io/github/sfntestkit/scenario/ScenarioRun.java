package io.github.sfntestkit.scenario;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.mock.Mocks;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One run of a scenario: the execution, the mocks that answered its Task states (with the calls
 * they recorded) and the options it ran with.
 *
 * <pre>{@code
 * ScenarioRun run = scenario.run();
 * run.result().path();               // states entered
 * run.mocks().calls("ChargeCard");   // what the task was called with
 * run.options().seed();              // to reproduce it
 * }</pre>
 *
 * @param scenario the scenario that ran
 * @param result the execution
 * @param mocks the scenario's mocks, with the calls they recorded
 * @param options the options the execution ran with
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScenarioRun(Scenario scenario, ExecutionResult result, Mocks mocks, ExecutionOptions options) {

  /** Checks the components are present. */
  public ScenarioRun {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(mocks, "mocks");
    Objects.requireNonNull(options, "options");
  }
}
