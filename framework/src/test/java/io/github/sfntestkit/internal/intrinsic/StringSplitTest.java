package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class StringSplitTest {

  @Test
  void should_split_at_a_delimiter() {
    assertThat(eval("States.StringSplit('1,2,3,4,5', ',')")).isEqualTo(json("[\"1\",\"2\",\"3\",\"4\",\"5\"]"));
  }

  @Test
  void should_split_at_any_of_several_delimiter_characters() {
    assertThat(eval("States.StringSplit($.s, $.d)", "{\"s\":\"This.is+a,test=string\",\"d\":\".+,=\"}"))
        .isEqualTo(json("[\"This\",\"is\",\"a\",\"test\",\"string\"]"));
    assertThat(eval("States.StringSplit($.s, $.d)", "{\"s\":\"on T and \\nnew\",\"d\":\"T\\n\"}"))
        .isEqualTo(json("[\"on \",\" and \",\"new\"]"));
  }

  @Test
  void should_drop_empty_pieces_but_keep_blank_ones() {
    assertThat(eval("States.StringSplit(', , ,', ',')")).isEqualTo(json("[\" \",\" \"]"));
    assertThat(eval("States.StringSplit(',,,,', ',')")).isEqualTo(json("[]"));
    assertThat(eval("States.StringSplit(' ', ',')")).isEqualTo(json("[\" \"]"));
  }

  @Test
  void should_keep_the_whole_text_when_no_delimiter_occurs_or_none_is_given() {
    assertThat(eval("States.StringSplit('abc', ';')")).isEqualTo(json("[\"abc\"]"));
    assertThat(eval("States.StringSplit('abc', '')")).isEqualTo(json("[\"abc\"]"));
    assertThat(eval("States.StringSplit('', ',')")).isEqualTo(json("[]"));
  }

  @Test
  void should_split_at_a_reserved_character_given_escaped() {
    assertThat(eval("States.StringSplit('a{b}c', '\\{\\}')")).isEqualTo(json("[\"a\",\"b\",\"c\"]"));
  }

  @Test
  void should_fail_when_the_text_is_not_a_string() {
    StatesError error = failure("States.StringSplit($.s, ',')", "{\"s\":12}");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.StringSplit: argument 1 (text) must be a string but was a number: 12");
  }

  @Test
  void should_fail_when_the_delimiters_are_not_a_string() {
    assertThat(failure("States.StringSplit('a', 1)").cause())
        .isEqualTo("Invalid arguments in States.StringSplit: argument 2 (delimiters) must be a string but was a number: 1");
  }
}
