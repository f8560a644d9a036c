package io.github.sfntestkit.internal.choice;

import static io.github.sfntestkit.internal.choice.ChoiceFixtures.assertRuntimeError;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.x;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Patterns are written here as the decoded JSON string: "\\*" in Java is the two characters \*. */
class StringMatchesTest {

  private static Condition pattern(String pattern) {
    ObjectNode rule = Json.object().put("Variable", "$.x").put("StringMatches", pattern);
    return Conditions.compile(rule);
  }

  private static boolean matches(String pattern, String value) {
    ObjectNode input = Json.object().put("x", value);
    return pattern(pattern).test(Scope.of(input, Json.object()));
  }

  @Test
  void a_star_matches_any_run_of_characters_as_in_the_spec_examples() {
    assertThat(matches("foo*.log", "foo23.log")).isTrue();
    assertThat(matches("*.log", "zebra.log")).isTrue();
    assertThat(matches("foo*.*", "foobar.zebra")).isTrue();
  }

  @Test
  void a_star_matches_the_empty_string() {
    assertThat(matches("foo*.log", "foo.log")).isTrue();
    assertThat(matches("*", "")).isTrue();
    assertThat(matches("**", "anything")).isTrue();
  }

  @Test
  void the_whole_string_must_match() {
    assertThat(matches("foo*.log", "foo23.log.gz")).isFalse();
    assertThat(matches("foo*.log", "xfoo23.log")).isFalse();
    assertThat(matches("abc", "abcd")).isFalse();
    assertThat(matches("", "a")).isFalse();
    assertThat(matches("", "")).isTrue();
  }

  @Test
  void stars_in_the_middle_match_in_order_without_overlapping_the_ends() {
    assertThat(matches("a*b*c", "aXbYc")).isTrue();
    assertThat(matches("a*b*c", "acb")).isFalse();
    assertThat(matches("ab*ba", "aba")).isFalse();
    assertThat(matches("ab*ba", "abba")).isTrue();
    assertThat(matches("*a*a*", "banana")).isTrue();
    assertThat(matches("*x*", "banana")).isFalse();
  }

  @Test
  void only_the_star_is_special() {
    assertThat(matches("a.c", "abc")).isFalse();
    assertThat(matches("a?c", "abc")).isFalse();
    assertThat(matches("a?c", "a?c")).isTrue();
    assertThat(matches("[ab]", "a")).isFalse();
    assertThat(matches("^a+$", "^a+$")).isTrue();
  }

  @Test
  void matching_is_case_sensitive() {
    assertThat(matches("Hello*", "hello world")).isFalse();
  }

  @Test
  void an_escaped_star_matches_only_a_literal_star() {
    assertThat(matches("log-\\*.txt", "log-*.txt")).isTrue();
    assertThat(matches("log-\\*.txt", "log-1.txt")).isFalse();
    assertThat(matches("\\**", "*anything")).isTrue();
    assertThat(matches("\\**", "anything")).isFalse();
  }

  @Test
  void an_escaped_backslash_matches_one_literal_backslash() {
    assertThat(matches("C:\\\\*", "C:\\Users")).isTrue();
    assertThat(matches("C:\\\\*", "C:/Users")).isFalse();
    // \\\* is a literal backslash followed by a literal star
    assertThat(matches("a\\\\\\*", "a\\*")).isTrue();
    // \\* is a literal backslash followed by a wildcard
    assertThat(matches("a\\\\*", "a\\anything")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "true", "null", "[]", "['abc']", "{}"})
  void a_value_that_is_not_a_string_never_matches(String value) {
    assertThat(pattern("*").test(x(value))).isFalse();
  }

  @Test
  void an_open_escape_at_the_end_is_a_runtime_error() {
    assertRuntimeError(
        pattern("abc\\"),
        x("'abc'"),
        "Invalid StringMatches pattern \"abc\\\\\": open escape at index 3;"
            + " a backslash may only escape '*' or '\\'.");
  }

  @Test
  void a_backslash_before_another_character_is_an_open_escape() {
    assertRuntimeError(
        pattern("a\\bc*"),
        x("'abc'"),
        "Invalid StringMatches pattern \"a\\\\bc*\": open escape at index 1;"
            + " a backslash may only escape '*' or '\\'.");
  }

  @Test
  void prints_the_pattern_as_json() {
    assertThat(pattern("log-\\*.txt")).hasToString("$.x StringMatches \"log-\\\\*.txt\"");
  }
}
