package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.eval;
import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.runtime.StatesError;
import org.junit.jupiter.api.Test;

class ArrayPartitionTest {

  @Test
  void should_split_into_chunks_with_a_shorter_last_chunk() {
    assertThat(eval("States.ArrayPartition($.a, 4)", "{\"a\":[1,2,3,4,5,6,7,8,9]}"))
        .isEqualTo(json("[[1,2,3,4],[5,6,7,8],[9]]"));
    assertThat(eval("States.ArrayPartition($.a, 2)", "{\"a\":[0,1,2,3]}"))
        .isEqualTo(json("[[0,1],[2,3]]"));
  }

  @Test
  void should_give_one_chunk_when_the_size_exceeds_the_length() {
    assertThat(eval("States.ArrayPartition($.a, 5)", "{\"a\":[0,1]}")).isEqualTo(json("[[0,1]]"));
  }

  @Test
  void should_give_no_chunks_for_an_empty_array() {
    assertThat(eval("States.ArrayPartition($.a, 3)", "{\"a\":[]}")).isEqualTo(json("[]"));
  }

  @Test
  void should_round_a_non_integer_chunk_size() {
    assertThat(eval("States.ArrayPartition($.a, 1.5)", "{\"a\":[1,2,3]}"))
        .isEqualTo(json("[[1,2],[3]]"));
    assertThat(eval("States.ArrayPartition($.a, 1.49)", "{\"a\":[1,2]}"))
        .isEqualTo(json("[[1],[2]]"));
  }

  @Test
  void should_fail_when_the_chunk_size_is_zero() {
    StatesError error = failure("States.ArrayPartition($.a, 0)", "{\"a\":[1]}");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.ArrayPartition: argument 2 (chunkSize) must be an integer of at least 1 but was 0");
  }

  @Test
  void should_fail_when_the_chunk_size_rounds_to_zero() {
    assertThat(failure("States.ArrayPartition($.a, 0.4)", "{\"a\":[1]}").cause())
        .isEqualTo("Invalid arguments in States.ArrayPartition: argument 2 (chunkSize) must be an integer of at least 1 but was 0.4");
  }

  @Test
  void should_fail_when_the_chunk_size_is_negative() {
    assertThat(failure("States.ArrayPartition($.a, -2)", "{\"a\":[1]}").cause())
        .isEqualTo("Invalid arguments in States.ArrayPartition: argument 2 (chunkSize) must be an integer of at least 1 but was -2");
  }

  @Test
  void should_fail_when_the_chunk_size_is_not_a_number() {
    assertThat(failure("States.ArrayPartition($.a, '2')", "{\"a\":[1]}").cause())
        .isEqualTo("Invalid arguments in States.ArrayPartition: argument 2 (chunkSize) must be an integer but was a string: \"2\"");
  }

  @Test
  void should_fail_when_the_first_argument_is_not_an_array() {
    assertThat(failure("States.ArrayPartition($.a, 2)", "{\"a\":\"abc\"}").cause())
        .isEqualTo("Invalid arguments in States.ArrayPartition: argument 1 (array) must be an array but was a string: \"abc\"");
  }
}
