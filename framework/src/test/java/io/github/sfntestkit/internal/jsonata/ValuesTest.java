package io.github.sfntestkit.internal.jsonata;

import static io.github.sfntestkit.internal.jsonata.Fixtures.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.json.Json;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void should_keep_integral_results_integral() {
    assertThat(eval("{% $sum($states.input.v) + 1 %}", "{\"v\":[1,2,3]}")).isEqualTo("7");
    assertThat(eval("{% 2.5 * 2 %}", "{}")).isEqualTo("5");
    assertThat(eval("{% $states.input.f * 1 %}", "{\"f\":1.0}")).isEqualTo("1");
    assertThat(eval("{% $number('2') %}", "{}")).isEqualTo("2");
  }

  @Test
  void should_print_fractions_with_javascript_shortest_digits() {
    assertThat(eval("{% 0.1 + 0.2 %}", "{}")).isEqualTo("0.30000000000000004");
    assertThat(eval("{% 10 / 4 %}", "{}")).isEqualTo("2.5");
    assertThat(eval("{% $states.input.f %}", "{\"f\":0.1}")).isEqualTo("0.1");
    assertThat(eval("{% 1 / 3 %}", "{}")).isEqualTo("0.3333333333333333");
  }

  @Test
  void should_print_large_integral_doubles_as_javascript_does() {
    assertThat(eval("{% 2 * 576460752303423488 %}", "{}")).isEqualTo("1152921504606847000");
    assertThat(eval("{% $states.input.big + 1 %}", "{\"big\":12345678901234}")).isEqualTo("12345678901235");
  }

  @Test
  void should_turn_minus_zero_into_zero() {
    assertThat(eval("{% -0 %}", "{}")).isEqualTo("0");
  }

  @Test
  void should_find_the_shortest_round_tripping_decimal() {
    assertThat(Values.shortest(0.1).toString()).isEqualTo("0.1");
    assertThat(Values.shortest(2.82879384806159E17).toPlainString()).isEqualTo("282879384806159000");
    assertThat(Values.shortest(5e-324).toString()).isEqualTo("5E-324");
  }

  @Test
  void should_round_trip_every_json_type() {
    String doc = "{\"o\":{\"a\":[1,\"s\",true,null,{}],\"n\":-1.5},\"e\":[]}";

    assertThat(Json.write(Values.fromEngine(Values.toEngine(Json.parse(doc))))).isEqualTo(doc);
  }
}
