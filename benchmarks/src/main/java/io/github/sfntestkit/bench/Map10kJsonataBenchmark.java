package io.github.sfntestkit.bench;

import io.github.sfntestkit.ExecutionOptions;
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
 * JSONata twin. map-10k: inline Map over 10,000 items (ItemSelector with $$.Map.Item.Index/Value), each
 * iteration Choice, High/Low, Finish. Per-iteration setup, context object, result aggregation.
 *
 * <p>One operation = one execution (30,001 transitions); transitions/s = 30,001 / (ms/op / 1000).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class Map10kJsonataBenchmark extends SingleExecutionState {
  /**
   * The Map's output (10,000 results, 482,781 bytes compact) exceeds AWS's 256 KiB payload limit, so
   * with the default limit a conforming interpreter fails the execution with
   * {@code States.DataLimitExceeded}, as AWS would, while expected.json (and the peer, which has no
   * such check) expect success. The size check stays on, with the limit raised to 1 MiB for this
   * workload only.
   */
  public static final int PAYLOAD_LIMIT = 1 << 20;

  @Override
  protected ExecutionOptions options() {
    return super.options().withPayloadLimit(PAYLOAD_LIMIT);
  }

  @Override
  protected String workloadName() {
    return "map-10k";
  }

  /** The JSONata twin of the workload's definition; same input, same expected output. */
  @Override
  protected String definition(Workload w) {
    return JsonataTwins.map();
  }

  @Benchmark
  public ExecutionResult run() {
    return runOnce();
  }
}
