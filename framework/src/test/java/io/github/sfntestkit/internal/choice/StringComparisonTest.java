package io.github.sfntestkit.internal.choice;

import static io.github.sfntestkit.internal.choice.ChoiceFixtures.onX;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.x;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StringComparisonTest {

  @Test
  void string_equals_matches_the_same_string_only() {
    assertThat(onX("StringEquals", "'Hello'").test(x("'Hello'"))).isTrue();
    assertThat(onX("StringEquals", "'Hello'").test(x("'hello'"))).isFalse();
    assertThat(onX("StringEquals", "'Hello'").test(x("'Hello '"))).isFalse();
    assertThat(onX("StringEquals", "''").test(x("''"))).isTrue();
  }

  @Test
  void whitespace_and_line_breaks_are_compared_exactly() {
    assertThat(onX("StringEquals", "'\\t\\r\\n'").test(x("'\\t\\n'"))).isFalse();
    assertThat(onX("StringEquals", "'     '").test(x("' '"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0.0", "true", "null", "[]", "['Hello']", "{}", "{'A':0}"})
  void a_value_that_is_not_a_string_never_matches(String value) {
    assertThat(onX("StringEquals", "'Hello'").test(x(value))).isFalse();
    assertThat(onX("StringLessThan", "'zzz'").test(x(value))).isFalse();
    assertThat(onX("StringGreaterThanEquals", "''").test(x(value))).isFalse();
  }

  @Test
  void a_number_is_not_converted_to_its_text() {
    assertThat(onX("StringEquals", "'1'").test(x("1"))).isFalse();
    assertThat(onX("StringEquals", "'true'").test(x("true"))).isFalse();
  }

  @Test
  void a_timestamp_string_compares_as_a_plain_string() {
    assertThat(onX("StringEquals", "'2016-08-18T17:33:00Z'").test(x("'2016-08-18T17:33:00Z'")))
        .isTrue();
  }

  @Test
  void less_than_and_greater_than_order_strings_lexicographically() {
    assertThat(onX("StringLessThan", "'AB'").test(x("'A'"))).isTrue();
    assertThat(onX("StringLessThan", "'A'").test(x("'AB'"))).isFalse();
    assertThat(onX("StringLessThan", "''").test(x("''"))).isFalse();
    assertThat(onX("StringGreaterThan", "'A'").test(x("'AB'"))).isTrue();
    assertThat(onX("StringGreaterThan", "'ABC'").test(x("'AB'"))).isFalse();
    assertThat(onX("StringGreaterThan", "'A '").test(x("'A'"))).isFalse();
    assertThat(onX("StringGreaterThan", "''").test(x("''"))).isFalse();
  }

  @Test
  void the_equals_variants_include_equal_strings() {
    assertThat(onX("StringLessThanEquals", "''").test(x("''"))).isTrue();
    assertThat(onX("StringLessThanEquals", "'AB'").test(x("'A'"))).isTrue();
    assertThat(onX("StringLessThanEquals", "'A'").test(x("'AB'"))).isFalse();
    assertThat(onX("StringGreaterThanEquals", "''").test(x("''"))).isTrue();
    assertThat(onX("StringGreaterThanEquals", "'A'").test(x("'AB'"))).isTrue();
    assertThat(onX("StringGreaterThanEquals", "'AB'").test(x("'A'"))).isFalse();
  }

  @Test
  void uppercase_sorts_before_lowercase() {
    assertThat(onX("StringLessThan", "'a'").test(x("'Z'"))).isTrue();
  }

  @Test
  void strings_are_ordered_by_utf16_code_unit_not_by_code_point() {
    // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FFFF by code unit.
    assertThat(onX("StringLessThan", "'\\uffff'").test(x("'\\ud83d\\ude00'"))).isTrue();
    assertThat(onX("StringGreaterThan", "'\\ud83d\\ude00'").test(x("'\\uffff'"))).isTrue();
  }
}
