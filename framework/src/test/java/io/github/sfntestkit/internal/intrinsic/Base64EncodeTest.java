package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class Base64EncodeTest {

  @Test
  void should_encode_the_utf8_bytes() {
    assertThat(eval("States.Base64Encode('Data to encode')")).isEqualTo(json("\"RGF0YSB0byBlbmNvZGU=\""));
    assertThat(eval("States.Base64Encode($.s)", "{\"s\":\"\u00e9\"}")).isEqualTo(json("\"w6k=\""));
  }

  @Test
  void should_encode_an_empty_string_as_empty() {
    assertThat(eval("States.Base64Encode('')")).isEqualTo(json("\"\""));
  }

  @Test
  void should_accept_10000_characters() {
    String input = "{\"s\":\"" + "a".repeat(10_000) + "\"}";
    assertThat(eval("States.Base64Encode($.s)", input).textValue()).hasSize(13_336);
  }

  @Test
  void should_fail_when_the_input_is_longer_than_10000_characters() {
    StatesError error = failure("States.Base64Encode($.s)", "{\"s\":\"" + "a".repeat(10_001) + "\"}");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.Base64Encode: argument 1 (data) must have at most 10000 characters but has 10001");
  }

  @Test
  void should_fail_when_the_input_is_not_a_string() {
    assertThat(failure("States.Base64Encode($.s)", "{\"s\":[1]}").cause())
        .isEqualTo("Invalid arguments in States.Base64Encode: argument 1 (data) must be a string but was an array: [1]");
  }
}
