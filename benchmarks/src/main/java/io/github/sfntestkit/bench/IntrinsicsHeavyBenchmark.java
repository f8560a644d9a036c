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
 * intrinsics-heavy: 10,000 loops of Format (States.Format, JsonToString, ArrayPartition), Parse
 * (States.Hash SHA-256, StringToJson), Incr (MathAdd), Check (Choice); 60,000 intrinsic calls.
 *
 * <p>One operation = one execution (40,001 transitions); transitions/s = 40,001 / (ms/op / 1000).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class IntrinsicsHeavyBenchmark extends SingleExecutionState {
  @Override
  protected String workloadName() {
    return "intrinsics-heavy";
  }

  @Benchmark
  public ExecutionResult run() {
    return runOnce();
  }
}
