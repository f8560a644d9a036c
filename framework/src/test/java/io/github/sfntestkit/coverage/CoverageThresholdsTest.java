package io.github.sfntestkit.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfntestkit.coverage.CoverageThresholds.Rule;
import org.junit.jupiter.api.Test;

/** The compact threshold form, its errors, and building thresholds in code. */
class CoverageThresholdsTest {

  @Test
  void should_parse_overall_and_per_machine_rules_as_ratios_or_percentages() {
    // WHEN
    CoverageThresholds t = CoverageThresholds.parse(
        "states=1.0, transitions=80%;OrderStateMachine:choiceBranches=0.5\n*:catches=1\n  Pay*:retries = 25 % ");
    // THEN
    assertThat(t.rules()).extracting(Rule::machine, Rule::metric, Rule::minimum).containsExactly(
        tuple(null, CoverageMetric.STATES, 1.0),
        tuple(null, CoverageMetric.TRANSITIONS, 0.8),
        tuple("OrderStateMachine", CoverageMetric.CHOICE_BRANCHES, 0.5),
        tuple("*", CoverageMetric.CATCHES, 1.0),
        tuple("Pay*", CoverageMetric.RETRIES, 0.25));
    assertThat(t.rules().get(0).isOverall()).isTrue();
    assertThat(t.rules().get(2).isOverall()).isFalse();
  }

  @Test
  void should_accept_metric_names_in_any_case_with_dashes_or_underscores() {
    assertThat(CoverageThresholds.parse("choice-branches=1,X:CHOICE_BRANCHES=1,Y:ChoiceBranches=1").rules())
        .extracting(Rule::metric).containsOnly(CoverageMetric.CHOICE_BRANCHES);
    assertThat(CoverageMetric.fromKey("Transitions")).isEqualTo(CoverageMetric.TRANSITIONS);
    assertThat(CoverageMetric.fromKey("branches")).isNull();
  }

  @Test
  void should_print_the_compact_form_it_reads() {
    // GIVEN
    String text = "states=1.0,transitions=0.85,Order*:choiceBranches=0.5";
    // WHEN
    CoverageThresholds t = CoverageThresholds.parse(text);
    // THEN
    assertThat(t).hasToString(text);
    assertThat(CoverageThresholds.parse(t.toString())).isEqualTo(t);
    assertThat(CoverageThresholds.parse("states=80%")).hasToString("states=0.8");
  }

  @Test
  void should_read_blank_text_as_no_thresholds() {
    assertThat(CoverageThresholds.parse("  ,\n").isEmpty()).isTrue();
    assertThat(CoverageThresholds.none().rules()).isEmpty();
  }

  @Test
  void should_build_the_same_thresholds_in_code() {
    // WHEN
    CoverageThresholds built = CoverageThresholds.none()
        .overall(CoverageMetric.STATES, 1.0)
        .overall(CoverageMetric.TRANSITIONS, 0.5)
        .forMachine("Order*", CoverageMetric.CATCHES, 1.0)
        .overall(CoverageMetric.TRANSITIONS, 0.8);
    // THEN: the later rule for the same metric replaces the earlier one
    assertThat(built).hasToString("states=1.0,Order*:catches=1.0,transitions=0.8");
    assertThat(CoverageThresholds.parse("states=1").and(CoverageThresholds.parse("states=0.5,retries=1")))
        .hasToString("states=0.5,retries=1.0");
  }

  @Test
  void should_match_machine_names_with_globs() {
    Rule rule = CoverageThresholds.parse("Order*Machine:states=1").rules().get(0);
    assertThat(rule.matches("OrderStateMachine")).isTrue();
    assertThat(rule.matches("OrderMachine")).isTrue();
    assertThat(rule.matches("PaymentMachine")).isFalse();
    assertThat(rule.matches("OrderStateMachine2")).isFalse();
    Rule exact = CoverageThresholds.parse("a.b(c):states=1").rules().get(0);
    assertThat(exact.matches("a.b(c)")).isTrue();
    assertThat(exact.matches("aXb(c)")).isFalse();
    assertThat(CoverageThresholds.parse("*:states=1").rules().get(0).matches("anything")).isTrue();
    assertThat(CoverageThresholds.parse("states=1").rules().get(0).matches("anything")).isFalse();
  }

  @Test
  void should_say_which_entry_is_not_a_rule() {
    assertInvalid("states=1,transitions", "\"transitions\": expected [machine:]metric=minimum, such as states=1.0 or"
        + " Order:transitions=80%.");
  }

  @Test
  void should_name_the_metrics_and_suggest_the_nearest_for_an_unknown_one() {
    assertInvalid("stats=1.0", "\"stats=1.0\": unknown metric \"stats\". Expected one of: states, transitions,"
        + " choiceBranches, catches, retries. Did you mean \"states\"?");
    assertInvalid("Order:choices=1", "\"Order:choices=1\": unknown metric \"choices\". Expected one of: states,"
        + " transitions, choiceBranches, catches, retries.");
    assertInvalid("=1", "\"=1\": the metric is missing. Expected one of: states, transitions, choiceBranches,"
        + " catches, retries.");
  }

  @Test
  void should_say_what_minimum_is_expected() {
    assertInvalid("states=all", "\"states=all\": the minimum \"all\" is not a number; expected a ratio from 0 to 1"
        + " (0.8) or a percentage (80%).");
    assertInvalid("states=", "\"states=\": the minimum is missing; expected a ratio from 0 to 1 (0.8) or a"
        + " percentage (80%).");
    assertInvalid("states=80", "\"states=80\": the minimum 80 is not a ratio from 0 to 1. Did you mean 80%?");
    assertInvalid("states=-0.5", "\"states=-0.5\": the minimum -0.5 is not a ratio from 0 to 1.");
    assertInvalid("states=120%", "\"states=120%\": the minimum 120% is not a percentage from 0% to 100%.");
  }

  @Test
  void should_refuse_an_empty_machine_name_and_a_rule_given_twice() {
    assertInvalid(":states=1", "\":states=1\": the state machine name before ':' is empty; write"
        + " Name:metric=minimum, or leave out \"Name:\" for all machines summed (\"*:\" for each machine).");
    assertInvalid("states=1,states=0.5", "\"states=0.5\": the overall states threshold is given twice"
        + " (states=1.0 and states=0.5); keep one.");
    assertInvalid("A:states=1,A:states=0.5", "\"A:states=0.5\": \"A\"'s states threshold is given twice"
        + " (A:states=1.0 and A:states=0.5); keep one.");
  }

  @Test
  void should_refuse_out_of_range_minimums_in_code() {
    assertThatThrownBy(() -> CoverageThresholds.none().overall(CoverageMetric.STATES, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a coverage minimum is a ratio from 0 to 1; was 80.0");
    assertThatThrownBy(() -> CoverageThresholds.none().forMachine(" ", CoverageMetric.STATES, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("machinePattern is blank: name a state machine, or use overall(...)");
  }

  private static void assertInvalid(String text, String expected) {
    assertThatThrownBy(() -> CoverageThresholds.parse(text))
        .isInstanceOf(CoverageException.class)
        .hasMessage("Invalid coverage threshold " + expected);
  }
}
