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
 * JSONata twin. choice-loop-100k: Incr (Pass, States.MathAdd) and Check (Choice $.i < 100000) alternating
 * 100,000 times, then Succeed. Raw transition rate, intrinsic evaluation, Choice, a 200k-state
 * history.
 *
 * <p>One operation = one execution (200,001 transitions); transitions/s = 200,001 / (ms/op / 1000).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class ChoiceLoop100kJsonataBenchmark extends SingleExecutionState {
  @Override
  protected String workloadName() {
    return "choice-loop-100k";
  }

  /** The JSONata twin of the workload's definition; same input, same expected output. */
  @Override
  protected String definition(Workload w) {
    return JsonataTwins.choiceLoop();
  }

  @Benchmark
  public ExecutionResult run() {
    return runOnce();
  }
}
