package io.github.sfntestkit.internal.jsonata;

import static io.github.sfntestkit.internal.jsonata.Fixtures.eval;
import static io.github.sfntestkit.internal.jsonata.Fixtures.failure;
import static io.github.sfntestkit.internal.jsonata.Fixtures.scope;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.path.Scope;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsFunctionsTest {

  @Test
  void should_partition_an_array_into_chunks_with_a_shorter_last_one() {
    assertThat(eval("{% $partition([1,2,3,4,5,6,7,8,9], 3) %}", "{}"))
        .isEqualTo("[[1,2,3],[4,5,6],[7,8,9]]");
    assertThat(eval("{% $partition($states.input.a, 2) %}", "{\"a\":[0,1,2]}")).isEqualTo("[[0,1],[2]]");
    assertThat(eval("{% $partition([0], 5) %}", "{}")).isEqualTo("[[0]]");
  }

  @Test
  void should_refuse_a_chunk_size_below_one() {
    assertThat(failure("{% $partition([1,2], 0) %}", "{}").cause())
        .endsWith(
            "threw an error during evaluation: The chunk size of $partition must be a positive integer, but was 0");
  }

  @Test
  void should_build_an_inclusive_range_and_collapse_a_single_item() {
    assertThat(eval("{% $range(0, 9, 3) %}", "{}")).isEqualTo("[0,3,6,9]");
    assertThat(eval("{% $range(0, 10, 3) %}", "{}")).isEqualTo("[0,3,6,9]");
    assertThat(eval("{% $range(1, 9, 9) %}", "{}")).isEqualTo("1");
    assertThat(eval("{% $range(10, 0, -5) %}", "{}")).isEqualTo("[10,5,0]");
  }

  @Test
  void should_refuse_a_zero_step_or_a_huge_range() {
    assertThat(failure("{% $range(0, 9, 0) %}", "{}").cause()).endsWith(": The step of $range must not be 0");
    assertThat(failure("{% $range(0, 1e7, 1) %}", "{}").cause())
        .endsWith(": $range would create 10000001 items; at most 1000000 are allowed");
  }

  @Test
  void should_hash_with_each_supported_algorithm() {
    assertThat(eval("{% $hash('input', 'MD5') %}", "{}")).isEqualTo("\"a43c1b0aa53a0c908810c06ab1ff3967\"");
    assertThat(eval("{% $hash('input', 'SHA-1') %}", "{}"))
        .isEqualTo("\"140f86aae51ab9e1cda9b4254fe98a74eb54c1a1\"");
    assertThat(eval("{% $hash('input', 'SHA-256') %}", "{}"))
        .isEqualTo("\"c96c6d5be8d08a12e7b5cdc1b207fa6b2430974c86803d8891675e76fd992c20\"");
    assertThat(eval("{% $length($hash('input', 'SHA-384')) %}", "{}")).isEqualTo("96");
    assertThat(eval("{% $length($hash('input', 'SHA-512')) %}", "{}")).isEqualTo("128");
  }

  @Test
  void should_refuse_an_unknown_hash_algorithm_and_a_non_string_value() {
    assertThat(failure("{% $hash('input', 'SHA-999') %}", "{}").cause())
        .endsWith(
            ": The hash algorithm of $hash must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was 'SHA-999'");
    assertThat(failure("{% $hash(1, 'MD5') %}", "{}").cause())
        .endsWith("T0410: Argument 1 of function \"hash\" does not match function signature");
  }

  @Test
  void should_parse_json_text() {
    assertThat(eval("{% $parse($states.input.s) %}", "{\"s\":\"{\\\"Arg1\\\": 1, \\\"Arg2\\\": []}\"}"))
        .isEqualTo("{\"Arg1\":1,\"Arg2\":[]}");
    assertThat(eval("{% $parse('-0') %}", "{}")).isEqualTo("0");
    assertThat(eval("{% $parse('1.1') %}", "{}")).isEqualTo("1.1");
    assertThat(eval("{% $parse('\"HelloWorld\"') %}", "{}")).isEqualTo("\"HelloWorld\"");
    assertThat(eval("{% $parse('[1, 2, \"x\"]') %}", "{}")).isEqualTo("[1,2,\"x\"]");
  }

  @Test
  void should_refuse_text_that_is_not_json() {
    assertThat(failure("{% $parse('{nope') %}", "{}").cause())
        .contains("threw an error during evaluation: $parse could not parse its argument as JSON: ");
  }

  @Test
  void should_give_the_same_random_number_for_the_same_seed() {
    String seeded = eval("{% $random(42) %}", "{}");

    assertThat(eval("{% $random(42) %}", scope("{}", Map.of(), 99L))).isEqualTo(seeded);
    assertThat(eval("{% $random(43) %}", "{}")).isNotEqualTo(seeded);
    assertThat(Double.parseDouble(seeded)).isBetween(0.0, 1.0);
  }

  @Test
  void should_draw_unseeded_random_numbers_and_uuids_from_the_execution_random_source() {
    Scope first = scope("{}", Map.of(), 5L);
    Scope second = scope("{}", Map.of(), 5L);

    String a = eval("{% [$random(), $uuid()] %}", first);
    String b = eval("{% [$random(), $uuid()] %}", second);
    String next = eval("{% [$random(), $uuid()] %}", first);

    assertThat(a).isEqualTo(b).isNotEqualTo(next);
  }

  @Test
  void should_make_version_4_uuids() {
    String uuid = eval("{% $uuid() %}", "{}");

    assertThat(uuid).matches("\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"");
  }

  @Test
  void should_let_functions_be_passed_to_higher_order_functions() {
    assertThat(eval("{% $map(['input'], function($v){ $hash($v, 'MD5') }) %}", "{}"))
        .isEqualTo("\"a43c1b0aa53a0c908810c06ab1ff3967\"");
    assertThat(eval("{% $map(['1','[2]'], $parse) %}", "{}")).isEqualTo("[1,[2]]");
  }
}
