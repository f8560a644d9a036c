package io.github.sfntestkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.TaskIntegration;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Shared state of the one-execution-per-operation workloads: the machine is loaded, validated and
 * compiled once per trial, and one execution is checked against {@code expected.json} before the
 * first measured operation and again after the last one (so a run that mutates shared documents, or
 * a wrong answer, fails the benchmark instead of being timed).
 */
@State(Scope.Benchmark)
public abstract class SingleExecutionState {
  protected Workload workload;
  protected StateMachine machine;
  protected JsonNode input;
  protected ExecutionOptions options;

  /** The folder name under {@code shared/bench/workloads}. */
  protected abstract String workloadName();

  /** The definition to run: the workload's own, or a twin of it (e.g. in JSONata). */
  protected String definition(Workload w) {
    return w.definition;
  }

  /** The Task mock; the default answers nothing (pure-Pass workloads have no Task). */
  protected TaskIntegration integration() {
    return TaskIntegration.none();
  }

  /** The execution options: {@link Options#forBenchmark} with {@link #integration()}. */
  protected ExecutionOptions options() {
    return Options.forBenchmark(integration());
  }

  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.load(workloadName());
    machine = StateMachine.fromJson(definition(workload));
    input = workload.input;
    options = options();
    check("setup");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    check("teardown");
  }

  /** One execution, as measured. */
  public final ExecutionResult runOnce() {
    return machine.execute(input, options);
  }

  /** Runs once and fails loudly unless the output is {@code expected.json}; returns the result. */
  protected ExecutionResult check(String when) {
    ExecutionResult r = runOnce();
    Workload.verify(workload.name + " (" + when + ")", r, workload.expected);
    Options.checkTransitions(workload, r);
    return r;
  }
}
