package io.github.sfntestkit.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CounterTest {

  @Test
  void should_print_covered_total_and_percentage() {
    assertThat(Counter.of(7, 9)).hasToString("7/9 (77.8%)");
    assertThat(Counter.of(1, 3)).hasToString("1/3 (33.3%)");
    assertThat(Counter.of(0, 4)).hasToString("0/4 (0.0%)");
    assertThat(Counter.of(4, 4)).hasToString("4/4 (100.0%)");
  }

  @Test
  void should_count_nothing_to_cover_as_fully_covered() {
    assertThat(Counter.of(0, 0).ratio()).isEqualTo(1.0);
    assertThat(Counter.of(0, 0)).hasToString("0/0 (100.0%)");
  }

  @Test
  void should_never_round_up_to_100_percent_while_something_is_missed() {
    assertThat(Counter.of(9999, 10000).percent()).isEqualTo("99.9%");
    assertThat(Counter.of(9999, 10000).ratio()).isEqualTo(0.9999);
  }

  @Test
  void should_add_counters_and_compare_by_value() {
    Counter sum = Counter.of(1, 2).plus(Counter.of(3, 5));
    assertThat(sum).isEqualTo(Counter.of(4, 7)).hasSameHashCodeAs(Counter.of(4, 7));
    assertThat(sum.missed()).isEqualTo(3);
    assertThat(sum).isNotEqualTo(Counter.of(4, 8));
  }

  @Test
  void should_refuse_impossible_counts() {
    assertThatThrownBy(() -> Counter.of(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("covered must be between 0 and total (2); was 3");
    assertThatThrownBy(() -> Counter.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
