package io.github.sfntestkit.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The virtual clock executions run on: it starts at a fixed instant and moves only when the
 * workflow waits (Wait states, retry backoffs, task latencies, timeouts). Use it to state expected
 * times: {@code clock.at(Duration.ofHours(1))} is the instant one hour of virtual time after start.
 *
 * <pre>{@code
 * VirtualClock clock = options.clock();
 * assertThat(result.stopTime()).isEqualTo(clock.at(Duration.ofSeconds(2 + 4 + 3600)));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class VirtualClock {
  private final Instant start;

  private VirtualClock(Instant start) {
    this.start = start;
  }

  /** A clock whose executions start at {@code start}. */
  public static VirtualClock startingAt(Instant start) {
    return new VirtualClock(Objects.requireNonNull(start, "start"));
  }

  /** The instant every execution with these options starts at. */
  public Instant start() {
    return start;
  }

  /** The instant {@code elapsed} virtual time after the start. */
  public Instant at(Duration elapsed) {
    return start.plus(elapsed);
  }

  /** The virtual time from the start to {@code instant}. */
  public Duration elapsed(Instant instant) {
    return Duration.between(start, instant);
  }

  @Override
  public String toString() {
    return "VirtualClock[start=" + start + "]";
  }
}
