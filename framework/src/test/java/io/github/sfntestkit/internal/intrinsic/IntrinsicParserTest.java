package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static io.github.sfntestkit.internal.intrinsic.Calls.syntaxError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.Scope;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntrinsicParserTest {

  // --- recognition and compiled form -------------------------------------------------------------

  @Test
  void should_recognize_text_starting_with_states_as_an_intrinsic() {
    assertThat(Intrinsics.isIntrinsic("States.Array()")).isTrue();
    assertThat(Intrinsics.isIntrinsic("$.a")).isFalse();
    assertThat(Intrinsics.isIntrinsic("states.Array()")).isFalse();
    assertThat(Intrinsics.isIntrinsic(null)).isFalse();
  }

  @Test
  void should_print_its_source_text() {
    String text = "States.Format('{} {}',  $.a, States.Array(1))";
    assertThat(Intrinsics.compile(text)).hasToString(text);
  }

  @Test
  void should_evaluate_a_compiled_call_many_times_against_different_inputs() {
    IntrinsicCall call = Intrinsics.compile("States.MathAdd($.n, 1)");
    assertThat(call.evaluate(Calls.scope("{\"n\":1}"))).isEqualTo(json("2"));
    assertThat(call.evaluate(Calls.scope("{\"n\":41}"))).isEqualTo(json("42"));
  }

  // --- valid forms --------------------------------------------------------------------------------

  @Test
  void should_allow_whitespace_around_arguments() {
    assertThat(eval("States.Array( 1 ,'a'  ,\n\t$.x ) ", "{\"x\":true}")).isEqualTo(json("[1,\"a\",true]"));
    assertThat(eval("States.Array (  )")).isEqualTo(json("[]"));
  }

  @Test
  void should_parse_number_literals() {
    assertThat(eval("States.Array(0, -1, 1.5, -2.25, 1e3, 12345678901, 123456789012345678901234)"))
        .isEqualTo(json("[0,-1,1.5,-2.25,1e3,12345678901,123456789012345678901234]"));
  }

  @Test
  void should_parse_true_false_and_null() {
    assertThat(eval("States.Array(true, false, null)")).isEqualTo(json("[true,false,null]"));
  }

  @Test
  void should_parse_paths_of_every_root() {
    Scope scope = new Scope() {
      @Override
      public JsonNode input() {
        return json("{\"a\":{\"b\":[10,20]},\"c d\":3}");
      }

      @Override
      public JsonNode context() {
        return json("{\"Execution\":{\"Id\":\"exec-1\"}}");
      }

      @Override
      public JsonNode variable(String name) {
        return name.equals("who") ? json("{\"name\":\"Ann\"}") : null;
      }

      @Override
      public Random random() {
        return new Random(0);
      }
    };
    assertThat(Intrinsics.compile("States.Array($, $.a.b[1], $['c d'], $$.Execution.Id, $who.name, $who)")
            .evaluate(scope))
        .isEqualTo(json("[{\"a\":{\"b\":[10,20]},\"c d\":3},20,3,\"exec-1\",\"Ann\",{\"name\":\"Ann\"}]"));
  }

  @Test
  void should_read_a_path_whose_brackets_hold_commas_parentheses_and_spaces() {
    assertThat(eval(
            "States.ArrayLength($.l[?(@.k == 'a, b)')])",
            "{\"l\":[{\"k\":\"a, b)\"},{\"k\":\"c\"},{\"k\":\"a, b)\"}]}"))
        .isEqualTo(json("2"));
  }

  @Test
  void should_unescape_the_reserved_characters() {
    assertThat(eval("States.Array('it\\'s', '\\{\\}', 'back\\\\slash')"))
        .isEqualTo(json("[\"it's\",\"{}\",\"back\\\\slash\"]"));
  }

  @Test
  void should_keep_unescaped_braces_and_other_characters_literally() {
    assertThat(eval("States.Array('{\"a\": 1}', 'x, y)', 'line\nbreak', '\u00e9$')"))
        .isEqualTo(json("[\"{\\\"a\\\": 1}\",\"x, y)\",\"line\\nbreak\",\"\u00e9$\"]"));
  }

  @Test
  void should_evaluate_nested_calls_inside_out() {
    assertThat(eval(
            "States.Format('{}.{}', States.ArrayGetItem(States.StringSplit($.arn, ':'), 0),"
                + " States.ArrayGetItem(States.StringSplit($.arn, ':'), 2))",
            "{\"arn\":\"a:b:c\"}"))
        .isEqualTo(json("\"a.c\""));
  }

  @Test
  void should_allow_ten_levels_of_nesting() {
    String call = "States.MathAdd(".repeat(10) + "0" + ", 1)".repeat(10);
    assertThat(eval(call)).isEqualTo(json("10"));
  }

  // --- syntax errors ------------------------------------------------------------------------------

  @Test
  void should_fail_when_the_text_does_not_start_with_states() {
    assertThat(syntaxError("Foo.Bar()"))
        .hasMessage("Invalid intrinsic function at character 1 of \"Foo.Bar()\": expected a function name starting with 'States.'");
  }

  @Test
  void should_fail_for_an_unknown_function_and_suggest_the_nearest() {
    IntrinsicSyntaxException error = syntaxError("States.Formatt('x')");
    assertThat(error)
        .hasMessage("Invalid intrinsic function at character 1 of \"States.Formatt('x')\": unknown function \"States.Formatt\". Did you mean \"States.Format\"?");
    assertThat(error.position()).isEqualTo(1);
    assertThat(error.problem()).startsWith("unknown function");
    assertThat(error.text()).isEqualTo("States.Formatt('x')");
    assertThat(syntaxError("States.format('x')").problem())
        .isEqualTo("unknown function \"States.format\". Did you mean \"States.Format\"?");
  }

  @Test
  void should_list_the_functions_when_no_name_is_close() {
    assertThat(syntaxError("States.Nothing()").problem())
        .isEqualTo("unknown function \"States.Nothing\". Known functions: States.Format, States.StringToJson,"
            + " States.JsonToString, States.Array, States.ArrayPartition, States.ArrayContains,"
            + " States.ArrayRange, States.ArrayGetItem, States.ArrayLength, States.ArrayUnique,"
            + " States.Base64Encode, States.Base64Decode, States.Hash, States.JsonMerge,"
            + " States.MathRandom, States.MathAdd, States.StringSplit, States.UUID");
  }

  @Test
  void should_fail_for_an_unknown_nested_function_at_its_position() {
    assertThat(syntaxError("States.Array(1, States.Arr())"))
        .hasMessage("Invalid intrinsic function at character 17 of \"States.Array(1, States.Arr())\": unknown function \"States.Arr\". Did you mean \"States.Array\"?");
  }

  @Test
  void should_fail_when_the_opening_parenthesis_is_missing() {
    assertThat(syntaxError("States.Format 'x'"))
        .hasMessage("Invalid intrinsic function at character 15 of \"States.Format 'x'\": expected '(' after States.Format but found '''");
    assertThat(syntaxError("States.UUID").problem())
        .isEqualTo("expected '(' after States.UUID but found the end of the text");
  }

  @Test
  void should_fail_when_the_closing_parenthesis_is_missing() {
    assertThat(syntaxError("States.Format('x'"))
        .hasMessage("Invalid intrinsic function at character 14 of \"States.Format('x'\": the '(' of States.Format is never closed (missing ')')");
    assertThat(syntaxError("States.Array(1, ").problem())
        .isEqualTo("the '(' of States.Array is never closed (missing ')')");
  }

  @Test
  void should_fail_when_a_string_literal_is_not_closed() {
    assertThat(syntaxError("States.Format('x)"))
        .hasMessage("Invalid intrinsic function at character 15 of \"States.Format('x)\": the string literal starting here is never closed (missing the closing ')");
  }

  @Test
  void should_fail_for_an_open_escape() {
    assertThat(syntaxError("States.Format('a\\n')"))
        .hasMessage("Invalid intrinsic function at character 17 of \"States.Format('a\\n')\": open escape '\\n': only \\' \\{ \\} and \\\\ are escapes; write \\\\ for a backslash");
  }

  @Test
  void should_fail_for_a_backslash_at_the_end() {
    assertThat(syntaxError("States.Format('a\\"))
        .hasMessage("Invalid intrinsic function at character 17 of \"States.Format('a\\\": open escape: '\\' at the end of the text escapes nothing");
  }

  @Test
  void should_fail_when_arguments_are_not_separated_by_commas() {
    assertThat(syntaxError("States.Format('a' 'b')"))
        .hasMessage("Invalid intrinsic function at character 19 of \"States.Format('a' 'b')\": expected ',' or ')' after argument 1 of States.Format but found '''");
  }

  @Test
  void should_fail_when_an_argument_is_missing() {
    assertThat(syntaxError("States.Array(1,,2)"))
        .hasMessage("Invalid intrinsic function at character 16 of \"States.Array(1,,2)\": argument 2 of States.Array is missing");
    assertThat(syntaxError("States.Array(1, )").problem()).isEqualTo("argument 2 of States.Array is missing");
    assertThat(syntaxError("States.Array(,1)").problem()).isEqualTo("argument 1 of States.Array is missing");
  }

  @Test
  void should_fail_for_a_bad_literal() {
    assertThat(syntaxError("States.Array(1.2.3)"))
        .hasMessage("Invalid intrinsic function at character 14 of \"States.Array(1.2.3)\": invalid argument '1.2.3': expected a string in single quotes, a number, true, false, null, a path starting with '$' or a States. call");
    assertThat(syntaxError("States.Array(tru)").problem()).startsWith("invalid argument 'tru': expected");
    assertThat(syntaxError("States.Array(01)").problem()).startsWith("invalid argument '01': expected");
    assertThat(syntaxError("States.Array(\"a\")").problem())
        .startsWith("invalid argument '\"a\"' (string literals use single quotes): expected");
  }

  @Test
  void should_fail_for_a_path_with_an_unclosed_bracket() {
    assertThat(syntaxError("States.Array($.a[0)"))
        .hasMessage("Invalid intrinsic function at character 14 of \"States.Array($.a[0)\": the path '$.a[0)' has an unclosed '['");
  }

  @Test
  void should_fail_for_an_invalid_path() {
    IntrinsicSyntaxException error = syntaxError("States.Array($.a.)");
    assertThat(error.position()).isEqualTo(14);
    assertThat(error.problem()).startsWith("invalid path argument: invalid JSONPath '$.a.'");
  }

  @Test
  void should_fail_for_text_after_the_call() {
    assertThat(syntaxError("States.Array(1) x"))
        .hasMessage("Invalid intrinsic function at character 17 of \"States.Array(1) x\": unexpected text after the closing ')' of States.Array: 'x'");
  }

  @Test
  void should_fail_for_a_fixed_arity_mismatch() {
    assertThat(syntaxError("States.ArrayRange(1, 2)"))
        .hasMessage("Invalid intrinsic function at character 1 of \"States.ArrayRange(1, 2)\": States.ArrayRange takes 3 arguments (start, end, step) but was given 2");
    assertThat(syntaxError("States.ArrayLength($.a, 1)").problem())
        .isEqualTo("States.ArrayLength takes 1 argument (array) but was given 2");
    assertThat(syntaxError("States.UUID(1)").problem())
        .isEqualTo("States.UUID takes no arguments but was given 1");
  }

  @Test
  void should_fail_for_too_few_or_too_many_with_an_optional_argument() {
    assertThat(syntaxError("States.MathRandom(1)").problem())
        .isEqualTo("States.MathRandom takes 2 or 3 arguments (start, end[, seed]) but was given 1");
    assertThat(syntaxError("States.MathRandom(1, 2, 3, 4)").problem())
        .isEqualTo("States.MathRandom takes 2 or 3 arguments (start, end[, seed]) but was given 4");
  }

  @Test
  void should_fail_when_format_has_no_template() {
    assertThat(syntaxError("States.Format()").problem())
        .isEqualTo("States.Format takes at least 1 argument (template, values...) but was given 0");
  }

  @Test
  void should_report_the_arity_of_a_nested_call_at_its_position() {
    assertThat(syntaxError("States.Array(States.JsonMerge($.a, $.b))").position()).isEqualTo(14);
  }

  @Test
  void should_fail_when_calls_are_nested_more_than_ten_deep() {
    String call = "States.MathAdd(".repeat(11) + "0" + ", 1)".repeat(11);
    IntrinsicSyntaxException error = syntaxError(call);
    assertThat(error.problem()).isEqualTo("intrinsic functions can be nested at most 10 deep");
    assertThat(error.position()).isEqualTo(1 + 10 * "States.MathAdd(".length());
  }

  @Test
  void should_fail_for_null_text() {
    assertThat(syntaxError(null)).hasMessage("Invalid intrinsic function at character 1 of \"null\": there is no text to parse");
  }

  @Test
  void should_be_an_illegal_argument_exception() {
    assertThat(syntaxError("States.Nope()")).isInstanceOf(IllegalArgumentException.class);
  }
}
