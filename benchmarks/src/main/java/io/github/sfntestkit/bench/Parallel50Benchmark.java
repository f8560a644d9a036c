package io.github.sfntestkit.bench;

import io.github.sfntestkit.ExecutionResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * parallel-50: one Parallel with 50 branches of 20 Pass states each. Branch setup, input
 * fan-out, result-array assembly.
 *
 * <p>One operation = one execution (1,001 transitions); transitions/s = 1,001 / (ms/op / 1000).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class Parallel50Benchmark extends SingleExecutionState {
  @Override
  protected String workloadName() {
    return "parallel-50";
  }

  @Benchmark
  public ExecutionResult run() {
    return runOnce();
  }
}
