package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class ArrayUniqueTest {

  @Test
  void should_remove_duplicates_keeping_first_positions() {
    assertThat(eval("States.ArrayUnique($.a)", "{\"a\":[1,2,3,3,3,3,3,3,4]}")).isEqualTo(json("[1,2,3,4]"));
    assertThat(eval("States.ArrayUnique($.a)", "{\"a\":[3,1,3,2,1]}")).isEqualTo(json("[3,1,2]"));
  }

  @Test
  void should_compare_values_of_every_type_deeply() {
    assertThat(eval(
            "States.ArrayUnique($.a)",
            "{\"a\":[null,null,true,true,false,1,1,1.1,0,\"x\",\"x\",[],[],[null],[null],"
                + "{\"a\":1,\"b\":2},{\"b\":2,\"a\":1},{\"a\":1,\"b\":1}]}"))
        .isEqualTo(json("[null,true,false,1,1.1,0,\"x\",[],[null],{\"a\":1,\"b\":2},{\"a\":1,\"b\":1}]"));
  }

  @Test
  void should_treat_numbers_equal_in_value_as_duplicates() {
    assertThat(eval("States.ArrayUnique($.a)", "{\"a\":[1,1.0,1.00]}")).isEqualTo(json("[1]"));
  }

  @Test
  void should_not_confuse_a_string_with_a_number() {
    assertThat(eval("States.ArrayUnique($.a)", "{\"a\":[1,\"1\"]}")).isEqualTo(json("[1,\"1\"]"));
  }

  @Test
  void should_fail_when_the_argument_is_not_an_array() {
    StatesError error = failure("States.ArrayUnique($.a)", "{\"a\":5}");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.ArrayUnique: argument 1 (array) must be an array but was a number: 5");
  }
}
