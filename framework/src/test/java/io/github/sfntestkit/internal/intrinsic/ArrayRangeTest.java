package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class ArrayRangeTest {

  @Test
  void should_count_from_start_to_end_by_step() {
    assertThat(eval("States.ArrayRange(1, 9, 2)")).isEqualTo(json("[1,3,5,7,9]"));
    assertThat(eval("States.ArrayRange(0, 3, 1)")).isEqualTo(json("[0,1,2,3]"));
  }

  @Test
  void should_stop_before_end_when_the_step_overshoots() {
    assertThat(eval("States.ArrayRange(0, 10, 3)")).isEqualTo(json("[0,3,6,9]"));
    assertThat(eval("States.ArrayRange(1, 9, 9)")).isEqualTo(json("[1]"));
  }

  @Test
  void should_count_down_with_a_negative_step() {
    assertThat(eval("States.ArrayRange(5, 1, -2)")).isEqualTo(json("[5,3,1]"));
  }

  @Test
  void should_give_an_empty_array_when_the_step_points_away_from_end() {
    assertThat(eval("States.ArrayRange(5, 1, 1)")).isEqualTo(json("[]"));
  }

  @Test
  void should_give_one_item_when_start_equals_end() {
    assertThat(eval("States.ArrayRange(4, 4, -1)")).isEqualTo(json("[4]"));
  }

  @Test
  void should_round_non_integer_arguments() {
    assertThat(eval("States.ArrayRange(0.5, 3.4, 1.49)")).isEqualTo(json("[1,2,3]"));
  }

  @Test
  void should_allow_exactly_1000_items() {
    assertThat(eval("States.ArrayRange(1, 1000, 1)").size()).isEqualTo(1000);
  }

  @Test
  void should_fail_when_the_range_has_more_than_1000_items() {
    StatesError error = failure("States.ArrayRange(0, 1000, 1)");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.ArrayRange: the range from 0 to 1000 by 1 would have 1001 items; the maximum is 1000");
  }

  @Test
  void should_fail_when_step_is_zero() {
    assertThat(failure("States.ArrayRange(1, 9, 0)").cause())
        .isEqualTo("Invalid arguments in States.ArrayRange: argument 3 (step) must not be 0");
  }

  @Test
  void should_fail_when_step_rounds_to_zero() {
    assertThat(failure("States.ArrayRange(1, 9, -0.5)").cause())
        .isEqualTo("Invalid arguments in States.ArrayRange: argument 3 (step) must not be 0");
  }

  @Test
  void should_fail_when_an_argument_is_not_a_number() {
    assertThat(failure("States.ArrayRange($.s, 9, 1)", "{\"s\":true}").cause())
        .isEqualTo("Invalid arguments in States.ArrayRange: argument 1 (start) must be an integer but was a boolean: true");
  }

  @Test
  void should_fail_when_an_argument_is_outside_the_32_bit_range() {
    assertThat(failure("States.ArrayRange(0, 3000000000, 1)").cause())
        .isEqualTo("Invalid arguments in States.ArrayRange: argument 2 (end) must be an integer between -2147483648 and 2147483647 but was 3000000000");
  }
}
