package io.github.sfntestkit.coverage;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The outcome of a {@link CoverageCheck}: whether every threshold was met and, when not, which were
 * missed and what is left uncovered.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CheckResult {
  private final List<String> violations;
  private final String message;

  CheckResult(List<String> violations, String message) {
    this.violations = List.copyOf(violations);
    this.message = message;
  }

  /** Whether every threshold was met. */
  public boolean passed() {
    return violations.isEmpty();
  }

  /**
   * One line per threshold missed, such as {@code order: states 7/9 (77.8%), required 100.0%}; empty
   * when the check passed.
   */
  public List<String> violations() {
    return violations;
  }

  /**
   * A report for a build log: on failure, each threshold missed followed by every state not entered
   * or transition not taken, by id (with the Choice rule's condition or the errors named by a Catcher
   * or Retrier); on success, a one-line summary.
   */
  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return message;
  }
}
