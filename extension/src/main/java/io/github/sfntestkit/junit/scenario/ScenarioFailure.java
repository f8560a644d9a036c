package io.github.sfntestkit.junit.scenario;

import io.github.sfntestkit.scenario.Scenario;
import java.util.List;

/**
 * The expectations a scenario's execution did not meet, all of them, each under its key and its
 * line in the scenario file, with the assertion's message. No stack trace: the message is the
 * report.
 *
 * <pre>
 * Scenario "declined" (orders.sfn-test.yaml, line 40) failed 2 of 6 expectations:
 *
 * expect.status (line 45, column 15):
 *   Expecting execution to have failed but it ended with status SUCCEEDED:
 *   ...
 * </pre>
 */
final class ScenarioFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  ScenarioFailure(String message) {
    super(message);
    setStackTrace(new StackTraceElement[0]);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  static String report(Scenario scenario, ExpectationChecker.Outcome outcome) {
    List<ExpectationChecker.Failure> failures = outcome.failures();
    StringBuilder sb = new StringBuilder(256 * failures.size() + 128);
    sb.append(ScenarioDescriptor.heading(scenario)).append(" failed ").append(failures.size()).append(" of ")
        .append(outcome.checked()).append(outcome.checked() == 1 ? " expectation:" : " expectations:");
    for (ExpectationChecker.Failure f : failures) {
      sb.append("\n\n").append(f.key());
      if (f.location().line() > 0) {
        sb.append(" (").append(f.location().describe()).append(')');
      }
      sb.append(':');
      for (String line : f.message().strip().split("\n", -1)) {
        String trimmed = line.stripTrailing();
        sb.append('\n').append(trimmed.isEmpty() ? "" : "  " + trimmed);
      }
    }
    return sb.toString();
  }
}
