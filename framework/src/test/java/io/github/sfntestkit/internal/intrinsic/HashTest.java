package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class HashTest {

  @Test
  void should_hash_with_every_algorithm_in_lowercase_hex() {
    String input = "{\"d\":\"input data\"}";
    assertThat(eval("States.Hash($.d, 'MD5')", input)).isEqualTo(json("\"812f45842bc6d66ee14572ce20db8e86\""));
    assertThat(eval("States.Hash($.d, 'SHA-1')", input))
        .isEqualTo(json("\"aaff4a450a104cd177d28d18d74485e8cae074b7\""));
    assertThat(eval("States.Hash($.d, 'SHA-256')", input))
        .isEqualTo(json("\"b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3\""));
    assertThat(eval("States.Hash($.d, 'SHA-384')", input).textValue()).hasSize(96).isLowerCase();
    assertThat(eval("States.Hash($.d, 'SHA-512')", input).textValue()).hasSize(128).isLowerCase();
  }

  @Test
  void should_hash_an_empty_string() {
    assertThat(eval("States.Hash('', 'MD5')")).isEqualTo(json("\"d41d8cd98f00b204e9800998ecf8427e\""));
  }

  @Test
  void should_fail_for_an_unknown_algorithm() {
    StatesError error = failure("States.Hash('x', 'sha-256')");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.Hash: argument 2 (algorithm) must be one of \"MD5\", \"SHA-1\", \"SHA-256\", \"SHA-384\", \"SHA-512\" but was \"sha-256\"");
  }

  @Test
  void should_fail_when_the_data_is_longer_than_10000_characters() {
    assertThat(failure("States.Hash($.d, 'MD5')", "{\"d\":\"" + "a".repeat(10_001) + "\"}").cause())
        .isEqualTo("Invalid arguments in States.Hash: argument 1 (data) must have at most 10000 characters but has 10001");
  }

  @Test
  void should_fail_when_the_data_is_not_a_string() {
    assertThat(failure("States.Hash($.d, 'MD5')", "{\"d\":{\"a\":1}}").cause())
        .isEqualTo("Invalid arguments in States.Hash: argument 1 (data) must be a string but was an object: {\"a\":1}");
  }
}
