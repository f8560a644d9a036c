package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.V.report;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceRulesTest {

  /** A Choice state C with the given rules, Default D. */
  private static String choice(String rules) {
    return "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":"
        + rules
        + ",\"Default\":\"D\"},\"D\":{\"Type\":\"Succeed\"}}}";
  }

  @Test
  void should_accept_every_operator_family() {
    assertThat(
            report(
                choice(
                    "[{\"Variable\":\"$.s\",\"StringEquals\":\"x\",\"Next\":\"D\"},"
                        + "{\"Variable\":\"$.n\",\"NumericGreaterThanEqualsPath\":\"$.m\",\"Next\":\"D\"},"
                        + "{\"Variable\":\"$.t\",\"TimestampLessThan\":\"2020-01-01T00:00:00Z\",\"Next\":\"D\"},"
                        + "{\"And\":[{\"Variable\":\"$.b\",\"BooleanEquals\":true},{\"Not\":{\"Variable\":\"$.x\",\"IsNull\":true}}],\"Next\":\"D\",\"Comment\":\"c\"}]")))
        .isEmpty();
  }

  @Test
  void should_require_non_empty_choices() {
    assertThat(report("{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Default\":\"D\"},\"D\":{\"Type\":\"Succeed\"}}}"))
        .containsExactly(
            "/States/C: missing required field \"Choices\": a Choice state needs a non-empty array of rules.");
    assertThat(report(choice("[]")))
        .containsExactly("/States/C/Choices: \"Choices\" must be a non-empty array of rules, but was array [].");
  }

  @Test
  void should_require_exactly_one_operator() {
    assertThat(report(choice("[{\"Variable\":\"$.a\",\"Next\":\"D\"}]")))
        .containsExactly(
            "/States/C/Choices/0: a Choice rule needs exactly one comparison operator (such as \"StringEquals\" or \"IsPresent\") or one of \"And\", \"Or\", \"Not\", but has none.");
    assertThat(report(choice("[{\"Variable\":\"$.a\",\"StringEquals\":\"x\",\"IsPresent\":true,\"Next\":\"D\"}]")))
        .containsExactly(
            "/States/C/Choices/0: a Choice rule needs exactly one comparison operator or one of \"And\", \"Or\", \"Not\", but has 2: \"StringEquals\", \"IsPresent\".");
  }

  @Test
  void should_suggest_the_operator_meant() {
    assertThat(report(choice("[{\"Variable\":\"$.a\",\"StringEqual\":\"x\",\"Next\":\"D\"}]")))
        .containsExactly(
            "/States/C/Choices/0/StringEqual: unknown field \"StringEqual\" for a Choice rule. Did you mean \"StringEquals\"?");
  }

  @Test
  void should_require_variable() {
    assertThat(report(choice("[{\"StringEquals\":\"x\",\"Next\":\"D\"}]")))
        .containsExactly(
            "/States/C/Choices/0: missing required field \"Variable\": the \"StringEquals\" comparison needs the path of the value to test.");
    assertThat(report(choice("[{\"Variable\":\"a\",\"IsPresent\":true,\"Next\":\"D\"}]")))
        .containsExactly(
            "/States/C/Choices/0/Variable: \"Variable\" must be a path starting with \"$\", but was string \"a\".");
  }

  @Test
  void should_check_operand_types() {
    assertThat(
            report(
                choice(
                    "[{\"Variable\":\"$.a\",\"StringEquals\":1,\"Next\":\"D\"},"
                        + "{\"Variable\":\"$.a\",\"NumericEquals\":\"1\",\"Next\":\"D\"},"
                        + "{\"Variable\":\"$.a\",\"BooleanEquals\":\"true\",\"Next\":\"D\"},"
                        + "{\"Variable\":\"$.a\",\"IsPresent\":1,\"Next\":\"D\"},"
                        + "{\"Variable\":\"$.a\",\"TimestampEquals\":\"yesterday\",\"Next\":\"D\"},"
                        + "{\"Variable\":\"$.a\",\"StringEqualsPath\":\"b\",\"Next\":\"D\"}]")))
        .containsExactly(
            "/States/C/Choices/0/StringEquals: \"StringEquals\" must be a string, but was number 1.",
            "/States/C/Choices/1/NumericEquals: \"NumericEquals\" must be a number, but was string \"1\".",
            "/States/C/Choices/2/BooleanEquals: \"BooleanEquals\" must be a boolean, but was string \"true\".",
            "/States/C/Choices/3/IsPresent: \"IsPresent\" must be a boolean, but was number 1.",
            "/States/C/Choices/4/TimestampEquals: \"TimestampEquals\" must be an RFC 3339 timestamp string like \"2016-03-14T01:59:00Z\", but was string \"yesterday\".",
            "/States/C/Choices/5/StringEqualsPath: \"StringEqualsPath\" must be a path starting with \"$\", but was string \"b\".");
  }

  @Test
  void should_check_and_or_not() {
    assertThat(
            report(
                choice(
                    "[{\"And\":[],\"Next\":\"D\"},{\"Or\":{},\"Next\":\"D\"},{\"Not\":[],\"Next\":\"D\"},"
                        + "{\"Variable\":\"$.a\",\"Not\":{\"Variable\":\"$.a\",\"IsNull\":true},\"Next\":\"D\"}]")))
        .containsExactly(
            "/States/C/Choices/0/And: \"And\" must be a non-empty array of rules, but was array [].",
            "/States/C/Choices/1/Or: \"Or\" must be a non-empty array of rules, but was object {}.",
            "/States/C/Choices/2/Not: \"Not\" must be a single rule object, but was array [].",
            "/States/C/Choices/3/Variable: \"Variable\" is not allowed next to \"Not\"; put it in the nested rules.");
  }

  @Test
  void should_allow_next_on_top_level_rules_only() {
    assertThat(
            report(
                choice(
                    "[{\"Not\":{\"Variable\":\"$.a\",\"IsNull\":true,\"Next\":\"D\"},\"Next\":\"D\"},"
                        + "{\"Variable\":\"$.a\",\"IsNull\":true}]")))
        .containsExactly(
            "/States/C/Choices/0/Not/Next: \"Next\" is only allowed in the rules directly under \"Choices\", not inside \"And\", \"Or\" or \"Not\".",
            "/States/C/Choices/1: missing required field \"Next\": each rule of \"Choices\" must name the state to go to when it matches.");
  }

  @Test
  void should_report_a_rule_that_is_not_an_object() {
    assertThat(report(choice("[\"x\"]")))
        .containsExactly("/States/C/Choices/0: a Choice rule must be an object, but was string \"x\".");
  }

  @Test
  void should_check_jsonata_rules() {
    String json =
        "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":["
            + "{\"Condition\":\"{% $states.input.a %}\",\"Next\":\"D\",\"Output\":{\"x\":1}},"
            + "{\"Condition\":\"yes\",\"Next\":\"D\"},"
            + "{\"Variable\":\"$.a\",\"IsPresent\":true,\"Next\":\"D\"}],\"Default\":\"D\"},\"D\":{\"Type\":\"Succeed\"}}}";
    assertThat(report(json))
        .containsExactly(
            "/States/C/Choices/1/Condition: \"Condition\" must be a JSONata expression \"{% ... %}\" or a boolean, but was string \"yes\".",
            "/States/C/Choices/2: missing required field \"Condition\": a JSONata Choice rule needs a JSONata expression \"{% ... %}\" or a boolean.",
            "/States/C/Choices/2/Variable: \"Variable\" is only valid in JSONPath Choice rules, but this Choice state uses JSONata. Use \"Condition\" with a JSONata expression instead.",
            "/States/C/Choices/2/IsPresent: \"IsPresent\" is only valid in JSONPath Choice rules, but this Choice state uses JSONata. Use \"Condition\" with a JSONata expression instead.");
  }

  @Test
  void should_report_condition_in_a_jsonpath_rule() {
    assertThat(report(choice("[{\"Condition\":\"{% true %}\",\"Next\":\"D\"}]")))
        .containsExactly(
            "/States/C/Choices/0/Condition: \"Condition\" is only valid in JSONata Choice rules, but this Choice state uses JSONPath. Use \"Variable\" with a comparison operator, or set \"QueryLanguage\": \"JSONata\".");
  }
}
