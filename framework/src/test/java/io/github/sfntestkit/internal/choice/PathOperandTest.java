package io.github.sfntestkit.internal.choice;

import static io.github.sfntestkit.internal.choice.ChoiceFixtures.assertRuntimeError;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.input;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.invalidPath;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.matches;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.rule;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.withVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ...Path operators, $$ and $variable paths, and what happens when a path selects nothing. */
class PathOperandTest {

  /** The literal each family needs in a well-formed rule. */
  private static String literalFor(ComparisonOperator operator) {
    switch (operator.type()) {
      case STRING:
        return "'a'";
      case NUMERIC:
        return "1";
      case BOOLEAN:
        return "true";
      default:
        return "'2012-10-09T19:00:55Z'";
    }
  }

  private static String ruleFor(ComparisonOperator operator, String variable) {
    String operand = operator.isPath() ? "'$.other'" : literalFor(operator);
    return "{'Variable':'" + variable + "','" + operator.name() + "':" + operand + "}";
  }

  static Stream<String> comparisonOperators() {
    List<String> names = new ArrayList<>();
    ComparisonOperator.names().forEach(names::add);
    return names.stream();
  }

  @Test
  void there_are_32_comparison_operators() {
    assertThat(comparisonOperators()).hasSize(32);
  }

  @ParameterizedTest
  @MethodSource("comparisonOperators")
  void every_comparison_raises_invalid_path_when_variable_selects_nothing(String name) {
    Condition condition = rule(ruleFor(ComparisonOperator.named(name), "$.x"));
    assertRuntimeError(condition, input("{'other':1}"), invalidPath("$.x"));
    assertRuntimeError(condition, input("{}"), invalidPath("$.x"));
  }

  @ParameterizedTest
  @MethodSource("comparisonOperators")
  void every_comparison_raises_invalid_path_for_a_nested_field_under_null(String name) {
    Condition condition = rule(ruleFor(ComparisonOperator.named(name), "$.a.b"));
    assertRuntimeError(condition, input("{'a':null,'other':1}"), invalidPath("$.a.b"));
  }

  @Test
  void string_matches_raises_invalid_path_when_variable_selects_nothing() {
    assertRuntimeError(rule("{'Variable':'$.x','StringMatches':'*'}"), input("{}"),
        invalidPath("$.x"));
  }

  @Test
  void a_path_operand_that_selects_nothing_raises_invalid_path_naming_the_operand() {
    assertRuntimeError(rule("{'Variable':'$.left','NumericEqualsPath':'$.right'}"),
        input("{'left':8}"), invalidPath("$.right"));
    assertRuntimeError(rule("{'Variable':'$.left','StringLessThanPath':'$.right'}"),
        input("{'left':'text'}"), invalidPath("$.right"));
  }

  @Test
  void a_missing_variable_is_reported_before_a_missing_operand() {
    assertRuntimeError(rule("{'Variable':'$.left','NumericEqualsPath':'$.right'}"),
        input("{}"), invalidPath("$.left"));
  }

  @Test
  void a_missing_operand_is_an_error_even_when_variable_has_another_type() {
    assertRuntimeError(rule("{'Variable':'$.left','NumericEqualsPath':'$.right'}"),
        input("{'left':'text'}"), invalidPath("$.right"));
  }

  @Test
  void path_variants_compare_two_values_of_the_input() {
    assertThat(matches("{'Variable':'$.a','StringEqualsPath':'$.b'}", "{'a':'Hello','b':'Hello'}"))
        .isTrue();
    assertThat(matches("{'Variable':'$.a','StringEqualsPath':'$.b'}", "{'a':' ','b':'     '}"))
        .isFalse();
    assertThat(matches("{'Variable':'$.a','StringGreaterThanPath':'$.b'}", "{'a':'AB','b':'A'}"))
        .isTrue();
    assertThat(matches("{'Variable':'$.a','NumericEqualsPath':'$.b'}", "{'a':1,'b':1.0}")).isTrue();
    assertThat(matches("{'Variable':'$.a','NumericLessThanPath':'$.b'}", "{'a':0,'b':1}")).isTrue();
    assertThat(matches("{'Variable':'$.a','NumericGreaterThanEqualsPath':'$.b'}", "{'a':0,'b':1}"))
        .isFalse();
    assertThat(matches("{'Variable':'$.a','BooleanEqualsPath':'$.b'}", "{'a':false,'b':false}"))
        .isTrue();
    assertThat(matches("{'Variable':'$.a','BooleanEqualsPath':'$.b'}", "{'a':false,'b':true}"))
        .isFalse();
    assertThat(matches("{'Variable':'$.a','TimestampLessThanPath':'$.b'}",
            "{'a':'2012-10-09T19:00:55Z','b':'2012-10-09T19:00:56Z'}"))
        .isTrue();
    assertThat(matches("{'Variable':'$.a','TimestampEqualsPath':'$.b'}",
            "{'a':'2012-10-09T19:00:55Z','b':'2012-10-09T20:00:55+01:00'}"))
        .isTrue();
  }

  @Test
  void an_operand_value_of_another_type_makes_the_comparison_false() {
    assertThat(matches("{'Variable':'$.a','NumericEqualsPath':'$.b'}", "{'a':1,'b':'1'}"))
        .isFalse();
    assertThat(matches("{'Variable':'$.a','StringEqualsPath':'$.b'}", "{'a':'1','b':1}")).isFalse();
    assertThat(matches("{'Variable':'$.a','BooleanEqualsPath':'$.b'}", "{'a':true,'b':'true'}"))
        .isFalse();
    assertThat(matches("{'Variable':'$.a','TimestampEqualsPath':'$.b'}",
            "{'a':'2012-10-09T19:00:55Z','b':'2012-10-09T19:00:55'}"))
        .isFalse();
    assertThat(matches("{'Variable':'$.a','NumericEqualsPath':'$.b'}", "{'a':null,'b':null}"))
        .isFalse();
  }

  @Test
  void variable_and_operand_may_read_the_context_object() {
    assertThat(rule("{'Variable':'$$.Execution.Input.input-value','NumericLessThanEquals':0}")
            .test(withVariables("{}", "{'Execution':{'Input':{'input-value':0}}}", "{}")))
        .isTrue();
    assertThat(rule("{'Variable':'$.limit','NumericEqualsPath':'$$.Map.Item.Index'}")
            .test(withVariables("{'limit':2}", "{'Map':{'Item':{'Index':2}}}", "{}")))
        .isTrue();
  }

  @Test
  void variable_and_operand_may_read_workflow_variables() {
    String rule = "{'Variable':'$guess','StringEqualsPath':'$answer','Next':'CorrectAnswer'}";
    assertThat(rule(rule).test(withVariables("{}", "{}", "{'guess':'42','answer':'42'}")))
        .isTrue();
    assertThat(rule(rule).test(withVariables("{}", "{}", "{'guess':'41','answer':'42'}")))
        .isFalse();
    assertThat(rule("{'Variable':'$order.total','NumericGreaterThan':100}")
            .test(withVariables("{}", "{}", "{'order':{'total':150}}")))
        .isTrue();
  }

  @Test
  void an_undefined_workflow_variable_raises_invalid_path() {
    assertRuntimeError(rule("{'Variable':'$undefinedVariable','StringEquals':'value'}"),
        withVariables("{}", "{}", "{'otherVariable':'value'}"), invalidPath("$undefinedVariable"));
    assertRuntimeError(rule("{'Variable':'$a','StringEqualsPath':'$b'}"),
        withVariables("{}", "{}", "{'a':'x'}"), invalidPath("$b"));
  }

  @Test
  void the_whole_input_can_be_tested() {
    assertThat(matches("{'Variable':'$','IsString':true}", "'text'")).isTrue();
    assertThat(matches("{'Variable':'$','NumericEquals':3}", "3")).isTrue();
  }

  @Test
  void prints_the_operand_path() {
    assertThat(rule("{'Variable':'$.a','NumericLessThanEqualsPath':'$$.Execution.Input.max'}"))
        .hasToString("$.a NumericLessThanEqualsPath $$.Execution.Input.max");
  }
}
