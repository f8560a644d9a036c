package io.github.sfntestkit.internal.choice;

import static io.github.sfntestkit.internal.choice.ChoiceFixtures.assertCompileError;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.json;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.matches;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Compiling rules: ignored fields, printing, and the messages for malformed rules. */
class ConditionsTest {

  @Test
  void the_fields_of_a_top_level_rule_that_belong_to_the_state_are_ignored() {
    String rule =
        "{'Variable':'$.x','NumericEquals':42,'Next':'Done','Comment':'c',"
            + "'Assign':{'status':'CORRECT'},'Output':{'a':1}}";
    assertThat(matches(rule, "{'x':42}")).isTrue();
  }

  @Test
  void a_nested_rule_may_be_compiled_on_its_own() {
    assertThat(matches("{'Variable':'$.x','IsNull':true,'Comment':'nested'}", "{'x':null}"))
        .isTrue();
  }

  @Test
  void knows_all_42_operator_names() {
    assertThat(Conditions.operatorNames())
        .hasSize(42)
        .contains("And", "Or", "Not", "StringMatches", "IsPresent", "IsTimestamp",
            "BooleanEqualsPath", "TimestampGreaterThanEqualsPath")
        .doesNotContain("StringMatchesPath", "BooleanLessThan");
  }

  @Test
  void prints_each_comparison_with_its_operand_as_json() {
    assertThat(rule("{'Variable':'$.x','NumericEquals':3}")).hasToString("$.x NumericEquals 3");
    assertThat(rule("{'Variable':'$.x','NumericEquals':-1.5e3}"))
        .hasToString("$.x NumericEquals -1500");
    assertThat(rule("{'Variable':'$.s','StringEquals':'a\\\"b'}"))
        .hasToString("$.s StringEquals \"a\\\"b\"");
    assertThat(rule("{'Variable':'$.b','BooleanEquals':false}"))
        .hasToString("$.b BooleanEquals false");
    assertThat(rule("{'Variable':'$.t','TimestampLessThan':'2016-08-18T17:33:00Z'}"))
        .hasToString("$.t TimestampLessThan \"2016-08-18T17:33:00Z\"");
    assertThat(rule("{'Variable':'$v','IsPresent':false}")).hasToString("$v IsPresent false");
  }

  @Test
  void rejects_a_rule_that_is_not_an_object() {
    assertCompileError("[1]", "A Choice rule must be a JSON object but was array [1]");
    assertCompileError("{'Not':'x'}",
        "A Choice rule inside \"Not\" must be a JSON object but was string \"x\"");
    assertThatThrownBy(() -> Conditions.compile(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A Choice rule must be a JSON object but was missing");
  }

  @Test
  void rejects_a_rule_without_an_operator() {
    assertCompileError("{'Variable':'$.x','Next':'A'}",
        "Choice rule {\"Variable\":\"$.x\",\"Next\":\"A\"}: no operator. Expected \"And\", \"Or\","
            + " \"Not\", or \"Variable\" with a comparison such as \"StringEquals\" or"
            + " \"IsPresent\".");
  }

  @Test
  void rejects_two_operators_in_one_rule() {
    assertCompileError("{'Variable':'$.x','NumericEquals':1,'NumericLessThan':3}",
        "Choice rule {\"Variable\":\"$.x\",\"NumericEquals\":1,\"NumericLessThan\":3}: 2 operators"
            + " (NumericEquals, NumericLessThan). Expected exactly one; combine comparisons with"
            + " \"And\" or \"Or\".");
  }

  @Test
  void rejects_an_unknown_field_naming_the_closest_one() {
    assertCompileError("{'Variable':'$.x','NumericEqual':1}",
        "Choice rule {\"Variable\":\"$.x\",\"NumericEqual\":1}: unknown field \"NumericEqual\"."
            + " Did you mean \"NumericEquals\"?");
    assertCompileError("{'variable':'$.x','IsNull':true}",
        "Choice rule {\"variable\":\"$.x\",\"IsNull\":true}: unknown field \"variable\"."
            + " Did you mean \"Variable\"?");
    assertCompileError("{'Variable':'$.x','IsNull':true,'Foo':1}",
        "Choice rule {\"Variable\":\"$.x\",\"IsNull\":true,\"Foo\":1}: unknown field \"Foo\".");
  }

  @Test
  void rejects_a_jsonata_condition_with_a_hint() {
    assertCompileError("{'Condition':'{% $x = 1 %}','Next':'A'}",
        "Choice rule {\"Condition\":\"{% $x = 1 %}\",\"Next\":\"A\"}: unknown field"
            + " \"Condition\". \"Condition\" belongs to JSONata rules; a JSONPath rule uses"
            + " \"Variable\" and an operator such as \"StringEquals\".");
  }

  @Test
  void rejects_a_comparison_without_variable() {
    assertCompileError("{'StringEquals':'a'}",
        "Choice rule {\"StringEquals\":\"a\"}: \"StringEquals\" needs a \"Variable\" with the path"
            + " to test.");
  }

  @Test
  void rejects_variable_next_to_a_logical_operator() {
    assertCompileError("{'Variable':'$.x','Not':{'Variable':'$.x','IsNull':true}}",
        "Choice rule {\"Variable\":\"$.x\",\"Not\":{\"Variable\":\"$.x\",\"IsNull\":true}}:"
            + " \"Variable\" is not allowed next to \"Not\"; put it in the nested rules.");
  }

  @Test
  void rejects_next_inside_a_nested_rule() {
    assertCompileError("{'And':[{'Variable':'$.x','IsNull':true,'Next':'A'}],'Next':'B'}",
        "Choice rule {\"Variable\":\"$.x\",\"IsNull\":true,\"Next\":\"A\"}: \"Next\" is only"
            + " allowed in a top-level rule, not inside \"And\".");
  }

  @Test
  void rejects_and_or_without_a_non_empty_array() {
    assertCompileError("{'And':[],'Next':'A'}",
        "Choice rule {\"And\":[],\"Next\":\"A\"}: \"And\" needs a non-empty array of Choice rules"
            + " but was array [].");
    assertCompileError("{'Or':{'Variable':'$.x','IsNull':true}}",
        "Choice rule {\"Or\":{\"Variable\":\"$.x\",\"IsNull\":true}}: \"Or\" needs a non-empty"
            + " array of Choice rules but was object {\"Variable\":\"$.x\",\"IsNull\":true}.");
  }

  @Test
  void rejects_a_literal_of_the_wrong_type() {
    assertCompileError("{'Variable':'$.x','NumericEquals':'3'}",
        "Choice rule {\"Variable\":\"$.x\",\"NumericEquals\":\"3\"}: \"NumericEquals\" needs a"
            + " number but was string \"3\".");
    assertCompileError("{'Variable':'$.x','StringEquals':3}",
        "Choice rule {\"Variable\":\"$.x\",\"StringEquals\":3}: \"StringEquals\" needs a string"
            + " but was number 3.");
    assertCompileError("{'Variable':'$.x','BooleanEquals':'true'}",
        "Choice rule {\"Variable\":\"$.x\",\"BooleanEquals\":\"true\"}: \"BooleanEquals\" needs a"
            + " boolean but was string \"true\".");
    assertCompileError("{'Variable':'$.x','IsNull':null}",
        "Choice rule {\"Variable\":\"$.x\",\"IsNull\":null}: \"IsNull\" needs true or false but"
            + " was null.");
    assertCompileError("{'Variable':'$.x','StringMatches':1}",
        "Choice rule {\"Variable\":\"$.x\",\"StringMatches\":1}: \"StringMatches\" needs a string"
            + " pattern but was number 1.");
  }

  @Test
  void rejects_a_timestamp_literal_that_is_not_rfc3339() {
    assertCompileError("{'Variable':'$.x','TimestampEquals':'2016-08-18 17:33:00'}",
        "Choice rule {\"Variable\":\"$.x\",\"TimestampEquals\":\"2016-08-18 17:33:00\"}:"
            + " \"TimestampEquals\" needs an RFC 3339 timestamp such as \"2016-08-18T17:33:00Z\""
            + " but was string \"2016-08-18 17:33:00\".");
  }

  @Test
  void rejects_a_variable_or_operand_that_is_not_a_path() {
    assertCompileError("{'Variable':3,'IsNull':true}",
        "Choice rule {\"Variable\":3,\"IsNull\":true}: \"Variable\" needs a path such as"
            + " \"$.value\" but was number 3.");
    assertCompileError("{'Variable':'x','IsNull':true}",
        "Choice rule {\"Variable\":\"x\",\"IsNull\":true}: \"Variable\" is not a valid path: a"
            + " path must start with '$' but was 'x'.");
    assertCompileError("{'Variable':'$.x','NumericEqualsPath':1}",
        "Choice rule {\"Variable\":\"$.x\",\"NumericEqualsPath\":1}: \"NumericEqualsPath\" needs"
            + " a path such as \"$.value\" but was number 1.");
  }

  @Test
  void cuts_long_rules_in_messages() {
    assertCompileError("{'Variable':'$.a_very_long_field_name_for_testing','NumericEquals':'many'}",
        "Choice rule {\"Variable\":\"$.a_very_long_field_name_for_testing\",\"Numer...:"
            + " \"NumericEquals\" needs a number but was string \"many\".");
  }

  @Test
  void the_json_helper_reads_single_quotes() {
    assertThat(json("{'a':'b'}").get("a").textValue()).isEqualTo("b");
  }
}
