package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.types;
import static io.github.sfntestkit.TestRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceStateTest {

  /** A Choice state "C" and those of the Pass states "A", "B" and "D" that its rules or Default name. */
  private static String choice(String choices, String extra) {
    StringBuilder targets = new StringBuilder();
    for (String name : List.of("A", "B", "D")) {
      if ((choices + extra).contains("\"" + name + "\"")) {
        targets.append(", \"").append(name).append("\": {\"Type\": \"Pass\", \"End\": true}");
      }
    }
    return """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": %s %s} %s}}""".formatted(choices, extra, targets);
  }

  @Test
  void should_go_to_the_first_rule_that_matches() {
    // GIVEN
    String definition = choice("""
        [{"Variable": "$.n", "NumericGreaterThan": 1, "Next": "A"},
         {"Variable": "$.n", "NumericGreaterThan": 0, "Next": "B"}]""", ", \"Default\": \"D\"");
    // WHEN
    ExecutionResult big = run(definition, "{\"n\": 5}");
    ExecutionResult small = run(definition, "{\"n\": 0.5}");
    // THEN
    assertThat(big.path()).containsExactly("C", "A");
    assertThat(small.path()).containsExactly("C", "B");
    assertThat(visit(big, "C").next()).isEqualTo("A");
  }

  @Test
  void should_go_to_the_default_when_no_rule_matches() {
    // GIVEN
    String definition = choice("""
        [{"Variable": "$.n", "NumericEquals": 1, "Next": "A"},
         {"Variable": "$.s", "StringEquals": "x", "Next": "B"}]""", ", \"Default\": \"D\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"n\": 2, \"s\": \"y\"}");
    // THEN
    assertThat(result.path()).containsExactly("C", "D");
  }

  @Test
  void should_fail_with_no_choice_matched_when_no_rule_matches_and_there_is_no_default() {
    // GIVEN
    String definition = """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "A"}]},
          "A": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"n\": 2}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.NoChoiceMatched");
    assertThat(result.cause()).contains("'C'");
    assertThat(types(result)).containsExactly("ExecutionStarted", "ChoiceStateEntered", "ExecutionFailed");
  }

  @Test
  void should_pass_its_input_through_unchanged() {
    // GIVEN
    String definition = choice("""
        [{"Variable": "$.n", "IsPresent": true, "Next": "A"}]""", "");
    // WHEN
    ExecutionResult result = run(definition, "{\"n\": 1, \"other\": [1]}");
    // THEN
    assertThat(visit(result, "C").output()).isEqualTo(json("{\"n\": 1, \"other\": [1]}"));
    assertThat(result.output()).isEqualTo(json("{\"n\": 1, \"other\": [1]}"));
  }

  @Test
  void should_evaluate_rules_on_the_input_path_and_output_the_output_path() {
    // GIVEN
    String definition = choice("""
        [{"Variable": "$.n", "NumericEquals": 1, "Next": "A"}]""",
        ", \"Default\": \"D\", \"InputPath\": \"$.inner\", \"OutputPath\": \"$.keep\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"n\": 2, \"inner\": {\"n\": 1, \"keep\": \"k\"}}");
    // THEN
    assertThat(result.path()).containsExactly("C", "A");
    assertThat(result.output()).isEqualTo(json("\"k\""));
  }

  @Test
  void should_combine_rules_with_and_or_and_not() {
    // GIVEN
    String definition = choice("""
        [{"And": [{"Variable": "$.kind", "StringEquals": "vip"},
                  {"Not": {"Variable": "$.blocked", "BooleanEquals": true}}], "Next": "A"},
         {"Or": [{"Variable": "$.total", "NumericGreaterThanEquals": 100},
                 {"Variable": "$.coupon", "IsPresent": true}], "Next": "B"}]""", ", \"Default\": \"D\"");
    // WHEN
    ExecutionResult vip = run(definition, "{\"kind\": \"vip\", \"blocked\": false, \"total\": 1}");
    ExecutionResult blockedVip = run(definition, "{\"kind\": \"vip\", \"blocked\": true, \"total\": 100}");
    ExecutionResult coupon = run(definition, "{\"kind\": \"x\", \"blocked\": false, \"total\": 1, \"coupon\": 1}");
    ExecutionResult none = run(definition, "{\"kind\": \"x\", \"blocked\": false, \"total\": 99}");
    // THEN
    assertThat(vip.path()).containsExactly("C", "A");
    assertThat(blockedVip.path()).containsExactly("C", "B");
    assertThat(coupon.path()).containsExactly("C", "B");
    assertThat(none.path()).containsExactly("C", "D");
  }

  @Test
  void should_treat_a_type_mismatch_as_no_match_rather_than_an_error() {
    // GIVEN
    String definition = choice("""
        [{"Variable": "$.n", "NumericEquals": 1, "Next": "A"}]""", ", \"Default\": \"D\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"n\": \"1\"}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).containsExactly("C", "D");
  }

  @Test
  void should_emit_choice_entered_and_exited_events() {
    // GIVEN
    String definition = choice("""
        [{"Variable": "$.n", "IsPresent": true, "Next": "A"}]""", "");
    // WHEN
    ExecutionResult result = run(definition, "{\"n\": 1}");
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "ChoiceStateEntered",
        "ChoiceStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
  }

  @Test
  void should_fail_with_a_runtime_error_when_a_compared_variable_is_missing() {
    // GIVEN
    String definition = choice("""
        [{"Variable": "$.total", "NumericGreaterThan": 1, "Next": "A"}]""", ", \"Default\": \"D\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"other\": 1}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'C' (entered at the"
        + " event id #2). Invalid path '$.total': The choice state's condition path references an invalid"
        + " value.");
  }
}
