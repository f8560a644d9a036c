package io.github.sfntestkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.mock.TaskIntegration;
import io.github.sfntestkit.mock.TaskResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * retry-wait: Task {@code Flaky} fails three times with {@code Flaky.Transient} (retried after 60,
 * 120, 240 s), succeeds on the fourth attempt, then a 86,400 s Wait: 86,820 s of virtual time per
 * execution, which must pass without real sleeping.
 *
 * <p>One operation = 1,000 executions (3,000 transitions), as the peer measures it;
 * transitions/s = 3,000 / (ms/op / 1000).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RetryWaitBenchmark extends SingleExecutionState {
  /** Executions per benchmark operation. */
  public static final int EXECUTIONS = 1_000;

  static final Duration VIRTUAL_DURATION = Duration.ofSeconds(86_820);

  private static final JsonNode OK = Workload.parse("{\"attempt\":4,\"ok\":true}");

  @Override
  protected String workloadName() {
    return "retry-wait";
  }

  /**
   * Attempts 1-3 fail with {@code Flaky.Transient}, attempt 4 succeeds. The counter is per execution:
   * {@code callIndex} counts this state's calls within one execution, retries included.
   */
  @Override
  protected TaskIntegration integration() {
    return call -> {
      if (!"Flaky".equals(call.stateName())) {
        throw new IllegalStateException("unexpected Task " + call.stateName());
      }
      return call.callIndex() < 3
          ? TaskResponse.failure("Flaky.Transient", "attempt " + (call.callIndex() + 1) + " failed")
          : TaskResponse.success(OK);
    };
  }

  @Override
  protected ExecutionResult check(String when) {
    ExecutionResult r = super.check(when);
    if (!r.duration().equals(VIRTUAL_DURATION)) {
      throw new AssertionError("retry-wait (" + when + "): virtual duration " + r.duration()
          + ", expected " + VIRTUAL_DURATION + " (60+120+240 s backoff + 86,400 s Wait)");
    }
    return r;
  }

  @Benchmark
  public void run(Blackhole bh) {
    for (int i = 0; i < EXECUTIONS; i++) {
      bh.consume(runOnce());
    }
  }
}
