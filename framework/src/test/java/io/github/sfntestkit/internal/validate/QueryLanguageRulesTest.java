package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.V.jsonata;
import static io.github.sfntestkit.internal.validate.V.report;
import static io.github.sfntestkit.internal.validate.V.withDone;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryLanguageRulesTest {

  @Test
  void should_accept_a_jsonata_machine() {
    assertThat(
            report(
                jsonata(
                    "{\"Type\":\"Task\",\"Resource\":\"arn:x\",\"Arguments\":{\"a\":\"{% $states.input.a %}\",\"b\":[\"{% 1 %}\"]},"
                        + "\"TimeoutSeconds\":\"{% $t %}\",\"Output\":\"{% $states.result %}\",\"Assign\":{\"x\":1},\"Next\":\"Done\"}")))
        .isEmpty();
  }

  @Test
  void should_check_the_top_level_query_language() {
    assertThat(report("{\"QueryLanguage\":\"JsonPath\",\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Succeed\"}}}"))
        .containsExactly(
            "/QueryLanguage: \"QueryLanguage\" must be one of \"JSONPath\", \"JSONata\", but was string \"JsonPath\". Did you mean \"JSONPath\"?");
  }

  @Test
  void should_check_a_state_query_language() {
    assertThat(report(withDone("{\"Type\":\"Pass\",\"QueryLanguage\":1,\"Next\":\"Done\"}")))
        .containsExactly(
            "/States/S/QueryLanguage: \"QueryLanguage\" must be one of \"JSONPath\", \"JSONata\", but was number 1.");
  }

  @Test
  void should_not_let_a_state_switch_back_to_jsonpath() {
    assertThat(report(jsonata("{\"Type\":\"Pass\",\"QueryLanguage\":\"JSONPath\",\"Next\":\"Done\"}")))
        .containsExactly(
            "/States/S/QueryLanguage: a state cannot use \"QueryLanguage\": \"JSONPath\" when the state machine's \"QueryLanguage\" is \"JSONata\". Remove it, or set the top level to \"JSONPath\" and \"JSONata\" on the states that need it.");
  }

  @Test
  void should_let_a_state_switch_to_jsonata() {
    assertThat(
            report(
                withDone(
                    "{\"Type\":\"Pass\",\"QueryLanguage\":\"JSONata\",\"Output\":\"{% 1 %}\",\"Next\":\"Done\"}")))
        .isEmpty();
  }

  @Test
  void should_report_jsonpath_fields_in_a_jsonata_state() {
    assertThat(
            report(
                jsonata(
                    "{\"Type\":\"Task\",\"Resource\":\"arn:x\",\"InputPath\":\"$\",\"Parameters\":{},\"ResultPath\":\"$.r\",\"TimeoutSecondsPath\":\"$.t\",\"Next\":\"Done\"}")))
        .containsExactly(
            "/States/S/InputPath: \"InputPath\" is only valid in JSONPath states, but this Task state uses JSONata. Use \"Arguments\" or \"Output\" with $states.input instead.",
            "/States/S/Parameters: \"Parameters\" is only valid in JSONPath states, but this Task state uses JSONata. Use \"Arguments\" instead.",
            "/States/S/ResultPath: \"ResultPath\" is only valid in JSONPath states, but this Task state uses JSONata. Use \"Output\" and \"Assign\" instead.",
            "/States/S/TimeoutSecondsPath: \"TimeoutSecondsPath\" is only valid in JSONPath states, but this Task state uses JSONata. Use \"TimeoutSeconds\" with a JSONata expression instead.");
  }

  @Test
  void should_report_jsonata_fields_in_a_jsonpath_state() {
    assertThat(
            report(
                withDone(
                    "{\"Type\":\"Task\",\"Resource\":\"arn:x\",\"Arguments\":{},\"Output\":{},\"Next\":\"Done\"}")))
        .containsExactly(
            "/States/S/Arguments: \"Arguments\" is only valid in JSONata states, but this Task state uses JSONPath. Use \"Parameters\" instead, or set \"QueryLanguage\": \"JSONata\".",
            "/States/S/Output: \"Output\" is only valid in JSONata states, but this Task state uses JSONPath. Use \"ResultSelector\", \"ResultPath\" or \"OutputPath\" instead, or set \"QueryLanguage\": \"JSONata\".");
  }

  @Test
  void should_check_the_shape_of_jsonata_expressions() {
    assertThat(
            report(
                jsonata(
                    "{\"Type\":\"Pass\",\"Output\":{\"a\":\"{% $x\",\"b\":[\"{%  %}\"],\"c\":\"100% {% fine\"},\"Next\":\"Done\"}")))
        .containsExactly(
            "/States/S/Output/a: a JSONata expression must be written \"{% expression %}\", but was string \"{% $x\", which does not end with \"%}\".",
            "/States/S/Output/b/0: empty JSONata expression: write an expression between \"{%\" and \"%}\".");
  }

  @Test
  void should_accept_expressions_or_literals_for_numeric_jsonata_fields() {
    assertThat(report(jsonata("{\"Type\":\"Wait\",\"Seconds\":\"ten\",\"Next\":\"Done\"}")))
        .containsExactly(
            "/States/S/Seconds: \"Seconds\" must be an integer from 0 to 99999999 or a JSONata expression \"{% ... %}\", but was string \"ten\".");
    assertThat(report(jsonata("{\"Type\":\"Wait\",\"Seconds\":\"{% $s %}\",\"Next\":\"Done\"}"))).isEmpty();
  }

  @Test
  void should_not_allow_query_language_on_a_branch() {
    assertThat(
            report(
                withDone(
                    "{\"Type\":\"Parallel\",\"Next\":\"Done\",\"Branches\":[{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}]}")))
        .containsExactly(
            "/States/S/Branches/0/QueryLanguage: \"QueryLanguage\" cannot be set on a Parallel branch; set it on the state machine or on each state.");
  }

  @Test
  void should_let_states_in_a_map_inherit_the_machine_language_not_the_map_language() {
    String json =
        "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"QueryLanguage\":\"JSONata\",\"End\":true,"
            + "\"ItemProcessor\":{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Output\":1,\"End\":true}}}}}}";
    assertThat(report(json))
        .containsExactly(
            "/States/M/ItemProcessor/States/A/Output: \"Output\" is only valid in JSONata states, but this Pass state uses JSONPath. Use \"ResultSelector\", \"ResultPath\" or \"OutputPath\" instead, or set \"QueryLanguage\": \"JSONata\".");
  }

  @Test
  void should_report_jsonata_expressions_that_do_not_compile_in_aws_words() {
    assertThat(
            report(
                jsonata(
                    "{\"Type\":\"Task\",\"Resource\":\"arn:x\",\"Arguments\":{\"a\":\"{% 1 + %}\",\"b\":[\"{% a[1,2) %}\"]},"
                        + "\"Output\":\"{% phone %}\",\"Assign\":{\"x\":\"{% $x ?: 1 %}\"},"
                        + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Output\":\"{% $states.errorOutput %}\",\"Next\":\"Done\"}],\"Next\":\"Done\"}")))
        .containsExactly(
            "/States/S/Arguments/a: INVALID_JSONATA_EXPRESSION: Unexpected end of expression",
            "/States/S/Arguments/b/0: INVALID_JSONATA_EXPRESSION: Expected \"]\", got \",\"",
            "/States/S/Output: UNSUPPORTED_JSONATA_EXPRESSION: Reference to 'phone' at the top level is not supported.",
            "/States/S/Assign/x: INVALID_JSONATA_EXPRESSION: The symbol \":\" cannot be used as a unary operator");
  }

  @Test
  void should_compile_expressions_of_choice_rules_and_nested_values() {
    assertThat(
            report(
                jsonata(
                    "{\"Type\":\"Choice\",\"Choices\":[{\"Condition\":\"{% $states.input.a = %}\",\"Next\":\"Done\"}],"
                        + "\"Default\":\"Done\",\"Output\":{\"deep\":{\"list\":[1,\"{% $$ %}\"]}}}")))
        .containsExactly(
            "/States/S/Choices/0/Condition: INVALID_JSONATA_EXPRESSION: Unexpected end of expression",
            "/States/S/Output/deep/list/1: UNSUPPORTED_JSONATA_EXPRESSION: Reference to '$$' at the top level is not supported.");
  }

  @Test
  void should_not_compile_jsonata_text_in_jsonpath_states() {
    assertThat(report(withDone("{\"Type\":\"Pass\",\"Result\":{\"a\":\"{% 1 + %}\"},\"Next\":\"Done\"}")))
        .isEmpty();
  }
}
