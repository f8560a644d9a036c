package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.path.Scope;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UUIDTest {
  private static final String V4 =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  private static String uuid(Scope scope) {
    return Intrinsics.compile("States.UUID()").evaluate(scope).textValue();
  }

  private static Scope seeded(long seed) {
    return Scope.of(json("{}"), json("{}"), new Random(seed));
  }

  @Test
  void should_give_a_lowercase_version_4_uuid() {
    assertThat(uuid(seeded(1))).matches(V4);
  }

  @Test
  void should_repeat_for_the_same_seed() {
    assertThat(uuid(seeded(11))).isEqualTo(uuid(seeded(11)));
    assertThat(uuid(seeded(11))).isNotEqualTo(uuid(seeded(12)));
  }

  @Test
  void should_differ_between_calls_in_one_execution() {
    Scope scope = seeded(3);
    assertThat(uuid(scope)).isNotEqualTo(uuid(scope));
  }

  @Test
  void should_be_a_valid_java_uuid_of_version_4() {
    java.util.UUID parsed = java.util.UUID.fromString(uuid(seeded(5)));
    assertThat(parsed.version()).isEqualTo(4);
    assertThat(parsed.variant()).isEqualTo(2);
  }
}
