package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class MathAddTest {

  @Test
  void should_add_integers() {
    assertThat(eval("States.MathAdd(111, -1)")).isEqualTo(json("110"));
    assertThat(eval("States.MathAdd($.a, $.b)", "{\"a\":-9,\"b\":3}")).isEqualTo(json("-6"));
  }

  @Test
  void should_round_each_argument_half_towards_positive_infinity_before_adding() {
    assertThat(eval("States.MathAdd(1.5, 1.51)")).isEqualTo(json("4"));
    assertThat(eval("States.MathAdd(1.49, 1.5)")).isEqualTo(json("3"));
    assertThat(eval("States.MathAdd(2.5, 0)")).isEqualTo(json("3"));
    assertThat(eval("States.MathAdd(-2.5, 0)")).isEqualTo(json("-2"));
    assertThat(eval("States.MathAdd(-0.5, 0.5)")).isEqualTo(json("1"));
    assertThat(eval("States.MathAdd(-1.51, 0)")).isEqualTo(json("-2"));
    assertThat(eval("States.MathAdd($.a, 0)", "{\"a\":1.0}")).isEqualTo(json("1"));
  }

  @Test
  void should_add_beyond_the_32_bit_range_without_overflow() {
    assertThat(eval("States.MathAdd(2147483647, 1)")).isEqualTo(json("2147483648"));
  }

  @Test
  void should_fail_when_an_argument_is_outside_the_32_bit_range() {
    StatesError error = failure("States.MathAdd(2147483648, 0)");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.MathAdd: argument 1 (value) must be an integer between -2147483648 and 2147483647 but was 2147483648");
  }

  @Test
  void should_fail_when_an_argument_is_not_a_number() {
    assertThat(failure("States.MathAdd($.a, 1)", "{\"a\":\"1\"}").cause())
        .isEqualTo("Invalid arguments in States.MathAdd: argument 1 (value) must be an integer but was a string: \"1\"");
  }
}
