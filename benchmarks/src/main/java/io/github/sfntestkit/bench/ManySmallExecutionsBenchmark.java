package io.github.sfntestkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.TaskIntegration;
import io.github.sfntestkit.mock.TaskResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * many-small-executions: a 10-state order workflow run once per input, 10,000 inputs sequentially,
 * as a test suite pays per-execution overhead.
 *
 * <ul>
 *   <li>{@link #reuseMachine}: one compiled machine (built in setup) serves all 10,000 executions.
 *   <li>{@link #constructPerExecution}: each execution first loads, validates and compiles the
 *       definition from its text ({@code StateMachine.fromJson}), as a suite building one machine
 *       per test does.
 * </ul>
 *
 * <p>One operation = 10,000 executions (100,000 transitions); transitions/s = 100,000 / (ms/op / 1000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
public class ManySmallExecutionsBenchmark {
  private static final JsonNode VALID = Workload.parse("{\"valid\":true}");
  private static final JsonNode CHARGED =
      Workload.parse("{\"chargeId\":\"ch-0001\",\"status\":\"CAPTURED\"}");

  /** Validate, Charge and Ship as the workloads README specifies (Ship echoes its input). */
  static final TaskIntegration MOCKS = call -> {
    switch (call.stateName()) {
      case "Validate":
        return TaskResponse.success(VALID);
      case "Charge":
        return TaskResponse.success(CHARGED);
      case "Ship":
        return TaskResponse.success(call.input());
      default:
        throw new IllegalStateException("unexpected Task " + call.stateName());
    }
  };

  /** The same answers through the mocking DSL (matching by state name, recording every call). */
  static Mocks dslMocks() {
    Mocks mocks = Mocks.create();
    mocks.task("Validate").returns(VALID);
    mocks.task("Charge").returns(CHARGED);
    mocks.task("Ship").returns(input -> input);
    return mocks;
  }

  private Workload workload;
  private Mocks mocks;
  private ExecutionOptions dslOptions;
  private String definition;
  private StateMachine machine;
  private JsonNode[] inputs;
  private ExecutionOptions options;

  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.load("many-small-executions");
    definition = workload.definition;
    machine = StateMachine.fromJson(definition);
    options = Options.forBenchmark(MOCKS);
    mocks = dslMocks();
    dslOptions = Options.forBenchmark(mocks);
    int n = workload.executions();
    if (!workload.input.isArray() || workload.input.size() != n || workload.expected.size() != n) {
      throw new IllegalStateException("many-small-executions: expected " + n + " inputs and outputs");
    }
    inputs = new JsonNode[n];
    for (int i = 0; i < n; i++) {
      inputs[i] = workload.input.get(i);
    }
    check("setup (reused machine)", false);
    check("setup (machine per execution)", true);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    check("teardown (reused machine)", false);
    check("teardown (machine per execution)", true);
  }

  private void check(String when, boolean construct) {
    int transitions = 0;
    for (int i = 0; i < inputs.length; i++) {
      StateMachine sm = construct ? StateMachine.fromJson(definition) : machine;
      ExecutionResult r = sm.execute(inputs[i], options);
      Workload.verify("many-small-executions[" + i + "] " + when, r, workload.expected.get(i));
      transitions += r.visits().size();
    }
    int expected = workload.transitionsPerExecution() * inputs.length;
    if (transitions != expected) {
      System.err.println("WARNING many-small-executions: the interpreter entered " + transitions
          + " states in " + inputs.length + " executions, spec.json implies " + expected);
    }
  }

  /** 10,000 executions on one machine compiled in setup. */
  @Benchmark
  public void reuseMachine(Blackhole bh) {
    StateMachine sm = machine;
    ExecutionOptions o = options;
    for (JsonNode in : inputs) {
      bh.consume(sm.execute(in, o));
    }
  }

  /**
   * 10,000 executions on one machine with the mocks given through the DSL ({@code Mocks}), whose
   * recorded calls are cleared after each execution as a fresh per-test registry would be. Compared
   * with {@link #reuseMachine} it measures what the mocking harness adds per execution.
   */
  @Benchmark
  public void reuseMachineWithMocksDsl(Blackhole bh) {
    StateMachine sm = machine;
    ExecutionOptions o = dslOptions;
    for (JsonNode in : inputs) {
      bh.consume(sm.execute(in, o));
      mocks.reset();
    }
  }

  /** 10,000 executions, each on a machine loaded, validated and compiled from text just before. */
  @Benchmark
  public void constructPerExecution(Blackhole bh) {
    String text = definition;
    ExecutionOptions o = options;
    for (JsonNode in : inputs) {
      bh.consume(StateMachine.fromJson(text).execute(in, o));
    }
  }
}
