package io.github.sfntestkit.coverage;

import io.github.sfntestkit.coverage.CoverageThresholds.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The coverage gate: checks recorded coverage against thresholds, with a message that lists what is
 * left uncovered.
 *
 * <pre>{@code
 * CheckResult result = CoverageCheck.run(data, CoverageThresholds.parse("states=1.0,transitions=0.8"));
 * if (!result.passed()) {
 *   throw new IllegalStateException(result.message());
 * }
 * }</pre>
 *
 * A failure reads:
 * <pre>
 * sfn-testkit coverage check failed: 1 of 2 thresholds not met.
 *   order: transitions 5/7 (71.4%), required 80.0%. Not taken:
 *     IsValid -&gt; Reject [Default]
 *     Charge -&gt; Refund [Catch[0]]: Catch States.ALL
 * </pre>
 *
 * <p>A machine rule that matches no recorded state machine is a violation too (a misspelt name must
 * not pass silently).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CoverageCheck {
  /** The name overall thresholds go by in messages. */
  public static final String OVERALL = "all state machines";

  private CoverageCheck() {}

  /** Checks every rule of {@code thresholds} against {@code data}. */
  public static CheckResult run(CoverageData data, CoverageThresholds thresholds) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(thresholds, "thresholds");
    Collection<StateMachineCoverage> machines = data.machines();
    List<String> violations = new ArrayList<>();
    StringBuilder details = new StringBuilder();
    int checks = 0;
    for (Rule rule : thresholds.rules()) {
      if (rule.isOverall()) {
        checks++;
        Counter total = data.total(rule.metric());
        if (!rule.isMetBy(total)) {
          List<String> items = new ArrayList<>();
          for (StateMachineCoverage m : machines) {
            for (String item : m.uncovered(rule.metric())) {
              items.add(m.name() + ": " + item);
            }
          }
          violation(violations, details, OVERALL, rule, total, items);
        }
        continue;
      }
      List<StateMachineCoverage> matched = machines.stream()
          .filter(m -> rule.matches(m.name()) || rule.matches(m.key())).collect(Collectors.toList());
      if (matched.isEmpty()) {
        checks++;
        String line = "\"" + rule.machine() + "\": no state machine of that name was recorded (threshold " + rule
            + "). Recorded: " + (machines.isEmpty() ? "none" : machines.stream().map(StateMachineCoverage::name)
            .distinct().collect(Collectors.joining(", "))) + ".";
        violations.add(line);
        details.append("  ").append(line).append('\n');
        continue;
      }
      for (StateMachineCoverage m : matched) {
        checks++;
        Counter c = m.counter(rule.metric());
        if (!rule.isMetBy(c)) {
          violation(violations, details, m.name(), rule, c, m.uncovered(rule.metric()));
        }
      }
    }
    return new CheckResult(violations, message(violations, details, checks, machines.size()));
  }

  private static void violation(List<String> violations, StringBuilder details, String who, Rule rule,
      Counter counter, List<String> uncovered) {
    String line = who + ": " + rule.metric().label() + " " + counter + ", required "
        + CoverageThresholds.percent(rule.minimum());
    violations.add(line);
    details.append("  ").append(line).append('.');
    if (!uncovered.isEmpty()) {
      details.append(rule.metric() == CoverageMetric.STATES ? " Not entered:" : " Not taken:");
    }
    details.append('\n');
    for (String item : uncovered) {
      details.append("    ").append(item).append('\n');
    }
  }

  private static String message(List<String> violations, StringBuilder details, int checks, int machines) {
    if (checks == 0) {
      return "sfn-testkit coverage check passed: no thresholds set.";
    }
    String thresholds = checks == 1 ? "threshold" : "thresholds";
    if (violations.isEmpty()) {
      return "sfn-testkit coverage check passed: " + checks + " " + thresholds + " met (" + machines
          + (machines == 1 ? " state machine)." : " state machines).");
    }
    return "sfn-testkit coverage check failed: " + violations.size() + " of " + checks + " " + thresholds
        + " not met.\n" + details.toString().stripTrailing();
  }
}
