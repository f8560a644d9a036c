package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.V.machine;
import static io.github.sfntestkit.internal.validate.V.report;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathRulesTest {

  private static String pass(String fields) {
    return machine("{\"Type\":\"Pass\"," + fields + ",\"End\":true}");
  }

  @Test
  void should_accept_paths_context_paths_variables_and_null() {
    assertThat(
            report(
                pass(
                    "\"InputPath\":\"$$.Execution.Input\",\"OutputPath\":null,\"ResultPath\":null,"
                        + "\"Parameters\":{\"a.$\":\"$.x[*].y\",\"b.$\":\"$myVar.z\",\"c\":{\"d.$\":\"$$.State.Name\"},\"e\":[{\"f.$\":\"not checked\"}]},"
                        + "\"Assign\":{\"myVar\":1}")))
        .isEmpty();
  }

  @Test
  void should_report_a_path_that_does_not_start_with_dollar() {
    assertThat(report(pass("\"InputPath\":\"a.b\"")))
        .containsExactly(
            "/States/S/InputPath: \"InputPath\" must be a path starting with \"$\", but was string \"a.b\".");
  }

  @Test
  void should_report_a_path_of_the_wrong_type() {
    assertThat(report(pass("\"OutputPath\":3")))
        .containsExactly(
            "/States/S/OutputPath: \"OutputPath\" must be a string holding a path or null, but was number 3.");
  }

  @Test
  void should_report_a_path_that_does_not_compile() {
    assertThat(report(pass("\"InputPath\":\"$.a[x]\"")))
        .containsExactly("/States/S/InputPath: \"InputPath\" is not a valid path: \"$.a[x]\" (Could not parse token starting at position 3. Expected ?, ', 0-9, * ).");
  }

  @Test
  void should_require_result_path_to_be_a_reference_path_into_the_input() {
    assertThat(report(pass("\"ResultPath\":\"$$.x\"")))
        .containsExactly(
            "/States/S/ResultPath: \"ResultPath\" must be a reference path into the state input like \"$.result\", but \"$$.x\" points into the context object.");
    assertThat(report(pass("\"ResultPath\":\"$v.x\"")))
        .containsExactly(
            "/States/S/ResultPath: \"ResultPath\" must be a reference path into the state input like \"$.result\", but \"$v.x\" names a variable; use \"Assign\" to set variables.");
    assertThat(report(pass("\"ResultPath\":\"$.a[*]\"")))
        .containsExactly(
            "/States/S/ResultPath: \"ResultPath\" must be a reference path selecting a single value, but \"$.a[*]\" uses a wildcard, filter, slice or union.");
  }

  @Test
  void should_require_reference_paths_in_path_fields() {
    assertThat(report(machine("{\"Type\":\"Wait\",\"SecondsPath\":\"$.a..b\",\"End\":true}")))
        .containsExactly(
            "/States/S/SecondsPath: \"SecondsPath\" must be a reference path selecting a single value, but \"$.a..b\" uses a wildcard, filter, slice or union.");
  }

  @Test
  void should_report_a_payload_key_whose_value_is_not_a_path() {
    assertThat(report(pass("\"Parameters\":{\"a.$\":\"hello\",\"b.$\":1}")))
        .containsExactly(
            "/States/S/Parameters/a.$: \"a.$\" must be a path starting with \"$\" or an intrinsic function call starting with \"States.\", but was string \"hello\". Remove \".$\" from the name for a literal value.",
            "/States/S/Parameters/b.$: \"b.$\" must be a string holding a path or an intrinsic function call, but was number 1.");
  }

  @Test
  void should_report_duplicate_keys_after_stripping_the_suffix() {
    assertThat(report(pass("\"Parameters\":{\"a\":1,\"a.$\":\"$.a\"}")))
        .containsExactly(
            "/States/S/Parameters/a.$: duplicate field \"a\": \"a\" and \"a.$\" both set it; keep one.");
  }

  @Test
  void should_check_nested_payload_objects_and_result_selector() {
    assertThat(
            report(
                machine(
                    "{\"Type\":\"Task\",\"Resource\":\"arn:x\",\"ResultSelector\":{\"x\":{\"y.$\":\"y\"}},\"End\":true}")))
        .containsExactly(
            "/States/S/ResultSelector/x/y.$: \"y.$\" must be a path starting with \"$\" or an intrinsic function call starting with \"States.\", but was string \"y\". Remove \".$\" from the name for a literal value.");
  }

  @Test
  void should_check_catcher_result_path() {
    assertThat(
            report(
                machine(
                    "{\"Type\":\"Task\",\"Resource\":\"arn:x\",\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"ResultPath\":\"$$.e\",\"Next\":\"S\"}],\"End\":true}")))
        .containsExactly(
            "/States/S/Catch/0/ResultPath: \"ResultPath\" must be a reference path into the state input like \"$.result\", but \"$$.e\" points into the context object.");
  }

  @Test
  void should_accept_filters_that_aws_accepts_but_jayway_cannot_parse() {
    assertThat(report(pass("\"Parameters\":{\"x.$\":\"$[?(@.Code==es)].Text\"}"))).isEmpty();
  }

  @Test
  void should_accept_intrinsics_in_fail_error_path() {
    assertThat(
            report(
                machine(
                    "{\"Type\":\"Fail\",\"ErrorPath\":\"States.Format('E{}', $.code)\",\"CausePath\":\"$.cause\"}")))
        .isEmpty();
  }

  @Test
  void should_report_a_broken_intrinsic_unless_intrinsics_cannot_be_checked_yet() {
    java.util.List<String> problems = report(pass("\"Parameters\":{\"x.$\":\"States.Format('{}', \"}"));
    assertThat(problems)
        .allSatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "/States/S/Parameters/x.$: \"x.$\" is not a valid intrinsic function call: \"States.Format('{}', \" ("));
  }
}
