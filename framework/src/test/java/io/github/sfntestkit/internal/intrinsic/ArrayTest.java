package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class ArrayTest {

  @Test
  void should_give_an_empty_array_without_arguments() {
    assertThat(eval("States.Array()")).isEqualTo(json("[]"));
  }

  @Test
  void should_collect_arguments_of_every_type_in_order() {
    assertThat(eval("States.Array('a', 1, 1.5, true, null, $.o, $.n)", "{\"o\":{\"k\":[]},\"n\":null}"))
        .isEqualTo(json("[\"a\",1,1.5,true,null,{\"k\":[]},null]"));
  }

  @Test
  void should_copy_values_rather_than_share_them_with_the_input() {
    var input = Calls.scope("{\"o\":{\"k\":1}}");
    var result = Intrinsics.compile("States.Array($.o)").evaluate(input);
    assertThat(result.get(0)).isNotSameAs(input.input().get("o"));
  }

  @Test
  void should_fail_with_states_runtime_when_a_path_selects_nothing() {
    StatesError error = failure("States.Array($.a, $.b)", "{\"a\":1}");
    assertThat(error.error()).isEqualTo("States.Runtime");
    assertThat(error.cause())
        .isEqualTo("The JSONPath '$.b' specified for argument 2 of States.Array could not be found in the input '{\"a\":1}'");
  }
}
