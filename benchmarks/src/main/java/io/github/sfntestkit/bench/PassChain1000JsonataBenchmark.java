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
 * JSONata twin. pass-chain-1000: 1000 Pass states, each Parameters (path references) + ResultPath over a
 * 14-node document. Per-state fixed overhead: dispatch, Parameters, ResultPath merge, history.
 *
 * <p>One operation = one execution (1,000 transitions); transitions/s = 1,000 / (ms/op / 1000).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PassChain1000JsonataBenchmark extends SingleExecutionState {
  @Override
  protected String workloadName() {
    return "pass-chain-1000";
  }

  /** The JSONata twin of the workload's definition; same input, same expected output. */
  @Override
  protected String definition(Workload w) {
    return JsonataTwins.passChain(1000);
  }

  @Benchmark
  public ExecutionResult run() {
    return runOnce();
  }
}
