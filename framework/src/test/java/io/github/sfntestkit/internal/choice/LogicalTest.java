package io.github.sfntestkit.internal.choice;

import static io.github.sfntestkit.internal.choice.ChoiceFixtures.assertRuntimeError;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.input;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.invalidPath;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.matches;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogicalTest {
  private static final String TWENTIES =
      "{'And':[{'Variable':'$.value','NumericGreaterThanEquals':20},"
          + "{'Variable':'$.value','NumericLessThan':30}],'Next':'ValueInTwenties'}";

  @Test
  void and_needs_every_rule_to_match() {
    assertThat(matches(TWENTIES, "{'value':22}")).isTrue();
    assertThat(matches(TWENTIES, "{'value':30}")).isFalse();
    assertThat(matches(TWENTIES, "{'value':19}")).isFalse();
  }

  @Test
  void or_needs_one_rule_to_match() {
    String rule =
        "{'Or':[{'Variable':'$.t','StringEquals':'a'},{'Variable':'$.t','StringEquals':'b'}]}";
    assertThat(matches(rule, "{'t':'a'}")).isTrue();
    assertThat(matches(rule, "{'t':'b'}")).isTrue();
    assertThat(matches(rule, "{'t':'c'}")).isFalse();
  }

  @Test
  void not_inverts_one_rule() {
    String rule = "{'Not':{'Variable':'$.type','StringEquals':'Private'},'Next':'Public'}";
    assertThat(matches(rule, "{'type':'Private'}")).isFalse();
    assertThat(matches(rule, "{'type':'Public'}")).isTrue();
    assertThat(matches(rule, "{'type':3}")).isTrue();
  }

  @Test
  void a_single_rule_and_behaves_like_the_rule() {
    String rule = "{'And':[{'Variable':'$.type','StringEquals':'Public'}],'Next':'Public'}";
    assertThat(matches(rule, "{'type':'Public'}")).isTrue();
    assertThat(matches(rule, "{'type':'Private'}")).isFalse();
  }

  @Test
  void rules_nest_to_any_depth() {
    String rule =
        "{'Or':[{'Not':{'And':[{'Variable':'$.a','BooleanEquals':true},"
            + "{'Not':{'Variable':'$.b','IsNull':true}}]}},{'Variable':'$.c','NumericEquals':1}]}";
    assertThat(matches(rule, "{'a':true,'b':1,'c':0}")).isFalse();
    assertThat(matches(rule, "{'a':true,'b':1,'c':1}")).isTrue();
    assertThat(matches(rule, "{'a':true,'b':null,'c':0}")).isTrue();
  }

  @Test
  void and_stops_at_the_first_false_rule_so_is_present_guards_a_comparison() {
    String rule =
        "{'And':[{'Variable':'$.x','IsPresent':true},{'Variable':'$.x','NumericEquals':1}]}";
    assertThat(matches(rule, "{}")).isFalse();
    assertThat(matches(rule, "{'x':1}")).isTrue();
  }

  @Test
  void or_stops_at_the_first_true_rule() {
    String rule =
        "{'Or':[{'Variable':'$.x','IsPresent':false},{'Variable':'$.x','BooleanEquals':false}]}";
    assertThat(matches(rule, "{}")).isTrue();
    assertThat(matches(rule, "{'x':false}")).isTrue();
    assertThat(matches(rule, "{'x':true}")).isFalse();
  }

  @Test
  void a_runtime_error_inside_a_rule_passes_through_and_or_and_not() {
    String inner = "{'Variable':'$.missing','NumericEquals':1}";
    assertRuntimeError(rule("{'Not':" + inner + "}"), input("{}"), invalidPath("$.missing"));
    assertRuntimeError(
        rule("{'And':[{'Variable':'$.x','IsPresent':false}," + inner + "]}"),
        input("{}"),
        invalidPath("$.missing"));
    assertRuntimeError(
        rule("{'Or':[{'Variable':'$.x','IsPresent':true}," + inner + "]}"),
        input("{}"),
        invalidPath("$.missing"));
  }

  @Test
  void prints_a_readable_tree() {
    assertThat(rule(TWENTIES))
        .hasToString("($.value NumericGreaterThanEquals 20 And $.value NumericLessThan 30)");
    assertThat(rule("{'Not':{'Or':[{'Variable':'$.t','StringEquals':'a'},"
            + "{'Variable':'$$.Execution.Name','IsString':true}]}}"))
        .hasToString("Not(($.t StringEquals \"a\" Or $$.Execution.Name IsString true))");
  }
}
