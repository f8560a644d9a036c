package io.github.sfntestkit.bench;

import io.github.sfntestkit.StateMachine;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Load + validate + compile of the 10-state order workflow of many-small-executions (10 states
 * entered per execution, 12 declared) from its JSON text
 * with {@code StateMachine.fromJson}: what a test pays to build a machine. Target: under 1 ms
 * (the peer: about 40 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DefinitionLoadBenchmark {
  private String definition;

  @Setup(Level.Trial)
  public void setUp() {
    definition = Workload.load("many-small-executions").definition;
    // the order workflow: 10 states entered per execution; it declares 12 (the two Choice targets
    // FlagLarge/FlagNormal and an unreached Fail), all of which are validated and compiled
    int states = Workload.parse(definition).path("States").size();
    if (states < 10) {
      throw new IllegalStateException("expected the 10-state order workflow, found " + states);
    }
    StateMachine.fromJson(definition);
  }

  @Benchmark
  public StateMachine loadValidateCompile() {
    return StateMachine.fromJson(definition);
  }
}
