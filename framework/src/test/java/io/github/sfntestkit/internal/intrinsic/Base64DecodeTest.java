package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class Base64DecodeTest {

  @Test
  void should_decode_to_utf8_text() {
    assertThat(eval("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')")).isEqualTo(json("\"Data to encode\""));
    assertThat(eval("States.Base64Decode('w6k=')")).isEqualTo(json("\"\u00e9\""));
  }

  @Test
  void should_decode_an_empty_string_as_empty() {
    assertThat(eval("States.Base64Decode('')")).isEqualTo(json("\"\""));
  }

  @Test
  void should_round_trip_with_base64_encode() {
    assertThat(eval("States.Base64Decode(States.Base64Encode($.s))", "{\"s\":\"x{}'\\\\y\"}"))
        .isEqualTo(json("\"x{}'\\\\y\""));
  }

  @Test
  void should_fail_when_the_input_is_not_base64() {
    StatesError error = failure("States.Base64Decode('not base64!')");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.Base64Decode: argument 1 (base64) is not valid Base64 (Illegal base64 character 20): \"not base64!\"");
  }

  @Test
  void should_fail_when_the_bytes_are_not_utf8() {
    assertThat(failure("States.Base64Decode('/w==')").cause())
        .isEqualTo("Invalid arguments in States.Base64Decode: argument 1 (base64) does not decode to UTF-8 text: \"/w==\"");
  }

  @Test
  void should_fail_when_the_input_is_longer_than_10000_characters() {
    assertThat(failure("States.Base64Decode($.s)", "{\"s\":\"" + "A".repeat(10_004) + "\"}").cause())
        .isEqualTo("Invalid arguments in States.Base64Decode: argument 1 (base64) must have at most 10000 characters but has 10004");
  }
}
