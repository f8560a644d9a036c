package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.V.machine;
import static io.github.sfntestkit.internal.validate.V.report;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransitionRulesTest {

  private static final String PASS_TO = "{\"Type\":\"Pass\",\"Next\":\"%s\"}";

  @Test
  void should_report_a_next_naming_no_state_with_the_names_expected() {
    String json =
        "{\"StartAt\":\"ChargeCard\",\"States\":{"
            + "\"ChargeCard\":{\"Type\":\"Pass\",\"Next\":\"Ship\"},"
            + "\"Ship\":{\"Type\":\"Pass\",\"Next\":\"ShipOrder\"},"
            + "\"Notify\":{\"Type\":\"Pass\",\"Next\":\"Done\"},"
            + "\"Done\":{\"Type\":\"Succeed\"}}}";
    assertThat(report(json))
        .containsExactly(
            "/States/Ship/Next: \"Next\" names no state: \"ShipOrder\". Expected one of: \"ChargeCard\", \"Notify\", \"Done\".",
            "/States/Notify: unreachable state: no transition leads here from the start state \"ChargeCard\".",
            "/States/Done: unreachable state: no transition leads here from the start state \"ChargeCard\".");
  }

  @Test
  void should_suggest_the_closest_state_name() {
    String json =
        "{\"StartAt\":\"A\",\"States\":{\"A\":" + String.format(PASS_TO, "Dnoe") + ",\"Done\":{\"Type\":\"Succeed\"}}}";
    assertThat(report(json))
        .containsExactly(
            "/States/A/Next: \"Next\" names no state: \"Dnoe\". Expected one of: \"Done\". Did you mean \"Done\"?",
            "/States/Done: unreachable state: no transition leads here from the start state \"A\".");
  }

  @Test
  void should_report_a_missing_or_wrong_start_at() {
    assertThat(report("{\"States\":{\"A\":{\"Type\":\"Succeed\"}}}"))
        .containsExactly(": missing required field \"StartAt\": the name of the first state. Expected one of: \"A\".");
    assertThat(report("{\"StartAt\":\"a\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}"))
        .containsExactly(
            "/StartAt: \"StartAt\" names no state: \"a\". Expected one of: \"A\". Did you mean \"A\"?");
    assertThat(report("{\"StartAt\":1,\"States\":{\"A\":{\"Type\":\"Succeed\"}}}"))
        .containsExactly("/StartAt: \"StartAt\" must be the name of a state, but was number 1.");
  }

  @Test
  void should_report_default_and_choice_rule_and_catch_targets() {
    String json =
        "{\"StartAt\":\"C\",\"States\":{"
            + "\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.a\",\"IsPresent\":true,\"Next\":\"X\"}],\"Default\":\"Y\"},"
            + "\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:x\",\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Z\"}],\"End\":true}}}";
    assertThat(report(json))
        .containsExactly(
            "/States/C/Choices/0/Next: \"Next\" names no state: \"X\". Expected one of: \"T\".",
            "/States/C/Default: \"Default\" names no state: \"Y\". Expected one of: \"T\".",
            "/States/T: unreachable state: no transition leads here from the start state \"C\".",
            "/States/T/Catch/0/Next: \"Next\" names no state: \"Z\". Expected one of: \"C\".");
  }

  @Test
  void should_report_both_next_and_end() {
    assertThat(report(machine("{\"Type\":\"Pass\",\"Next\":\"S\",\"End\":true}")))
        .containsExactly(
            "/States/S: \"Next\" and \"End\" cannot both be set: a Pass state either moves on or ends.");
  }

  @Test
  void should_report_neither_next_nor_end() {
    assertThat(report(machine("{\"Type\":\"Pass\"}")))
        .containsExactly(
            "/States/S: missing \"Next\" or \"End\": a Pass state must name the next state or set \"End\": true.");
  }

  @Test
  void should_report_end_that_is_not_a_boolean() {
    assertThat(report(machine("{\"Type\":\"Pass\",\"End\":\"true\"}")))
        .containsExactly("/States/S/End: \"End\" must be true, but was string \"true\".");
  }

  @Test
  void should_not_allow_end_or_next_on_choice() {
    String json =
        "{\"StartAt\":\"C\",\"States\":{"
            + "\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.a\",\"IsPresent\":true,\"Next\":\"D\"}],\"End\":true,\"Next\":\"D\"},"
            + "\"D\":{\"Type\":\"Succeed\"}}}";
    assertThat(report(json))
        .containsExactly(
            "/States/C/End: a Choice state cannot have \"End\": it ends only through the states its rules and \"Default\" lead to.",
            "/States/C/Next: a Choice state cannot have \"Next\": set \"Next\" in each rule of \"Choices\" and use \"Default\" for the rest.");
  }

  @Test
  void should_not_allow_next_or_end_on_succeed_and_fail() {
    assertThat(report(machine("{\"Type\":\"Succeed\",\"Next\":\"S\"}")))
        .containsExactly(
            "/States/S/Next: a Succeed state cannot have \"Next\": it always ends the execution or branch.");
    assertThat(report(machine("{\"Type\":\"Fail\",\"End\":true}")))
        .containsExactly(
            "/States/S/End: a Fail state cannot have \"End\": it always ends the execution or branch.");
  }

  @Test
  void should_report_a_cycle_without_a_terminal_state() {
    String json =
        "{\"StartAt\":\"A\",\"States\":{\"A\":"
            + String.format(PASS_TO, "B")
            + ",\"B\":"
            + String.format(PASS_TO, "A")
            + "}}";
    assertThat(report(json))
        .containsExactly(
            "/States: no terminal state: at least one state must be a Succeed or Fail state or have \"End\": true.");
  }

  @Test
  void should_check_each_scope_separately() {
    String json =
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":[{\"StartAt\":\"A\",\"States\":{"
            + "\"A\":{\"Type\":\"Pass\",\"Next\":\"P\"}}}]}}}";
    assertThat(report(json))
        .containsExactly(
            "/States/P/Branches/0/States: no terminal state: at least one state must be a Succeed or Fail state or have \"End\": true.",
            "/States/P/Branches/0/States/A/Next: \"Next\" names no state: \"P\".");
  }
}
