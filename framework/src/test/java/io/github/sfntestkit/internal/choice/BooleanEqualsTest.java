package io.github.sfntestkit.internal.choice;

import static io.github.sfntestkit.internal.choice.ChoiceFixtures.onX;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.x;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanEqualsTest {

  @Test
  void boolean_equals_matches_the_same_boolean() {
    assertThat(onX("BooleanEquals", "true").test(x("true"))).isTrue();
    assertThat(onX("BooleanEquals", "false").test(x("false"))).isTrue();
  }

  @Test
  void boolean_equals_rejects_the_other_boolean() {
    assertThat(onX("BooleanEquals", "true").test(x("false"))).isFalse();
    assertThat(onX("BooleanEquals", "false").test(x("true"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"'true'", "'false'", "''", "1", "0", "0.0", "null", "[]", "[true]", "{}"})
  void a_value_that_is_not_a_boolean_never_matches(String value) {
    assertThat(onX("BooleanEquals", "true").test(x(value))).isFalse();
    assertThat(onX("BooleanEquals", "false").test(x(value))).isFalse();
  }
}
