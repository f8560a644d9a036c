package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class StringToJsonTest {

  @Test
  void should_parse_json_text_of_every_type() {
    assertThat(eval("States.StringToJson($.s)", "{\"s\":\"{\\\"Arg1\\\": 1, \\\"Arg2\\\": []}\"}"))
        .isEqualTo(json("{\"Arg1\":1,\"Arg2\":[]}"));
    assertThat(eval("States.StringToJson('[1, 2, \"x\"]')")).isEqualTo(json("[1,2,\"x\"]"));
    assertThat(eval("States.StringToJson('\"HelloWorld\"')")).isEqualTo(json("\"HelloWorld\""));
    assertThat(eval("States.StringToJson('true')")).isEqualTo(json("true"));
    assertThat(eval("States.StringToJson('1.1')")).isEqualTo(json("1.1"));
    assertThat(eval("States.StringToJson('null')").isNull()).isTrue();
  }

  @Test
  void should_turn_minus_zero_into_zero() {
    assertThat(eval("States.StringToJson('-0')")).isEqualTo(json("0"));
  }

  @Test
  void should_give_null_for_an_empty_or_blank_string() {
    assertThat(eval("States.StringToJson('')").isNull()).isTrue();
    assertThat(eval("States.StringToJson(' ')").isNull()).isTrue();
  }

  @Test
  void should_accept_unescaped_braces_in_a_literal() {
    assertThat(eval("States.StringToJson('{\"a\": \"false\"}')")).isEqualTo(json("{\"a\":\"false\"}"));
  }

  @Test
  void should_fail_when_the_text_is_not_json() {
    StatesError error = failure("States.StringToJson('{\"a\":')");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .startsWith("Invalid arguments in States.StringToJson: argument 1 (jsonString) is not valid JSON: ")
        .endsWith(" in \"{\\\"a\\\":\"");
  }

  @Test
  void should_fail_when_json_is_followed_by_more_text() {
    assertThat(failure("States.StringToJson('1 2')").cause())
        .startsWith("Invalid arguments in States.StringToJson: argument 1 (jsonString) is not valid JSON: ");
  }

  @Test
  void should_fail_when_the_argument_is_not_a_string() {
    assertThat(failure("States.StringToJson($.a)", "{\"a\":{\"b\":1}}").cause())
        .isEqualTo("Invalid arguments in States.StringToJson: argument 1 (jsonString) must be a string but was an object: {\"b\":1}");
  }
}
