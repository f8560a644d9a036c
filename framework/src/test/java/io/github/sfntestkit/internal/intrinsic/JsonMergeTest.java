package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class JsonMergeTest {

  @Test
  void should_merge_shallowly_with_the_second_object_winning() {
    assertThat(eval(
            "States.JsonMerge($.a, $.b, false)",
            "{\"a\":{\"a\":{\"a1\":1,\"a2\":2},\"b\":2,\"d\":3},\"b\":{\"a\":{\"a3\":1},\"c\":3,\"d\":4}}"))
        .isEqualTo(json("{\"a\":{\"a3\":1},\"b\":2,\"c\":3,\"d\":4}"));
  }

  @Test
  void should_merge_an_object_built_by_a_nested_call() {
    assertThat(eval(
            "States.JsonMerge(States.StringToJson('{\"k\": \"false\"}'), $$.Execution, false)"))
        .isEqualTo(json("{\"k\":\"false\",\"Id\":\"arn:exec:1\"}"));
  }

  @Test
  void should_fail_when_deep_merging_is_asked_for() {
    StatesError error = failure("States.JsonMerge($.a, $.a, true)", "{\"a\":{}}");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.JsonMerge: argument 3 (deep) must be false; only shallow merging is supported");
  }

  @Test
  void should_fail_when_an_argument_is_not_an_object() {
    assertThat(failure("States.JsonMerge($.a, $.b, false)", "{\"a\":{},\"b\":[1]}").cause())
        .isEqualTo("Invalid arguments in States.JsonMerge: argument 2 (json2) must be an object but was an array: [1]");
  }

  @Test
  void should_fail_when_the_mode_is_not_a_boolean() {
    assertThat(failure("States.JsonMerge($.a, $.a, 'false')", "{\"a\":{}}").cause())
        .isEqualTo("Invalid arguments in States.JsonMerge: argument 3 (deep) must be a boolean but was a string: \"false\"");
  }
}
