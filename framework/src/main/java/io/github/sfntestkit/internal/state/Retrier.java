package io.github.sfntestkit.internal.state;

import java.util.List;

/** A compiled Retry entry. */
final class Retrier {
  final List<String> errorEquals;
  final double intervalSeconds;
  final int maxAttempts;
  final double backoffRate;
  final Long maxDelaySeconds;
  final boolean fullJitter;

  Retrier(List<String> errorEquals, double intervalSeconds, int maxAttempts, double backoffRate,
      Long maxDelaySeconds, boolean fullJitter) {
    this.errorEquals = errorEquals;
    this.intervalSeconds = intervalSeconds;
    this.maxAttempts = maxAttempts;
    this.backoffRate = backoffRate;
    this.maxDelaySeconds = maxDelaySeconds;
    this.fullJitter = fullJitter;
  }

  boolean matches(String error) {
    return ErrorMatching.matches(errorEquals, error);
  }

  /**
   * The longest delay honoured: one year and a second. No execution outlives a year on AWS; the cap
   * keeps virtual time moving forward when an exponential backoff would overflow.
   */
  static final long MAX_DELAY_SECONDS = 31_622_401L;

  /** Delay in milliseconds before retry number {@code n} (1-based), before jitter. */
  long delayMillis(int n) {
    double seconds = intervalSeconds * Math.pow(backoffRate, n - 1);
    if (maxDelaySeconds != null && seconds > maxDelaySeconds) {
      seconds = maxDelaySeconds;
    }
    if (!(seconds <= MAX_DELAY_SECONDS)) {
      seconds = MAX_DELAY_SECONDS;
    }
    return (long) Math.round(seconds * 1000.0);
  }
}
