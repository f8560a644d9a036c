package io.github.sfntestkit.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * Runs the test's state machine with the test's {@link Mocks} and options, and remembers every
 * result; the last one goes into the report attached to a failing test. One per test, created by
 * {@link StateMachineExtension}.
 *
 * <pre>{@code
 * @Test
 * void should_ship_a_paid_order(Mocks mocks, StateMachineRunner sfn) {
 *   mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-1\"}");
 *   ExecutionResult result = sfn.run("{\"orderId\": 1}");
 *   assertThat(result.path()).contains("Ship");
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateMachineRunner {
  private final StateMachine stateMachine;
  private final Mocks mocks;
  private final ExecutionOptions options;
  private final List<Run> runs = new ArrayList<>();

  /** What one run used and gave, for the failure report. */
  record Run(ExecutionResult result, ExecutionOptions options) {}

  StateMachineRunner(StateMachine stateMachine, Mocks mocks, ExecutionOptions options) {
    this.stateMachine = stateMachine;
    this.mocks = mocks;
    this.options = options;
  }

  /**
   * Runs one execution with the test's options.
   *
   * @param inputJson the execution input as JSON text, e.g. {@code "{\"orderId\": 1}"}
   * @throws io.github.sfntestkit.mock.UnmockedTaskException when strict mocks answer no call
   */
  public ExecutionResult run(String inputJson) {
    return run(inputJson, UnaryOperator.identity());
  }

  /** Runs one execution with the test's options changed by {@code customizer}, e.g. {@code o -> o.withSeed(7)}. */
  public ExecutionResult run(String inputJson, UnaryOperator<ExecutionOptions> customizer) {
    Objects.requireNonNull(inputJson, "inputJson");
    ExecutionOptions used = customized(customizer);
    return remember(stateMachine.execute(inputJson, used), used);
  }

  /** Runs one execution of an input tree with the test's options. */
  public ExecutionResult run(JsonNode input) {
    return run(input, UnaryOperator.identity());
  }

  /** Runs one execution of an input tree with the test's options changed by {@code customizer}. */
  public ExecutionResult run(JsonNode input, UnaryOperator<ExecutionOptions> customizer) {
    Objects.requireNonNull(input, "input");
    ExecutionOptions used = customized(customizer);
    return remember(stateMachine.execute(input, used), used);
  }

  /**
   * The result of the latest run.
   *
   * @throws SfnTestKitException when nothing ran yet in this test
   */
  public synchronized ExecutionResult lastResult() {
    if (runs.isEmpty()) {
      throw new SfnTestKitException("No execution ran yet in this test; call run(input) first.");
    }
    return runs.get(runs.size() - 1).result();
  }

  /** Every result of this test, oldest first. */
  public synchronized List<ExecutionResult> results() {
    List<ExecutionResult> out = new ArrayList<>(runs.size());
    for (Run r : runs) {
      out.add(r.result());
    }
    return List.copyOf(out);
  }

  /** The state machine under test (shared by the tests of the class). */
  public StateMachine stateMachine() {
    return stateMachine;
  }

  /** The test's mocks (the same instance a {@code Mocks} parameter receives). */
  public Mocks mocks() {
    return mocks;
  }

  /** The options each run starts from: seed, clock start and the test's mocks as integration. */
  public ExecutionOptions options() {
    return options;
  }

  synchronized Run lastRun() {
    return runs.isEmpty() ? null : runs.get(runs.size() - 1);
  }

  private ExecutionOptions customized(UnaryOperator<ExecutionOptions> customizer) {
    return Objects.requireNonNull(Objects.requireNonNull(customizer, "customizer").apply(options),
        "the options customizer returned null");
  }

  private synchronized ExecutionResult remember(ExecutionResult result, ExecutionOptions used) {
    runs.add(new Run(result, used));
    return result;
  }

  @Override
  public String toString() {
    return "StateMachineRunner[" + runs.size() + " runs]";
  }
}
