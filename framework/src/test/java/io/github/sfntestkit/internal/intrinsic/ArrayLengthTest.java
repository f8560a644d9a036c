package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class ArrayLengthTest {

  @Test
  void should_count_the_items() {
    assertThat(eval("States.ArrayLength($.a)", "{\"a\":[1,2,3,4,5,6,7,8,9]}")).isEqualTo(json("9"));
    assertThat(eval("States.ArrayLength($.a)", "{\"a\":[]}")).isEqualTo(json("0"));
  }

  @Test
  void should_count_duplicates_too() {
    assertThat(eval("States.ArrayLength($.a)", "{\"a\":[null,null,[],[]]}")).isEqualTo(json("4"));
  }

  @Test
  void should_fail_when_the_argument_is_not_an_array() {
    StatesError error = failure("States.ArrayLength($.a)", "{\"a\":\"abc\"}");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.ArrayLength: argument 1 (array) must be an array but was a string: \"abc\"");
  }
}
