package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class ArrayContainsTest {

  @Test
  void should_find_a_scalar() {
    assertThat(eval("States.ArrayContains($.a, 5)", "{\"a\":[1,2,3,4,5,6]}")).isEqualTo(json("true"));
    assertThat(eval("States.ArrayContains($.a, false)", "{\"a\":[true,false]}")).isEqualTo(json("true"));
    assertThat(eval("States.ArrayContains($.a, 'x')", "{\"a\":[\"y\"]}")).isEqualTo(json("false"));
  }

  @Test
  void should_compare_arrays_and_objects_deeply() {
    assertThat(eval("States.ArrayContains($.a, $.v)", "{\"a\":[[1,2,3],2],\"v\":[1,2,3]}"))
        .isEqualTo(json("true"));
    assertThat(eval("States.ArrayContains($.a, $.v)", "{\"a\":[{\"1\":2,\"2\":[]}],\"v\":{\"2\":[],\"1\":2}}"))
        .isEqualTo(json("true"));
    assertThat(eval("States.ArrayContains($.a, $.v)", "{\"a\":[{\"1\":2,\"2\":[]}],\"v\":[]}"))
        .isEqualTo(json("false"));
  }

  @Test
  void should_compare_numbers_by_value() {
    assertThat(eval("States.ArrayContains($.a, 1)", "{\"a\":[1.0]}")).isEqualTo(json("true"));
  }

  @Test
  void should_not_find_anything_in_an_empty_array() {
    assertThat(eval("States.ArrayContains($.a, null)", "{\"a\":[]}")).isEqualTo(json("false"));
    assertThat(eval("States.ArrayContains($.a, $.v)", "{\"a\":[],\"v\":[]}")).isEqualTo(json("false"));
  }

  @Test
  void should_find_null() {
    assertThat(eval("States.ArrayContains($.a, null)", "{\"a\":[1,null]}")).isEqualTo(json("true"));
  }

  @Test
  void should_fail_when_the_first_argument_is_not_an_array() {
    StatesError error = failure("States.ArrayContains($.a, 1)", "{\"a\":{\"x\":1}}");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.ArrayContains: argument 1 (array) must be an array but was an object: {\"x\":1}");
  }
}
