package io.github.sfntestkit.internal.choice;

import static io.github.sfntestkit.internal.choice.ChoiceFixtures.onX;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.x;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumericComparisonTest {

  @Test
  void numeric_equals_matches_equal_numbers_whatever_their_notation() {
    assertThat(onX("NumericEquals", "1").test(x("1"))).isTrue();
    assertThat(onX("NumericEquals", "1").test(x("1.0"))).isTrue();
    assertThat(onX("NumericEquals", "1.0").test(x("1"))).isTrue();
    assertThat(onX("NumericEquals", "0").test(x("-0.0"))).isTrue();
    assertThat(onX("NumericEquals", "100").test(x("1e2"))).isTrue();
    assertThat(onX("NumericEquals", "2.22").test(x("2.22"))).isTrue();
  }

  @Test
  void numeric_equals_rejects_different_numbers() {
    assertThat(onX("NumericEquals", "1").test(x("1.1"))).isFalse();
    assertThat(onX("NumericEquals", "0").test(x("1"))).isFalse();
    assertThat(onX("NumericEquals", "-1").test(x("1"))).isFalse();
  }

  @Test
  void numbers_are_compared_exactly_beyond_double_precision() {
    assertThat(onX("NumericEquals", "9007199254740993").test(x("9007199254740992"))).isFalse();
    assertThat(onX("NumericLessThan", "9007199254740993").test(x("9007199254740992"))).isTrue();
    assertThat(onX("NumericEquals", "0.30000000000000001").test(x("0.3"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"'1'", "'42'", "''", "' '", "true", "false", "null", "[]", "[1]", "{}"})
  void a_value_that_is_not_a_number_never_matches(String value) {
    assertThat(onX("NumericEquals", "1").test(x(value))).isFalse();
    assertThat(onX("NumericLessThan", "100").test(x(value))).isFalse();
    assertThat(onX("NumericGreaterThanEquals", "-100").test(x(value))).isFalse();
  }

  @Test
  void a_numeric_string_is_not_a_number() {
    assertThat(onX("NumericEquals", "42").test(x("'42'"))).isFalse();
  }

  @Test
  void a_non_finite_double_built_in_process_is_not_a_number() {
    ObjectNode input = Json.object();
    input.put("x", Double.NaN);
    assertThat(onX("NumericEquals", "0").test(Scope.of(input, Json.object()))).isFalse();
  }

  @Test
  void less_than_and_greater_than_are_strict() {
    assertThat(onX("NumericLessThan", "1").test(x("0"))).isTrue();
    assertThat(onX("NumericLessThan", "1").test(x("1"))).isFalse();
    assertThat(onX("NumericLessThan", "0").test(x("0.0"))).isFalse();
    assertThat(onX("NumericLessThan", "-1.5").test(x("-2"))).isTrue();
    assertThat(onX("NumericGreaterThan", "0").test(x("1"))).isTrue();
    assertThat(onX("NumericGreaterThan", "0").test(x("0.0"))).isFalse();
    assertThat(onX("NumericGreaterThan", "1").test(x("0"))).isFalse();
  }

  @Test
  void the_equals_variants_include_equal_numbers() {
    assertThat(onX("NumericLessThanEquals", "0").test(x("0.0"))).isTrue();
    assertThat(onX("NumericLessThanEquals", "1").test(x("0"))).isTrue();
    assertThat(onX("NumericLessThanEquals", "0").test(x("1"))).isFalse();
    assertThat(onX("NumericGreaterThanEquals", "1").test(x("1.00"))).isTrue();
    assertThat(onX("NumericGreaterThanEquals", "0").test(x("1"))).isTrue();
    assertThat(onX("NumericGreaterThanEquals", "1").test(x("0"))).isFalse();
  }
}
