package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class JsonToStringTest {

  @Test
  void should_write_compact_json_keeping_key_order() {
    assertThat(eval("States.JsonToString($.o)", "{\"o\":{\"b\":1,\"a\":[1, 2, \"x\"]}}"))
        .isEqualTo(json("\"{\\\"b\\\":1,\\\"a\\\":[1,2,\\\"x\\\"]}\""));
  }

  @Test
  void should_write_scalars_as_json() {
    assertThat(eval("States.JsonToString($.v)", "{\"v\":\"HelloWorld\"}"))
        .isEqualTo(json("\"\\\"HelloWorld\\\"\""));
    assertThat(eval("States.JsonToString($.v)", "{\"v\":1.1}")).isEqualTo(json("\"1.1\""));
    assertThat(eval("States.JsonToString($.v)", "{\"v\":0}")).isEqualTo(json("\"0\""));
    assertThat(eval("States.JsonToString($.v)", "{\"v\":true}")).isEqualTo(json("\"true\""));
    assertThat(eval("States.JsonToString($.v)", "{\"v\":null}")).isEqualTo(json("\"null\""));
  }

  @Test
  void should_round_trip_with_string_to_json() {
    assertThat(eval("States.StringToJson(States.JsonToString($))", "{\"a\":[{\"b\":null}]}"))
        .isEqualTo(json("{\"a\":[{\"b\":null}]}"));
  }

  @Test
  void should_fail_with_states_runtime_when_the_path_selects_nothing() {
    StatesError error = failure("States.JsonToString($.x)", "{}");
    assertThat(error.error()).isEqualTo("States.Runtime");
    assertThat(error.cause())
        .isEqualTo("The JSONPath '$.x' specified for argument 1 of States.JsonToString could not be found in the input '{}'");
  }
}
