package io.github.sfntestkit.coverage;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How many of a kind of item (states, transitions, ...) were covered, out of how many there are.
 *
 * <pre>{@code
 * Counter states = coverage.states();
 * states.covered();   // 7
 * states.total();     // 9
 * states.toString();  // "7/9 (77.8%)"
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Counter {
  private final int covered;
  private final int total;

  private Counter(int covered, int total) {
    this.covered = covered;
    this.total = total;
  }

  /**
   * A counter of {@code covered} out of {@code total} items.
   *
   * @throws IllegalArgumentException when {@code covered} is negative or above {@code total}
   */
  public static Counter of(int covered, int total) {
    if (covered < 0 || covered > total) {
      throw new IllegalArgumentException("covered must be between 0 and total (" + total + "); was " + covered);
    }
    return new Counter(covered, total);
  }

  /** The items covered: entered at least once, or taken at least once. */
  public int covered() {
    return covered;
  }

  /** The items there are. */
  public int total() {
    return total;
  }

  /** The items not covered. */
  public int missed() {
    return total - covered;
  }

  /** {@code covered / total}, or 1.0 when there is nothing to cover. */
  public double ratio() {
    return total == 0 ? 1.0 : (double) covered / total;
  }

  /** The sum of two counters: covered and total added. */
  public Counter plus(Counter other) {
    return new Counter(covered + other.covered, total + other.total);
  }

  /**
   * The ratio as a percentage with one decimal, such as {@code 77.8%} ({@code 100.0%} when empty);
   * never {@code 100.0%} while something is missed.
   */
  public String percent() {
    double percent = ratio() * 100.0;
    if (covered < total && percent > 99.9) {
      percent = 99.9;
    }
    return String.format(Locale.ROOT, "%.1f%%", percent);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Counter && ((Counter) o).covered == covered && ((Counter) o).total == total;
  }

  @Override
  public int hashCode() {
    return 31 * covered + total;
  }

  /** {@code 7/9 (77.8%)}. */
  @Override
  public String toString() {
    return covered + "/" + total + " (" + percent() + ")";
  }
}
