package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class FormatTest {

  @Test
  void should_insert_strings_without_quotes() {
    assertThat(eval("States.Format('Hello, {} and {}!', $.a, $.b)", "{\"a\":\"Ann\",\"b\":\" \"}"))
        .isEqualTo(json("\"Hello, Ann and  !\""));
  }

  @Test
  void should_print_numbers_booleans_and_null_as_json() {
    assertThat(eval("States.Format('{}|{}|{}|{}|{}', 1, 1.10, -3, true, null)"))
        .isEqualTo(json("\"1|1.10|-3|true|null\""));
    assertThat(eval("States.Format('{} {}', $.n, $.f)", "{\"n\":7,\"f\":1.1}"))
        .isEqualTo(json("\"7 1.1\""));
  }

  @Test
  void should_print_objects_and_arrays_in_java_notation_as_aws_does() {
    assertThat(eval("States.Format('v={}', $.o)", "{\"o\":{\"Arg1\":1,\"Arg2\":[],\"s\":\"x y\"}}"))
        .isEqualTo(json("\"v={Arg1=1, Arg2=[], s=x y}\""));
    assertThat(eval("States.Format('{}', $.a)", "{\"a\":[1,\"b\",[null,{\"k\":true}]]}"))
        .isEqualTo(json("\"[1, b, [null, {k=true}]]\""));
  }

  @Test
  void should_keep_a_json_string_value_as_it_is() {
    assertThat(eval("States.Format('x {}', $.s)", "{\"s\":\"{\\\"a\\\": 1}\"}"))
        .isEqualTo(json("\"x {\\\"a\\\": 1}\""));
  }

  @Test
  void should_not_treat_escaped_braces_as_a_placeholder() {
    assertThat(eval("States.Format('\\{\\} is {}', 'empty')"))
        .isEqualTo(json("\"{} is empty\""));
  }

  @Test
  void should_read_the_template_from_a_path() {
    assertThat(eval("States.Format($.t, $.name)", "{\"t\":\"It's {}!\",\"name\":\"Pikachu\"}"))
        .isEqualTo(json("\"It's Pikachu!\""));
  }

  @Test
  void should_format_a_template_without_placeholders() {
    assertThat(eval("States.Format('plain')")).isEqualTo(json("\"plain\""));
  }

  @Test
  void should_accept_nested_calls_as_values() {
    assertThat(eval("States.Format('{} items', States.ArrayLength($.a))", "{\"a\":[1,2,3]}"))
        .isEqualTo(json("\"3 items\""));
  }

  @Test
  void should_fail_when_there_are_more_placeholders_than_values() {
    StatesError error = failure("States.Format('{} and {}', 'one')");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.Format: the template has 2 placeholders {} but 1 value was given");
  }

  @Test
  void should_fail_when_there_are_more_values_than_placeholders() {
    assertThat(failure("States.Format('{}', 1, 2)").cause())
        .isEqualTo("Invalid arguments in States.Format: the template has 1 placeholder {} but 2 values were given");
  }

  @Test
  void should_count_placeholders_in_a_template_read_from_a_path() {
    assertThat(failure("States.Format($.t)", "{\"t\":\"a {} b\"}").cause())
        .isEqualTo("Invalid arguments in States.Format: the template has 1 placeholder {} but 0 values were given");
  }

  @Test
  void should_fail_when_the_template_is_not_a_string() {
    StatesError error = failure("States.Format($.t, 1)", "{\"t\":5}");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.Format: argument 1 (template) must be a string but was a number: 5");
  }

  @Test
  void should_fail_with_states_runtime_when_a_path_argument_selects_nothing() {
    StatesError error = failure("States.Format('{}', $.missing)", "{\"other\":1}");
    assertThat(error.error()).isEqualTo("States.Runtime");
    assertThat(error.cause())
        .isEqualTo("The JSONPath '$.missing' specified for argument 2 of States.Format could not be found in the input '{\"other\":1}'");
  }

  @Test
  void should_name_the_context_object_when_a_context_path_selects_nothing() {
    assertThat(failure("States.Format('{}', $$.Nope)").cause())
        .isEqualTo("The JSONPath '$$.Nope' specified for argument 2 of States.Format could not be found in the context object '{\"Execution\":{\"Id\":\"arn:exec:1\"}}'");
  }

  @Test
  void should_name_the_variable_when_it_is_not_defined() {
    StatesError error = failure("States.Format('{}', $who)");
    assertThat(error.error()).isEqualTo("States.Runtime");
    assertThat(error.cause())
        .isEqualTo("The JSONPath '$who' specified for argument 2 of States.Format could not be resolved: The variable 'who' is not defined");
  }
}
