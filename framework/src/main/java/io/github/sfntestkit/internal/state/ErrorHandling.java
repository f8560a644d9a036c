package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.time.Duration;
import java.util.List;

/**
 * Retry then Catch, in AWS's order: the first Retrier whose ErrorEquals matches decides; if it still
 * has attempts the state is retried after its backoff, otherwise the first matching Catcher takes
 * the error; otherwise the activity fails.
 */
final class ErrorHandling {
  private final List<Retrier> retriers;
  private final List<Catcher> catchers;

  ErrorHandling(List<Retrier> retriers, List<Catcher> catchers) {
    this.retriers = retriers;
    this.catchers = catchers;
  }

  boolean isEmpty() {
    return retriers.isEmpty() && catchers.isEmpty();
  }

  /** Per-visit retry counters, one per Retrier. */
  int[] newCounters() {
    return new int[retriers.size()];
  }

  /**
   * Handles an error raised by the state's work.
   *
   * @param retry re-runs the state's work (same visit) when a Retrier allows it
   */
  void handle(Activity a, StatesError e, JsonNode rawInput, int[] counters, Runnable retry) {
    handle(a, e, rawInput, counters, retry, null);
  }

  /**
   * As {@link #handle(Activity, StatesError, JsonNode, int[], Runnable)}; {@code givingUp} runs when
   * the error is not retried, before it is caught or fails the activity (Map and Parallel record
   * their Failed event then, once, as AWS does).
   */
  void handle(Activity a, StatesError e, JsonNode rawInput, int[] counters, Runnable retry,
      Runnable givingUp) {
    StatesError error = a.decorate(e);
    String name = error.error() == null ? "" : error.error();
    if (ErrorMatching.isTerminal(name)) {
      if (givingUp != null) {
        givingUp.run();
      }
      a.fail(error);
      return;
    }
    for (int i = 0; i < retriers.size(); i++) {
      Retrier r = retriers.get(i);
      if (r.matches(name)) {
        if (counters[i] < r.maxAttempts) {
          if (a.execution().stopBeforeRetry(a)) {
            a.visit().recordRetry(i, java.time.Duration.ofMillis(r.delayMillis(counters[i] + 1)));
            a.fail(error);
            return;
          }
          counters[i]++;
          long delay = r.delayMillis(counters[i]);
          if (r.fullJitter) {
            delay = (long) (a.execution().random().nextDouble() * delay);
          }
          a.visit().recordRetry(i, Duration.ofMillis(delay));
          a.setRetryCount(a.retryCount() + 1);
          a.schedule(delay, retry);
          return;
        }
        break;
      }
    }
    if (givingUp != null) {
      givingUp.run();
    }
    for (int i = 0; i < catchers.size(); i++) {
      Catcher c = catchers.get(i);
      if (c.matches(name)) {
        ObjectNode errorOutput = Json.object();
        errorOutput.put("Error", error.error());
        errorOutput.put("Cause", error.cause());
        a.visit().recordError(error.error(), error.cause(), true);
        JsonNode out;
        JsonNode assigned;
        try {
          out = c.output(a, rawInput, errorOutput);
          assigned = c.assigned(a, rawInput, errorOutput);
        } catch (StatesError e2) {
          a.fail(a.decorate(e2));
          return;
        }
        a.visit().recordCatcher(i);
        a.exit(out, c.next, assigned);
        return;
      }
    }
    a.fail(error);
  }
}
