package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class ArrayGetItemTest {

  @Test
  void should_return_the_item_at_a_zero_based_index() {
    assertThat(eval("States.ArrayGetItem($.a, 5)", "{\"a\":[1,2,3,4,5,6,7,8,9]}")).isEqualTo(json("6"));
    assertThat(eval("States.ArrayGetItem($.a, 0)", "{\"a\":[{\"k\":[1]}]}")).isEqualTo(json("{\"k\":[1]}"));
  }

  @Test
  void should_take_the_index_from_a_nested_call() {
    assertThat(eval(
            "States.ArrayGetItem(States.StringSplit($.s, '-'), States.MathAdd(States.ArrayLength(States.StringSplit($.s, '-')), -1))",
            "{\"s\":\"a-b-c\"}"))
        .isEqualTo(json("\"c\""));
  }

  @Test
  void should_round_a_non_integer_index() {
    assertThat(eval("States.ArrayGetItem($.a, 0.5)", "{\"a\":[1,2]}")).isEqualTo(json("2"));
  }

  @Test
  void should_fail_when_the_index_is_past_the_end() {
    StatesError error = failure("States.ArrayGetItem($.a, 3)", "{\"a\":[1,2,3]}");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.ArrayGetItem: argument 2 (index) 3 is out of bounds for an array of length 3");
  }

  @Test
  void should_fail_when_the_index_is_negative() {
    assertThat(failure("States.ArrayGetItem($.a, -1)", "{\"a\":[1]}").cause())
        .isEqualTo("Invalid arguments in States.ArrayGetItem: argument 2 (index) must be an integer of at least 0 but was -1");
  }

  @Test
  void should_fail_when_the_first_argument_is_not_an_array() {
    assertThat(failure("States.ArrayGetItem($.a, 0)", "{\"a\":null}").cause())
        .isEqualTo("Invalid arguments in States.ArrayGetItem: argument 1 (array) must be an array but was null");
  }
}
