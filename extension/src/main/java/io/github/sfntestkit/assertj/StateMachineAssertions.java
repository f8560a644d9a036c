package io.github.sfntestkit.assertj;

import io.github.sfntestkit.ExecutionResult;
import org.apiguardian.api.API;

/**
 * Entry point of the sfn-testkit assertions.
 *
 * <pre>{@code
 * import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
 *
 * // passes for an execution that went Start -> ChargeCard -> Done
 * assertThat(result).succeeded().visitedInOrder("Start", "ChargeCard", "Done");
 * // fails: "Expecting execution to have entered state: "ShipOrder" but it did not. Path taken: ..."
 * assertThat(result).visited("ShipOrder");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateMachineAssertions {
  private StateMachineAssertions() {}

  /**
   * Starts assertions on an execution.
   *
   * <pre>{@code
   * assertThat(result).succeeded();       // passes for a SUCCEEDED execution
   * assertThat(failedResult).succeeded(); // fails, explaining how it ended
   * }</pre>
   *
   * @param actual the execution
   * @return the assertion object
   */
  public static ExecutionAssert assertThat(ExecutionResult actual) {
    return new ExecutionAssert(actual);
  }

  /**
   * BDD alias of {@link #assertThat(ExecutionResult)}.
   *
   * <pre>{@code
   * then(result).succeeded();       // passes for a SUCCEEDED execution
   * then(failedResult).succeeded(); // fails, explaining how it ended
   * }</pre>
   *
   * @param actual the execution
   * @return the assertion object
   */
  public static ExecutionAssert then(ExecutionResult actual) {
    return assertThat(actual);
  }
}
