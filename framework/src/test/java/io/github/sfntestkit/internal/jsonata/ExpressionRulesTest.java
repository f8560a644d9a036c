package io.github.sfntestkit.internal.jsonata;

import static io.github.sfntestkit.internal.jsonata.Fixtures.eval;
import static io.github.sfntestkit.internal.jsonata.Fixtures.failure;
import static io.github.sfntestkit.internal.jsonata.Fixtures.syntaxError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionRulesTest {

  @Test
  void should_refuse_an_expression_that_does_not_parse_with_position_and_problem() {
    JsonataSyntaxException e = syntaxError("{% 1 + %}");

    assertThat(e.code()).isEqualTo("INVALID_JSONATA_EXPRESSION");
    assertThat(e.expression()).isEqualTo("1 +");
    assertThat(e.position()).isEqualTo(3);
    assertThat(e.problem()).isEqualTo("Unexpected end of expression");
    assertThat(e.awsMessage()).isEqualTo("INVALID_JSONATA_EXPRESSION: Unexpected end of expression");
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid JSONata expression '1 +' at position 3: Unexpected end of expression (INVALID_JSONATA_EXPRESSION)");
  }

  @Test
  void should_word_parser_errors_as_aws_does() {
    assertThat(syntaxError("{% a[1,2) %}").problem()).isEqualTo("Expected \"]\", got \",\"");
    assertThat(syntaxError("{% 'unterminated %}").problem())
        .isEqualTo("String literal must be terminated by a matching quote");
    assertThat(syntaxError("{% {'a':} %}").problem())
        .isEqualTo("The symbol \"}\" cannot be used as a unary operator");
  }

  @Test
  void should_refuse_the_jsonata_2_1_elvis_and_coalescing_operators() {
    JsonataSyntaxException elvis = syntaxError("{% $states.input.a ?: 3 %}");
    JsonataSyntaxException coalescing = syntaxError("{% $states.input.a ?? 3 %}");

    assertThat(elvis.code()).isEqualTo("INVALID_JSONATA_EXPRESSION");
    assertThat(elvis.problem()).isEqualTo("The symbol \":\" cannot be used as a unary operator");
    assertThat(elvis.position()).isEqualTo(17);
    assertThat(elvis.getMessage()).contains("'?:' is not available: AWS runs JSONata 2.0.6");
    assertThat(coalescing.problem()).isEqualTo("The symbol \"?\" cannot be used as a unary operator");
    assertThat(coalescing.getMessage()).contains("'??' is not available");
  }

  @Test
  void should_not_mistake_question_marks_in_strings_regexes_or_conditions_for_new_operators() {
    assertThat(eval("{% $states.input.a ? 'x ?: y' : \"??\" %}", "{\"a\":true}")).isEqualTo("\"x ?: y\"");
    assertThat(eval("{% $contains('a??', /a\\?\\?/) %}", "{}")).isEqualTo("true");
    assertThat(eval("{% /* ?? */ $states.input.a ? 1 : 2 %}", "{\"a\":false}")).isEqualTo("2");
  }

  @Test
  void should_refuse_a_field_name_at_the_top_level() {
    JsonataSyntaxException e = syntaxError("{% phone %}");

    assertThat(e.code()).isEqualTo("UNSUPPORTED_JSONATA_EXPRESSION");
    assertThat(e.awsMessage())
        .isEqualTo(
            "UNSUPPORTED_JSONATA_EXPRESSION: Reference to 'phone' at the top level is not supported.");
    assertThat(e.position()).isEqualTo(0);
  }

  @Test
  void should_refuse_top_level_names_inside_operators_calls_and_constructors() {
    assertThat(syntaxError("{% states.input %}").problem()).contains("'states'");
    assertThat(syntaxError("{% $sum(items) %}").problem()).contains("'items'");
    assertThat(syntaxError("{% 1 + price %}").problem()).contains("'price'");
    assertThat(syntaxError("{% {'a': b} %}").problem()).contains("'b'");
    assertThat(syntaxError("{% [x] %}").problem()).contains("'x'");
    assertThat(syntaxError("{% ($y := 1; z) %}").problem()).contains("'z'");
    assertThat(syntaxError("{% $states.input.ok ? yes : 2 %}").problem()).contains("'yes'");
  }

  @Test
  void should_refuse_dollar_and_double_dollar_at_the_top_level() {
    assertThat(syntaxError("{% $ %}").problem())
        .isEqualTo("Reference to '$' at the top level is not supported.");
    assertThat(syntaxError("{% $$ %}").problem())
        .isEqualTo("Reference to '$$' at the top level is not supported.");
    assertThat(syntaxError("{% $.x %}").problem()).contains("'$'");
  }

  @Test
  void should_accept_names_and_dollar_inside_paths_predicates_and_steps() {
    String input = "{\"items\":[{\"price\":3,\"name\":\"a\"},{\"price\":9,\"name\":\"b\"}]}";

    assertThat(eval("{% $states.input.items[price > 5].name %}", input)).isEqualTo("\"b\"");
    assertThat(eval("{% $states.input.items.(price * 2) %}", input)).isEqualTo("[6,18]");
    assertThat(eval("{% $states.input.items[$.price < 5].name %}", input)).isEqualTo("\"a\"");
    assertThat(eval("{% $map($states.input.items, function($v){ $v.price }) %}", input))
        .isEqualTo("[3,9]");
  }

  @Test
  void should_make_eval_unavailable_at_run_time_as_aws_does() {
    assertThat(failure("{% $eval('1+1') %}", "{}").cause())
        .isEqualTo(
            "The JSONata expression '$eval('1+1')' specified for the field 'Output' threw an error during evaluation. "
                + "T1006: Attempted to invoke a non-function");
  }
}
