package io.github.sfntestkit.internal.jsonata;

import static io.github.sfntestkit.internal.jsonata.Fixtures.eval;
import static io.github.sfntestkit.internal.jsonata.Fixtures.failure;
import static io.github.sfntestkit.internal.jsonata.Fixtures.json;
import static io.github.sfntestkit.internal.jsonata.Fixtures.scope;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataTest {

  @Test
  void should_recognise_only_strings_that_start_and_end_with_the_markers() {
    assertThat(Jsonata.isExpression("{% $x %}")).isTrue();
    assertThat(Jsonata.isExpression("{%$x%}")).isTrue();
    assertThat(Jsonata.isExpression(" {% $x %}")).isFalse();
    assertThat(Jsonata.isExpression("{% $x %} ")).isFalse();
    assertThat(Jsonata.isExpression("{% $x")).isFalse();
    assertThat(Jsonata.isExpression("{%}")).isFalse();
    assertThat(Jsonata.isExpression("$states.input")).isFalse();
    assertThat(Jsonata.isExpression(null)).isFalse();
  }

  @Test
  void should_leave_literals_untouched_at_any_depth() {
    String literals =
        "{\"n\":null,\"i\":0,\"f\":0.1,\"b\":true,\"s\":\" {% states.input %} \",\"p\":\"$states.input\","
            + "\"jp.$\":\"$\",\"l\":[null,0,0.1,true,[],{\"c\":0},\"$no.such\"],\"o\":{\"e\":{}}}";
    JsonataTemplate t = Jsonata.compile("Output", json(literals));

    assertThat(t.isLiteral()).isTrue();
    assertThat(Json.write(t.evaluate(scope("{}")))).isEqualTo(literals);
  }

  @Test
  void should_evaluate_expressions_nested_in_objects_and_arrays() {
    JsonataTemplate t =
        Jsonata.compile(
            "Output",
            json(
                "[null,0,\"$nosuchvar\",\"{% $states.input %}\",{\"key\":\"{% true %}\","
                    + "\"deep\":{\"sum\":\"{% $sum($states.input.v) %}\",\"lit\":[1]}}]"));

    assertThat(t.isLiteral()).isFalse();
    assertThat(Json.write(t.evaluate(scope("{\"v\":[1,2,3]}"))))
        .isEqualTo(
            "[null,0,\"$nosuchvar\",{\"v\":[1,2,3]},{\"key\":true,\"deep\":{\"sum\":6,\"lit\":[1]}}]");
  }

  @Test
  void should_hand_out_a_fresh_copy_of_literals_each_time() {
    JsonataTemplate t = Jsonata.compile("Output", json("{\"a\":{\"b\":1},\"c\":\"{% 1 %}\"}"));
    JsonNode first = t.evaluate(scope("{}"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) first.get("a")).put("b", 2);

    assertThat(Json.write(t.evaluate(scope("{}")))).isEqualTo("{\"a\":{\"b\":1},\"c\":1}");
  }

  @Test
  void should_bind_states_input_context_result_and_error_output() {
    JsonataTemplate t =
        Jsonata.compile(
            "Output",
            json(
                "{\"in\":\"{% $states.input.a %}\",\"state\":\"{% $states.context.State.Name %}\","
                    + "\"res\":\"{% $states.result.r %}\",\"err\":\"{% $states.errorOutput.Error %}\"}"));

    JsonNode out =
        t.evaluate(scope("{\"a\":1}"), json("{\"r\":\"ok\"}"), json("{\"Error\":\"E\",\"Cause\":\"c\"}"));

    assertThat(Json.write(out)).isEqualTo("{\"in\":1,\"state\":\"S\",\"res\":\"ok\",\"err\":\"E\"}");
  }

  @Test
  void should_leave_result_and_error_output_absent_when_not_given() {
    assertThat(eval("{% $exists($states.result) or $exists($states.errorOutput) %}", "{}"))
        .isEqualTo("false");
    assertThat(eval("{% $keys($states) %}", "{}")).isEqualTo("[\"input\",\"context\"]");
  }

  @Test
  void should_bind_workflow_variables() {
    Scope scope =
        scope("{\"v\":[1,2,3]}", Map.of("var_constant_1", "1", "name", "{\"field\":\"x\"}"), 1L);

    assertThat(eval("{% $sum($states.input.v) + $var_constant_1 %}", scope)).isEqualTo("7");
    assertThat(eval("{% $name.field %}", scope)).isEqualTo("\"x\"");
  }

  @Test
  void should_fail_with_the_field_when_a_whole_field_is_undefined() {
    StatesError e = failure("{% $doesNotExist %}", "{}");

    assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(e.cause())
        .isEqualTo(
            "The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing (undefined).");
  }

  @Test
  void should_fail_with_the_nested_field_path_when_a_member_or_item_is_undefined() {
    JsonataTemplate member = Jsonata.compile("Output", json("{\"result\":\"{% $doesNotExist %}\"}"));
    JsonataTemplate item = Jsonata.compile("Arguments", json("{\"values\":[1,\"{%  $nope  %}\"]}"));

    assertThat(catchError(member).cause())
        .isEqualTo(
            "The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).");
    assertThat(catchError(item).cause())
        .isEqualTo(
            "The JSONata expression '$nope' specified for the field 'Arguments/values[1]' returned nothing (undefined).");
  }

  @Test
  void should_report_a_function_result_as_an_unsupported_type() {
    assertThat(failure("{% $fn := function($x){$x} %}", "{}").cause())
        .isEqualTo(
            "The JSONata expression '$fn := function($x){$x}' specified for the field 'Output' returned an unsupported result type.");
  }

  @Test
  void should_report_a_type_error_with_its_code() {
    StatesError e = failure("{% 'a' + 1 %}", "{}");

    assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(e.cause())
        .isEqualTo(
            "The JSONata expression ''a' + 1' specified for the field 'Output' threw an error during evaluation. "
                + "T2001: The left side of the \"+\" operator must evaluate to a number");
  }

  @Test
  void should_word_signature_errors_as_jsonata_js_does() {
    assertThat(failure("{% $abs('x') %}", "{}").cause())
        .endsWith("T0410: Argument 1 of function \"abs\" does not match function signature");
    assertThat(failure("{% $sum(['a']) %}", "{}").cause())
        .endsWith("T0412: Argument of function \"sum\" must be an array of \"numbers\"");
    assertThat(failure("{% $number('x') %}", "{}").cause())
        .endsWith("D3030: Unable to cast value to a number: \"x\"");
    assertThat(failure("{% $error('boom') %}", "{}").cause()).endsWith(". D3137: boom");
  }

  @Test
  void should_stop_runaway_recursion_with_an_error_not_a_crash() {
    StatesError e = failure("{% ($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000)) %}", "{}");

    assertThat(e.cause())
        .endsWith(
            "threw an error during evaluation: Stack overflow error: Check for non-terminating recursive function. "
                + "Consider rewriting as tail-recursive.");
  }

  @Test
  void should_allow_moderate_recursion() {
    assertThat(eval("{% ($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(150)) %}", "{}"))
        .isEqualTo("150");
  }

  @Test
  void should_keep_json_null_apart_from_undefined() {
    assertThat(eval("{% $states.input.n %}", "{\"n\":null}")).isEqualTo("null");
    assertThat(eval("{% [$states.input.n, 1] %}", "{\"n\":null}")).isEqualTo("[null,1]");
    assertThat(eval("{% {'a': $nothing, 'b': 1} %}", "{}")).isEqualTo("{\"b\":1}");
  }

  @Test
  void should_evaluate_regular_expressions_and_quotes_as_aws_does() {
    assertThat(eval("{% $contains(\"hello$world\", /^hello\\$/) %}", "{}")).isEqualTo("true");
    assertThat(eval("{% $contains('hello$world', /^hello\\ /) %}", "{}")).isEqualTo("false");
    assertThat(eval("{% $states.input = '\\\"' %}", "\"\\\"\"")).isEqualTo("true");
  }

  @Test
  void should_read_now_and_millis_from_the_virtual_clock() {
    assertThat(eval("{% $now() %}", "{}")).isEqualTo("\"2024-05-06T07:08:09.123Z\"");
    assertThat(eval("{% $millis() %}", "{}")).isEqualTo("1714979289123");
    assertThat(eval("{% $now('[Y0001]-[M01]-[D01]') %}", "{}")).isEqualTo("\"2024-05-06\"");
  }

  @Test
  void should_describe_an_unexpected_result_type_as_aws_does() {
    JsonataTemplate items = Jsonata.compile("Items", json("\"{% $ItemsVar %}\""));

    StatesError e = Jsonata.unexpectedResultType(items, "array", json("{\"foo\":\"bar\"}"));

    assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(e.cause())
        .isEqualTo(
            "The JSONata expression '$ItemsVar' specified for the field 'Items' returned an unexpected result type. "
                + "Expected 'array', but was 'object' for value: {\"foo\":\"bar\"}");
  }

  @Test
  void should_print_its_source() {
    assertThat(Jsonata.compile("Output", json("\"{%  $x + 1 %}\"")).toString()).isEqualTo("$x + 1");
    assertThat(Jsonata.compile("Output", json("\"{%  $x + 1 %}\"")).expression()).isEqualTo("$x + 1");
    assertThat(Jsonata.compile("Output", json("{\"a\":[\"{% $x %}\",1]}")).toString())
        .isEqualTo("{\"a\":[\"{% $x %}\",1]}");
  }

  private static StatesError catchError(JsonataTemplate t) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> t.evaluate(scope("{}")), StatesError.class);
  }
}
