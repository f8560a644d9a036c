package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.V.machine;
import static io.github.sfntestkit.internal.validate.V.report;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StructureRulesTest {

  @Test
  void should_accept_a_minimal_definition() {
    assertThat(report(machine("{\"Type\":\"Succeed\"}"))).isEmpty();
  }

  @Test
  void should_report_an_unknown_field_with_the_closest_valid_one() {
    assertThat(report(machine("{\"Type\":\"Task\",\"Resource\":\"arn:x\",\"ResultsPath\":\"$.r\",\"End\":true}")))
        .containsExactly(
            "/States/S/ResultsPath: unknown field \"ResultsPath\" for a Task state. Did you mean \"ResultPath\"?");
  }

  @Test
  void should_list_the_allowed_fields_when_nothing_is_close() {
    assertThat(report(machine("{\"Type\":\"Succeed\",\"Zzzzzz\":1}")))
        .containsExactly(
            "/States/S/Zzzzzz: unknown field \"Zzzzzz\" for a Succeed state. Expected one of: \"Type\", \"Comment\", \"QueryLanguage\", \"InputPath\", \"OutputPath\".");
  }

  @Test
  void should_report_unknown_top_level_fields() {
    assertThat(report("{\"StartAt\":\"S\",\"Stats\":1,\"States\":{\"S\":{\"Type\":\"Succeed\"}}}"))
        .containsExactly("/Stats: unknown field \"Stats\" for a state machine. Did you mean \"States\"?");
  }

  @Test
  void should_report_wrong_top_level_field_types() {
    assertThat(
            report(
                "{\"Comment\":1,\"Version\":true,\"TimeoutSeconds\":0,\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Succeed\"}}}"))
        .containsExactly(
            "/Comment: \"Comment\" must be a string, but was number 1.",
            "/Version: \"Version\" must be a string, but was boolean true.",
            "/TimeoutSeconds: \"TimeoutSeconds\" must be an integer from 1 to 99999999, but was number 0.");
  }

  @Test
  void should_report_missing_and_invalid_states() {
    assertThat(report("{\"StartAt\":\"S\"}"))
        .containsExactly(
            ": missing required field \"States\": the states of the state machine, an object keyed by state name.");
    assertThat(report("{\"StartAt\":\"S\",\"States\":[]}"))
        .containsExactly("/States: \"States\" must be an object keyed by state name, but was array [].");
    assertThat(report("{\"StartAt\":\"S\",\"States\":{}}"))
        .containsExactly("/States: \"States\" must contain at least one state, but was empty.");
  }

  @Test
  void should_report_a_state_that_is_not_an_object() {
    assertThat(report("{\"StartAt\":\"S\",\"States\":{\"S\":\"Succeed\"}}"))
        .containsExactly(
            "/States/S: a state must be an object with a \"Type\", but was string \"Succeed\".");
  }

  @Test
  void should_report_a_missing_or_unknown_type() {
    assertThat(report(machine("{\"End\":true}")))
        .containsExactly(
            "/States/S: missing required field \"Type\". Expected one of: \"Pass\", \"Task\", \"Choice\", \"Wait\", \"Succeed\", \"Fail\", \"Parallel\", \"Map\".");
    assertThat(report(machine("{\"Type\":\"Tasks\",\"End\":true}")))
        .containsExactly(
            "/States/S/Type: unknown state type \"Tasks\". Expected one of: \"Pass\", \"Task\", \"Choice\", \"Wait\", \"Succeed\", \"Fail\", \"Parallel\", \"Map\". Did you mean \"Task\"?");
    assertThat(report(machine("{\"Type\":3,\"End\":true}")))
        .containsExactly(
            "/States/S/Type: \"Type\" must be a string, but was number 3. Expected one of: \"Pass\", \"Task\", \"Choice\", \"Wait\", \"Succeed\", \"Fail\", \"Parallel\", \"Map\".");
  }

  @Test
  void should_report_a_state_name_longer_than_80_characters() {
    String name = "N".repeat(81);
    assertThat(report("{\"StartAt\":\"" + name + "\",\"States\":{\"" + name + "\":{\"Type\":\"Succeed\"}}}"))
        .containsExactly(
            "/States/" + name + ": state name is too long: 81 characters, at most 80 are allowed.");
  }

  @Test
  void should_require_a_resource_on_a_task() {
    assertThat(report(machine("{\"Type\":\"Task\",\"End\":true}")))
        .containsExactly(
            "/States/S: missing required field \"Resource\": a Task state needs the ARN of the work to run.");
    assertThat(report(machine("{\"Type\":\"Task\",\"Resource\":\"\",\"End\":true}")))
        .containsExactly(
            "/States/S/Resource: \"Resource\" must be a non-empty string (an ARN), but was string \"\".");
  }

  @Test
  void should_check_task_timeouts() {
    assertThat(
            report(
                machine(
                    "{\"Type\":\"Task\",\"Resource\":\"arn:x\",\"TimeoutSeconds\":\"10\",\"HeartbeatSeconds\":0,\"End\":true}")))
        .containsExactly(
            "/States/S/TimeoutSeconds: \"TimeoutSeconds\" must be an integer from 1 to 99999999, but was string \"10\".",
            "/States/S/HeartbeatSeconds: \"HeartbeatSeconds\" must be an integer from 1 to 99999999, but was number 0.");
    assertThat(
            report(
                machine(
                    "{\"Type\":\"Task\",\"Resource\":\"arn:x\",\"TimeoutSeconds\":60,\"HeartbeatSeconds\":60,\"End\":true}")))
        .containsExactly(
            "/States/S/HeartbeatSeconds: \"HeartbeatSeconds\" must be smaller than \"TimeoutSeconds\" (60), but was 60.");
    assertThat(
            report(
                machine(
                    "{\"Type\":\"Task\",\"Resource\":\"arn:x\",\"TimeoutSeconds\":60,\"TimeoutSecondsPath\":\"$.t\",\"End\":true}")))
        .containsExactly(
            "/States/S/TimeoutSecondsPath: \"TimeoutSeconds\" and \"TimeoutSecondsPath\" cannot both be set; use one of them.");
  }

  @Test
  void should_check_payload_field_types() {
    assertThat(
            report(
                machine(
                    "{\"Type\":\"Task\",\"Resource\":\"arn:x\",\"Parameters\":[1],\"ResultSelector\":\"x\",\"Credentials\":1,\"End\":true}")))
        .containsExactly(
            "/States/S/Parameters: \"Parameters\" must be an object, but was array [1].",
            "/States/S/ResultSelector: \"ResultSelector\" must be an object, but was string \"x\".",
            "/States/S/Credentials: \"Credentials\" must be an object, but was number 1.");
  }

  @Test
  void should_require_exactly_one_wait_duration() {
    assertThat(report(machine("{\"Type\":\"Wait\",\"End\":true}")))
        .containsExactly(
            "/States/S: a Wait state needs exactly one of \"Seconds\", \"SecondsPath\", \"Timestamp\", \"TimestampPath\", but has none.");
    assertThat(report(machine("{\"Type\":\"Wait\",\"Seconds\":1,\"TimestampPath\":\"$.t\",\"End\":true}")))
        .containsExactly(
            "/States/S: a Wait state needs exactly one of \"Seconds\", \"SecondsPath\", \"Timestamp\", \"TimestampPath\", but has 2: \"Seconds\", \"TimestampPath\".");
  }

  @Test
  void should_check_wait_values() {
    assertThat(report(machine("{\"Type\":\"Wait\",\"Seconds\":-1,\"End\":true}")))
        .containsExactly(
            "/States/S/Seconds: \"Seconds\" must be an integer from 0 to 99999999, but was number -1.");
    assertThat(report(machine("{\"Type\":\"Wait\",\"Timestamp\":\"2016-03-14 01:59:00\",\"End\":true}")))
        .containsExactly(
            "/States/S/Timestamp: \"Timestamp\" must be an RFC 3339 timestamp like \"2016-03-14T01:59:00Z\", but was string \"2016-03-14 01:59:00\".");
    assertThat(report(machine("{\"Type\":\"Wait\",\"Timestamp\":\"2016-03-14T01:59:00Z\",\"End\":true}")))
        .isEmpty();
  }

  @Test
  void should_check_fail_fields() {
    assertThat(
            report(
                machine(
                    "{\"Type\":\"Fail\",\"Error\":1,\"Cause\":\"c\",\"CausePath\":\"$.c\",\"InputPath\":\"$\"}")))
        .containsExactly(
            "/States/S/Error: \"Error\" must be a string, but was number 1.",
            "/States/S/CausePath: \"Cause\" and \"CausePath\" cannot both be set; use one of them.",
            "/States/S/InputPath: unknown field \"InputPath\" for a Fail state. Expected one of: \"Type\", \"Comment\", \"QueryLanguage\", \"Error\", \"ErrorPath\", \"Cause\", \"CausePath\".");
  }

  @Test
  void should_check_parallel_branches() {
    assertThat(report(machine("{\"Type\":\"Parallel\",\"End\":true}")))
        .containsExactly(
            "/States/S: missing required field \"Branches\": a Parallel state needs an array of branches, each with \"StartAt\" and \"States\".");
    assertThat(report(machine("{\"Type\":\"Parallel\",\"Branches\":[],\"End\":true}")))
        .containsExactly(
            "/States/S/Branches: \"Branches\" must be a non-empty array of branches, but was array [].");
    assertThat(report(machine("{\"Type\":\"Parallel\",\"Branches\":[1],\"End\":true}")))
        .containsExactly(
            "/States/S/Branches/0: a branch must be an object with \"StartAt\" and \"States\", but was number 1.");
  }

  @Test
  void should_check_branch_fields() {
    assertThat(
            report(
                machine(
                    "{\"Type\":\"Parallel\",\"Branches\":[{\"StartAt\":\"A\",\"Foo\":1,\"States\":{\"A\":{\"Type\":\"Succeed\"}}}],\"End\":true}")))
        .containsExactly(
            "/States/S/Branches/0/Foo: unknown field \"Foo\" for a Parallel branch. Expected one of: \"Comment\", \"StartAt\", \"States\".");
  }

  @Test
  void should_check_variable_names_in_assign() {
    assertThat(
            report(
                machine(
                    "{\"Type\":\"Pass\",\"Assign\":{\"states\":1,\"1x\":2,\"ok.$\":\"$.a\"},\"End\":true}")))
        .containsExactly(
            "/States/S/Assign/states: variable name \"states\" is reserved; choose another name.",
            "/States/S/Assign/1x: invalid variable name \"1x\": a name starts with a letter or \"_\" and contains only letters, digits and \"_\".");
    assertThat(report(machine("{\"Type\":\"Pass\",\"Assign\":[],\"End\":true}")))
        .containsExactly(
            "/States/S/Assign: \"Assign\" must be an object of variable names and values, but was array [].");
  }

  @Test
  void should_not_allow_assign_on_succeed_and_fail() {
    assertThat(report(machine("{\"Type\":\"Succeed\",\"Assign\":{\"a\":1}}")))
        .containsExactly(
            "/States/S/Assign: unknown field \"Assign\" for a Succeed state. Expected one of: \"Type\", \"Comment\", \"QueryLanguage\", \"InputPath\", \"OutputPath\".");
  }
}
