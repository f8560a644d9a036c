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

  /** Delay in milliseconds before retry number {@code n} (1-based), before jitter. */
  long delayMillis(int n) {
    double seconds = intervalSeconds * Math.pow(backoffRate, n - 1);
    if (maxDelaySeconds != null && seconds > maxDelaySeconds) {
      seconds = maxDelaySeconds;
    }
    return (long) Math.round(seconds * 1000.0);
  }
}
