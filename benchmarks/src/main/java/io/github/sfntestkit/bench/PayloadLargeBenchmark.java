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
 * payload-large: 100 Pass states, each Parameters + ResultPath over a 223,690-byte document, with
 * the 256 KiB payload-size check on. Cost of a large document per state (copying, size accounting).
 *
 * <p>One operation = one execution (100 transitions); transitions/s = 100 / (ms/op / 1000).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PayloadLargeBenchmark extends SingleExecutionState {
  @Override
  protected String workloadName() {
    return "payload-large";
  }

  @Benchmark
  public ExecutionResult run() {
    return runOnce();
  }
}
