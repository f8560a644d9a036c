package io.github.sfntestkit.internal.choice;

import static io.github.sfntestkit.internal.choice.ChoiceFixtures.assertRuntimeError;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.input;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.invalidPath;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.onX;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.rule;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.withVariables;
import static io.github.sfntestkit.internal.choice.ChoiceFixtures.x;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypeTestsTest {
  /** One value of each JSON type and of the string shapes that matter. */
  private static final List<String> VALUES =
      List.of(
          "null", "true", "false", "0", "0.0", "1.1", "-7e3", "''", "' '", "'HelloWorld'", "'1'",
          "'NaN'", "'true'", "'null'", "'2012-10-09T19:00:55Z'", "'2012-10-09T19:00:55+01:00'",
          "'2012-10-09T19:00:55'", "'2023-02-24'", "[]", "['']", "{}", "{'A':0}");

  private static void assertTypeTest(String operator, List<String> matching) {
    for (String value : VALUES) {
      boolean expected = matching.contains(value);
      assertThat(onX(operator, "true").test(x(value))).as("%s true on %s", operator, value)
          .isEqualTo(expected);
      assertThat(onX(operator, "false").test(x(value))).as("%s false on %s", operator, value)
          .isEqualTo(!expected);
    }
  }

  @Test
  void is_null_is_true_only_for_null() {
    assertTypeTest("IsNull", List.of("null"));
  }

  @Test
  void is_boolean_is_true_only_for_true_and_false() {
    assertTypeTest("IsBoolean", List.of("true", "false"));
  }

  @Test
  void is_numeric_is_true_only_for_json_numbers_not_numeric_strings() {
    assertTypeTest("IsNumeric", List.of("0", "0.0", "1.1", "-7e3"));
  }

  @Test
  void is_string_is_true_for_every_string_including_empty_and_timestamps() {
    assertTypeTest(
        "IsString",
        List.of(
            "''", "' '", "'HelloWorld'", "'1'", "'NaN'", "'true'", "'null'",
            "'2012-10-09T19:00:55Z'", "'2012-10-09T19:00:55+01:00'", "'2012-10-09T19:00:55'",
            "'2023-02-24'"));
  }

  @Test
  void is_timestamp_is_true_only_for_rfc3339_strings_with_z_or_an_offset() {
    assertTypeTest("IsTimestamp", List.of("'2012-10-09T19:00:55Z'", "'2012-10-09T19:00:55+01:00'"));
  }

  @Test
  void is_present_is_true_for_every_value_including_null() {
    assertTypeTest("IsPresent", VALUES);
  }

  @Test
  void is_present_is_false_for_a_missing_field_without_an_error() {
    assertThat(onX("IsPresent", "true").test(input("{}"))).isFalse();
    assertThat(onX("IsPresent", "false").test(input("{}"))).isTrue();
    assertThat(rule("{'Variable':'$.a.b.c','IsPresent':true}").test(input("{'a':null}"))).isFalse();
    assertThat(rule("{'Variable':'$.a.b','IsPresent':false}").test(input("{'a':[1]}"))).isTrue();
  }

  @Test
  void is_present_is_false_for_an_undefined_variable() {
    assertThat(rule("{'Variable':'$nope','IsPresent':true}").test(withVariables("{}", "{}", "{}")))
        .isFalse();
    assertThat(rule("{'Variable':'$v.a','IsPresent':true}")
            .test(withVariables("{}", "{}", "{'v':{'a':null}}")))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"IsNull", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"})
  void the_other_type_tests_raise_invalid_path_on_a_missing_field(String operator) {
    assertRuntimeError(onX(operator, "true"), input("{}"), invalidPath("$.x"));
    assertRuntimeError(onX(operator, "false"), input("{'y':1}"), invalidPath("$.x"));
  }
}
