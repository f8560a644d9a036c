package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.failure;
import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MathRandomTest {

  private static JsonNode eval(String call, long scopeSeed) {
    return Intrinsics.compile(call).evaluate(Scope.of(json("{}"), json("{}"), new Random(scopeSeed)));
  }

  @Test
  void should_stay_within_start_inclusive_and_end_exclusive() {
    IntrinsicCall call = Intrinsics.compile("States.MathRandom(1, 4)");
    Scope scope = Scope.of(json("{}"), json("{}"), new Random(7));
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      seen.add(call.evaluate(scope).intValue());
    }
    assertThat(seen).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void should_draw_from_the_scope_random_so_the_same_execution_seed_repeats() {
    assertThat(eval("States.MathRandom(0, 1000000)", 5)).isEqualTo(eval("States.MathRandom(0, 1000000)", 5));
    assertThat(eval("States.MathRandom(0, 1000000)", 5)).isNotEqualTo(eval("States.MathRandom(0, 1000000)", 6));
  }

  @Test
  void should_give_the_same_value_for_the_same_seed_whatever_the_execution_seed() {
    JsonNode first = eval("States.MathRandom(0, 999, 3)", 1);
    assertThat(eval("States.MathRandom(0, 999, 3)", 2)).isEqualTo(first);
    assertThat(first).isEqualTo(json("239"));
  }

  @Test
  void should_not_consume_the_execution_random_when_seeded() {
    Random random = new Random(9);
    Scope scope = Scope.of(json("{}"), json("{}"), random);
    Intrinsics.compile("States.MathRandom(0, 10, 1)").evaluate(scope);
    assertThat(random.nextLong()).isEqualTo(new Random(9).nextLong());
  }

  @Test
  void should_round_non_integer_bounds() {
    JsonNode value = eval("States.MathRandom(1.5, 3.4)", 1);
    assertThat(value).isEqualTo(json("2"));
  }

  @Test
  void should_work_with_negative_bounds() {
    int value = eval("States.MathRandom(-99999, -9999)", 3).intValue();
    assertThat(value).isBetween(-99999, -10000);
  }

  @Test
  void should_fail_when_start_is_not_less_than_end() {
    StatesError error = failure("States.MathRandom(5, 5)");
    assertThat(error.error()).isEqualTo("States.IntrinsicFailure");
    assertThat(error.cause())
        .isEqualTo("Invalid arguments in States.MathRandom: argument 1 (start) must be less than argument 2 (end) but 5 >= 5");
  }

  @Test
  void should_fail_when_the_seed_is_not_a_number() {
    assertThat(failure("States.MathRandom(1, 5, 'x')").cause())
        .isEqualTo("Invalid arguments in States.MathRandom: argument 3 (seed) must be an integer but was a string: \"x\"");
  }
}
