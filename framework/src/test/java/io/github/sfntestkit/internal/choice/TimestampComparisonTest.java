package io.github.sfntestkit.internal.choice;

import static io.github.sfntestkit.internal.choice.ChoiceFixtures.onX;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.x;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampComparisonTest {
  private static final String T55 = "'2012-10-09T19:00:55Z'";
  private static final String T56 = "'2012-10-09T19:00:56Z'";

  @Test
  void timestamp_equals_matches_the_same_instant() {
    assertThat(onX("TimestampEquals", T55).test(x(T55))).isTrue();
    assertThat(onX("TimestampEquals", T55).test(x(T56))).isFalse();
    assertThat(onX("TimestampEquals", T56).test(x(T55))).isFalse();
  }

  @Test
  void a_numeric_offset_denotes_the_same_instant_as_its_utc_time() {
    assertThat(onX("TimestampEquals", T55).test(x("'2012-10-09T20:00:55+01:00'"))).isTrue();
    assertThat(onX("TimestampEquals", T55).test(x("'2012-10-09T13:30:55-05:30'"))).isTrue();
    assertThat(onX("TimestampEquals", T55).test(x("'2012-10-09T19:00:55+00:00'"))).isTrue();
    assertThat(onX("TimestampEquals", T55).test(x("'2012-10-09T19:00:55+01:00'"))).isFalse();
  }

  @Test
  void fractional_seconds_count_down_to_the_nanosecond() {
    assertThat(onX("TimestampEquals", T55).test(x("'2012-10-09T19:00:55.000Z'"))).isTrue();
    assertThat(onX("TimestampEquals", T55).test(x("'2012-10-09T19:00:55.000000000Z'"))).isTrue();
    assertThat(onX("TimestampEquals", T55).test(x("'2012-10-09T19:00:55.000000001Z'"))).isFalse();
    assertThat(onX("TimestampLessThan", "'2012-10-09T19:00:55.000000002Z'")
            .test(x("'2012-10-09T19:00:55.000000001Z'")))
        .isTrue();
    assertThat(onX("TimestampEquals", "'2016-03-05T21:29:29.24Z'")
            .test(x("'2016-03-05T21:29:29.240000000Z'")))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'2012-10-09T19:00:55'", // no Z and no offset
        "'2012-10-09 19:00:55Z'", // space instead of T
        "'2012-10-09t19:00:55Z'", // lowercase t
        "'2012-10-09T19:00:55z'", // lowercase z
        "'2023-02-24 12:15:56.832957'",
        "'2023-02-24'", // date only
        "'2012-13-09T19:00:55Z'", // month 13
        "'2012-02-30T19:00:55Z'", // 30 February
        "'2012-10-09T25:00:55Z'", // hour 25
        "'2012-10-09T19:00:60Z'", // leap second
        "'2012-10-09T19:00:55.Z'", // empty fraction
        "'2012-10-09T19:00:55.0000000000Z'", // ten fraction digits
        "'2012-10-09T19:00:55+0100'", // offset without colon
        "'05-12-2016T21:29:29Z'",
        "' 2012-10-09T19:00:55Z'",
        "''",
        "'HelloWorld'",
        "0",
        "1.1",
        "true",
        "null",
        "[]",
        "{}"
      })
  void a_value_that_is_not_a_timestamp_never_matches(String value) {
    assertThat(onX("TimestampEquals", T55).test(x(value))).isFalse();
    assertThat(onX("TimestampLessThanEquals", "'9999-12-31T23:59:59Z'").test(x(value))).isFalse();
    assertThat(onX("TimestampGreaterThanEquals", "'0001-01-01T00:00:00Z'").test(x(value)))
        .isFalse();
  }

  @Test
  void the_29th_of_february_is_a_timestamp_in_a_leap_year() {
    assertThat(onX("TimestampEquals", "'2024-02-29T00:00:00Z'").test(x("'2024-02-29T00:00:00Z'")))
        .isTrue();
  }

  @Test
  void less_than_and_greater_than_are_strict() {
    assertThat(onX("TimestampLessThan", T56).test(x(T55))).isTrue();
    assertThat(onX("TimestampLessThan", T55).test(x(T55))).isFalse();
    assertThat(onX("TimestampLessThan", T55).test(x(T56))).isFalse();
    assertThat(onX("TimestampGreaterThan", T55).test(x(T56))).isTrue();
    assertThat(onX("TimestampGreaterThan", T55).test(x(T55))).isFalse();
    assertThat(onX("TimestampGreaterThan", T56).test(x(T55))).isFalse();
  }

  @Test
  void the_equals_variants_include_the_same_instant() {
    assertThat(onX("TimestampLessThanEquals", T55).test(x(T55))).isTrue();
    assertThat(onX("TimestampLessThanEquals", T56).test(x(T55))).isTrue();
    assertThat(onX("TimestampLessThanEquals", T55).test(x(T56))).isFalse();
    assertThat(onX("TimestampGreaterThanEquals", T55).test(x(T55))).isTrue();
    assertThat(onX("TimestampGreaterThanEquals", T55).test(x(T56))).isTrue();
    assertThat(onX("TimestampGreaterThanEquals", T56).test(x(T55))).isFalse();
  }

  @Test
  void instants_are_ordered_across_offsets() {
    // 19:30+01:00 is 18:30Z, before 19:00:55Z although its local time is later.
    assertThat(onX("TimestampLessThan", T55).test(x("'2012-10-09T19:30:00+01:00'"))).isTrue();
  }
}
