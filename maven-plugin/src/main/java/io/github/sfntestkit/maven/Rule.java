package io.github.sfntestkit.maven;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One {@code <rule>} of the {@code check} goal: minimum coverage ratios (0.0 to 1.0) for one state
 * machine, for every state machine matching a glob, or, without {@code <stateMachine>}, for all
 * state machines summed. A metric left out is not checked.
 *
 * <pre>{@code
 * <rule>
 *   <stateMachine>Order*</stateMachine>
 *   <states>1.0</states>
 *   <choiceBranches>0.9</choiceBranches>
 * </rule>
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class Rule {
  /** The state machine's name ({@code *} matches any characters); none means all summed. */
  String stateMachine;
  /** Minimum ratio of states entered. */
  String states;
  /** Minimum ratio of transitions taken (Next, Choice rules, Default, Catch, Retry). */
  String transitions;
  /** Minimum ratio of Choice rules and Defaults taken. */
  String choiceBranches;
  /** Minimum ratio of Catchers that caught an error. */
  String catches;
  /** Minimum ratio of Retriers that retried. */
  String retries;

  /** For Maven, which sets the fields from the {@code <rule>} element. */
  public Rule() {}

  Rule(String stateMachine, String states, String transitions, String choiceBranches, String catches,
      String retries) {
    this.stateMachine = stateMachine;
    this.states = states;
    this.transitions = transitions;
    this.choiceBranches = choiceBranches;
    this.catches = catches;
    this.retries = retries;
  }

  /**
   * The rule in the compact form {@code CoverageThresholds} parses, one entry per metric, for example
   * {@code Order*:states=1.0,Order*:choiceBranches=0.9}; null when the rule sets no metric.
   */
  String compact() {
    String prefix = blank(stateMachine) ? "" : stateMachine.strip() + ":";
    List<String> parts = new ArrayList<>();
    add(parts, prefix, "states", states);
    add(parts, prefix, "transitions", transitions);
    add(parts, prefix, "choiceBranches", choiceBranches);
    add(parts, prefix, "catches", catches);
    add(parts, prefix, "retries", retries);
    return parts.isEmpty() ? null : String.join(",", parts);
  }

  private static void add(List<String> parts, String prefix, String metric, String value) {
    if (!blank(value)) {
      parts.add(prefix + metric + "=" + value.strip());
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  @Override
  public String toString() {
    String c = compact();
    return c == null ? "<rule> without a threshold" : c;
  }
}
