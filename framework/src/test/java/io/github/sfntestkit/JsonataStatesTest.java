package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.at;
import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.types;
import static io.github.sfntestkit.TestRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.TestRuns.Recorder;
import io.github.sfntestkit.mock.TaskCall;
import io.github.sfntestkit.mock.TaskResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * States written in the JSONata query language: Arguments, Output, Assign, Condition, Items and the
 * other fields that take {@code {% %}} expressions, {@code $states}, AWS's extra functions and
 * States.QueryEvaluationError. Expected values follow the AWS-recorded executions of the conformance
 * corpus (category "jsonata").
 */
class JsonataStatesTest {

  private static final String LAMBDA = "arn:aws:states:::lambda:invoke";
  private static final String STATE0_PREFIX =
      "An error occurred while executing the state 'State0' (entered at the event id #2). ";

  private static String pass(String fields) {
    return """
        {"QueryLanguage": "JSONata", "StartAt": "State0", "States": {"State0": {"Type": "Pass", %s "End": true}}}"""
        .formatted(fields);
  }

  // ---------------------------------------------------------------- QueryLanguage

  @Test
  void should_evaluate_the_output_of_a_state_in_a_jsonata_machine() {
    // GIVEN
    String definition = pass("\"Output\": \"{% $merge([$states.input.part1, $states.input.part2]) %}\",");
    // WHEN
    ExecutionResult result = run(definition, "{\"part1\": {\"hello\": \"world\"}, \"part2\": {\"foo\": \"bar\"}}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"hello\": \"world\", \"foo\": \"bar\"}"));
  }

  @Test
  void should_pass_the_input_through_a_jsonata_state_without_output() {
    // GIVEN
    String definition = pass("");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": [1, 2]}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"a\": [1, 2]}"));
  }

  @Test
  void should_run_a_jsonata_state_inside_a_jsonpath_machine() {
    // GIVEN
    String definition = """
        {"StartAt": "StateJsonPath", "States": {
          "StateJsonPath": {"QueryLanguage": "JSONPath", "Type": "Pass",
            "Result": {"riddle": "What is the answer to life, the universe, and everything?"},
            "Assign": {"answer": 42, "inputData.$": "$"}, "OutputPath": "$", "ResultPath": "$.enigma.mystery",
            "Next": "StateJsonata"},
          "StateJsonata": {"QueryLanguage": "JSONata", "Type": "Task", "Resource": "%s",
            "Arguments": {"FunctionName": "{%% $states.input.functionName %%}",
              "Payload": {"theQuestion": "{%% $states.input.enigma.mystery.riddle %%}",
                          "theAnswer": "{%% $answer %%}"}},
            "Assign": {"answer": "<omitted>", "message": "{%% $states.result.Payload %%}"},
            "Output": {"result": "{%% $states.result.Payload %%}"}, "End": true}}}""".formatted(LAMBDA);
    Recorder lambda = new Recorder(call -> TaskResponse.success(
        json("{\"StatusCode\": 200, \"Payload\": " + call.input().get("Payload") + "}")));
    // WHEN
    ExecutionResult result = run(definition, "{\"functionName\": \"fn-data-flow\"}", lambda);
    // THEN
    String payload = "{\"theQuestion\": \"What is the answer to life, the universe, and everything?\","
        + " \"theAnswer\": 42}";
    assertThat(lambda.only().input())
        .isEqualTo(json("{\"FunctionName\": \"fn-data-flow\", \"Payload\": " + payload + "}"));
    assertThat(result.output()).isEqualTo(json("{\"result\": " + payload + "}"));
    assertThat(visit(result, "StateJsonata").assigned())
        .isEqualTo(json("{\"answer\": \"<omitted>\", \"message\": " + payload + "}"));
  }

  @Test
  void should_let_a_jsonpath_state_read_a_variable_assigned_by_a_jsonata_state() {
    // GIVEN
    String definition = """
        {"StartAt": "A", "States": {
          "A": {"QueryLanguage": "JSONata", "Type": "Pass", "Assign": {"v": "{% $states.input.n * 2 %}"},
                "Output": {"fromJsonata": true}, "Next": "B"},
          "B": {"Type": "Pass", "Parameters": {"v.$": "$v", "in.$": "$"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"n\": 21}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"v\": 42, \"in\": {\"fromJsonata\": true}}"));
  }

  // ---------------------------------------------------------------- Task Arguments and Output

  @Test
  void should_call_the_task_with_its_evaluated_arguments_and_shape_the_output() {
    // GIVEN
    String definition = """
        {"StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"var_input_value.$": "$.input_value", "var_constant_1": 1},
                   "Next": "State0"},
          "State0": {"QueryLanguage": "JSONata", "Type": "Task",
            "Resource": "arn:aws:lambda:us-east-1:111111111111:function:lambda_func",
            "Arguments": {"ja_states_input": "{% $states.input %}", "ja_var_access": "{% $var_input_value %}",
                          "ja_expr": "{% $sum($states.input.input_values) + $var_constant_1 %}"},
            "Output": {"ja_var_access": "{% $var_input_value %}",
                       "ja_states_input": "{% $states.input %}",
                       "ja_states_result": "{% $states.result %}",
                       "ja_states_result_access": "{% $states.result.ja_expr %}"},
            "End": true}}}""";
    Recorder lambda = Recorder.echoing();
    String input = "{\"input_value\": \"string literal\", \"input_values\": [1, 2, 3]}";
    // WHEN
    ExecutionResult result = run(definition, input, lambda);
    // THEN
    String arguments = "{\"ja_states_input\": " + input + ", \"ja_var_access\": \"string literal\", \"ja_expr\": 7}";
    TaskCall call = lambda.only();
    assertThat(call.stateName()).isEqualTo("State0");
    assertThat(call.input()).isEqualTo(json(arguments));
    assertThat(visit(result, "State0").afterParameters()).isEqualTo(json(arguments));
    assertThat(result.output()).isEqualTo(json("{\"ja_var_access\": \"string literal\", \"ja_states_input\": "
        + input + ", \"ja_states_result\": " + arguments + ", \"ja_states_result_access\": 7}"));
  }

  @Test
  void should_keep_literals_that_only_look_like_expressions() {
    // GIVEN
    String definition = pass("""
        "Output": {"constant_not_jsonata": " {% states.input %} ", "constant_varpath": "$no.such.var.path",
                   "constant_jp_input.$": "$", "constant_if": "States.Format('Format:{}', 101)",
                   "constant_jp_context": "$$", "constant_obj": {"in_obj": "$states.input", "lst": [null, []]}},""");
    // WHEN
    ExecutionResult result = run(definition, "{\"input_value\": \"x\"}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        {"constant_not_jsonata": " {% states.input %} ", "constant_varpath": "$no.such.var.path",
         "constant_jp_input.$": "$", "constant_if": "States.Format('Format:{}', 101)",
         "constant_jp_context": "$$", "constant_obj": {"in_obj": "$states.input", "lst": [null, []]}}"""));
  }

  @Test
  void should_evaluate_expressions_nested_in_objects_and_arrays() {
    // GIVEN
    String definition = pass("""
        "Output": [null, 0, true, "string", [], "$nosuchvar", "{% $states.input %}",
                   {"key": "{% true %}", "deep": {"list": ["{% $states.input.input_value & '!' %}", 2]}}],""");
    // WHEN
    ExecutionResult result = run(definition, "{\"input_value\": \"stringliteral\"}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        [null, 0, true, "string", [], "$nosuchvar", {"input_value": "stringliteral"},
         {"key": true, "deep": {"list": ["stringliteral!", 2]}}]"""));
  }

  @Test
  void should_output_values_that_are_not_objects() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Output": "\\"", "Next": "B"},
          "B": {"Type": "Pass", "Output": "{% $states.input = '\\"' %}", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(visit(result, "A").output()).isEqualTo(json("\"\\\"\""));
    assertThat(result.output()).isEqualTo(json("true"));
  }

  @Test
  void should_expose_the_context_object_as_states_context() {
    // GIVEN
    String definition = pass("""
        "Output": {"name": "{% $states.context.State.Name %}",
                   "entered": "{% $states.context.State.EnteredTime %}",
                   "input": "{% $states.context.Execution.Input %}",
                   "redrives": "{% $states.context.Execution.RedriveCount %}"},""");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        {"name": "State0", "entered": "2024-01-01T00:00:00.000Z", "input": {"a": 1}, "redrives": 0}"""));
  }

  @Test
  void should_give_the_parallel_branches_the_evaluated_arguments() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
          "Arguments": {"n": "{% $states.input.n + 1 %}"},
          "Output": {"sum": "{% $sum($states.result.n) %}"},
          "Branches": [
            {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "Output": {"n": "{% $states.input.n %}"}, "End": true}}},
            {"StartAt": "B2", "States": {"B2": {"Type": "Pass", "Output": {"n": "{% $states.input.n * 10 %}"}, "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"n\": 1}");
    // THEN
    assertThat(visit(result, "B1").input()).isEqualTo(json("{\"n\": 2}"));
    assertThat(result.output()).isEqualTo(json("{\"sum\": 22}"));
  }

  // ---------------------------------------------------------------- Assign and Catch

  @Test
  void should_assign_from_the_input_and_the_result_and_read_the_values_in_the_next_state() {
    // GIVEN: x is 5 on entry, so oldX reads 5 although x becomes 42 in the same Assign
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"x": 5}, "Next": "Task"},
          "Task": {"Type": "Task", "Resource": "%s", "Arguments": {"v": 1},
                   "Assign": {"x": 42, "oldX": "{%% $x %%}", "in": "{%% $states.input.id %%}",
                              "res": "{%% $states.result.Payload %%}"},
                   "Output": {"xInOutput": "{%% $x %%}"}, "Next": "Read"},
          "Read": {"Type": "Pass", "Output": {"x": "{%% $x %%}", "oldX": "{%% $oldX %%}", "in": "{%% $in %%}",
                   "res": "{%% $res %%}", "prev": "{%% $states.input %%}"}, "End": true}}}""".formatted(LAMBDA);
    // WHEN
    ExecutionResult result = run(definition, "{\"id\": \"abc\"}", TestRuns.returning("{\"Payload\": \"done\"}"));
    // THEN
    assertThat(visit(result, "Task").assigned())
        .isEqualTo(json("{\"x\": 42, \"oldX\": 5, \"in\": \"abc\", \"res\": \"done\"}"));
    assertThat(result.output()).isEqualTo(json("""
        {"x": 42, "oldX": 5, "in": "abc", "res": "done", "prev": {"xInOutput": 5}}"""));
  }

  @Test
  void should_shape_the_catcher_output_from_the_error_output() {
    // GIVEN
    String definition = """
        {"StartAt": "Task", "States": {
          "Task": {"Type": "Task", "QueryLanguage": "JSONata", "Resource": "%s",
            "Arguments": {"FunctionName": "fn-exception", "Payload": {"foo": "foobar"}},
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Fallback",
                       "Output": {"stateInput": "{%% $states.input %%}", "stateError": "{%% $states.errorOutput %%}"}}],
            "Output": {"stateInput": "{%% $states.input %%}", "stateResult": "{%% $states.result %%}"},
            "Next": "Finish"},
          "Fallback": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": {"error": "{%% $states.input %%}"},
                       "End": true},
          "Finish": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": {"result": "{%% $states.input %%}"},
                     "End": true}}}""".formatted(LAMBDA);
    // WHEN
    ExecutionResult result = run(definition, "{\"inputData\": \"dummy\"}",
        TestRuns.failing("Exception", "Some exception was raised."));
    // THEN
    assertThat(result.path()).containsExactly("Task", "Fallback");
    assertThat(result.output()).isEqualTo(json("""
        {"error": {"stateInput": {"inputData": "dummy"},
                   "stateError": {"Error": "Exception", "Cause": "Some exception was raised."}}}"""));
  }

  @Test
  void should_output_the_error_output_from_a_catcher_without_output_and_assign_from_it() {
    // GIVEN
    String definition = """
        {"StartAt": "Task", "States": {
          "Task": {"QueryLanguage": "JSONata", "Type": "Task", "Assign": {"result": "SUCCESS"}, "Resource": "%s",
            "Arguments": {"FunctionName": "{%% $states.input.input_value %%}", "Payload": {"foo": "oof"}},
            "Catch": [{"ErrorEquals": ["States.ALL"], "Assign": {"result": "{%% $states.errorOutput %%}",
                       "input": "{%% $states.input %%}"}, "Next": "fallback"}],
            "End": true},
          "fallback": {"Type": "Pass", "End": true}}}""".formatted(LAMBDA);
    // WHEN
    ExecutionResult result = run(definition, "{\"input_value\": \"fn\"}", TestRuns.failing("Exception", "boom"));
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"Error\": \"Exception\", \"Cause\": \"boom\"}"));
    assertThat(visit(result, "Task").assigned()).isEqualTo(json("""
        {"result": {"Error": "Exception", "Cause": "boom"}, "input": {"input_value": "fn"}}"""));
  }

  @Test
  void should_catch_the_error_of_each_map_iteration_with_its_output() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "ProcessItems", "States": {
          "ProcessItems": {"Type": "Map", "Items": "{%% $states.input.items %%}", "MaxConcurrency": 1, "End": true,
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "ProcessItem", "States": {
              "ProcessItem": {"Type": "Task", "Resource": "%s", "Arguments": {"FunctionName": "fn"},
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Fallback",
                           "Assign": {"inputVar": "{%% $states.input %%}", "errorVar": "{%% $states.errorOutput.Error %%}"}}],
                "Next": "Finish"},
              "Fallback": {"Type": "Pass", "Output": {"item": "{%% $inputVar %%}", "error": "{%% $errorVar %%}"}, "End": true},
              "Finish": {"Type": "Pass", "End": true}}}}}}""".formatted(LAMBDA);
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": [1, 2, 3]}", TestRuns.failing("Exception", "boom"));
    // THEN
    assertThat(result.path()).containsExactly("ProcessItems", "ProcessItem", "Fallback", "ProcessItem",
        "Fallback", "ProcessItem", "Fallback");
    assertThat(result.output()).isEqualTo(json("""
        [{"item": 1, "error": "Exception"}, {"item": 2, "error": "Exception"}, {"item": 3, "error": "Exception"}]"""));
  }

  // ---------------------------------------------------------------- Choice

  private static final String CHOICE = """
      {"QueryLanguage": "JSONata", "StartAt": "ChoiceState", "States": {
        "ChoiceState": {"Type": "Choice", "Default": "DefaultState",
          "Choices": [{"Condition": "{% $states.input.condition %}", "Next": "ConditionTrue",
                       "Output": "Condition Output block", "Assign": {"Assignment": "Condition assignment"}}],
          "Output": "Default Output block", "Assign": {"Assignment": "Default Assignment"}},
        "ConditionTrue": {"Type": "Pass", "Output": {"in": "{% $states.input %}", "a": "{% $Assignment %}"}, "End": true},
        "DefaultState": {"Type": "Pass", "Output": {"in": "{% $states.input %}", "a": "{% $Assignment %}"}, "End": true}}}""";

  @Test
  void should_use_the_output_and_assign_of_the_matching_condition() {
    // GIVEN
    String definition = CHOICE;
    // WHEN
    ExecutionResult result = run(definition, "{\"condition\": true}");
    // THEN
    assertThat(result.path()).containsExactly("ChoiceState", "ConditionTrue");
    assertThat(visit(result, "ChoiceState").assigned()).isEqualTo(json("{\"Assignment\": \"Condition assignment\"}"));
    assertThat(result.output())
        .isEqualTo(json("{\"in\": \"Condition Output block\", \"a\": \"Condition assignment\"}"));
  }

  @Test
  void should_use_the_state_output_and_assign_on_the_default() {
    // GIVEN
    String definition = CHOICE;
    // WHEN
    ExecutionResult result = run(definition, "{\"condition\": false}");
    // THEN
    assertThat(result.path()).containsExactly("ChoiceState", "DefaultState");
    assertThat(result.output())
        .isEqualTo(json("{\"in\": \"Default Output block\", \"a\": \"Default Assignment\"}"));
  }

  @Test
  void should_pass_the_input_on_when_the_matching_rule_has_no_output() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "C", "States": {
          "C": {"Type": "Choice", "Default": "No",
                "Choices": [{"Condition": "{% $states.input.n > 3 and $contains($states.input.s, 'x') %}", "Next": "Yes"}]},
          "Yes": {"Type": "Succeed"}, "No": {"Type": "Fail", "Error": "No"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"n\": 4, \"s\": \"xyz\"}");
    // THEN
    assertThat(result.path()).containsExactly("C", "Yes");
    assertThat(result.output()).isEqualTo(json("{\"n\": 4, \"s\": \"xyz\"}"));
  }

  // ---------------------------------------------------------------- Map

  @Test
  void should_select_map_items_with_the_context_item_value_and_index() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Assign": {"ItemsVar": ["Item1", "Item2"]}, "Next": "MapIterateState"},
          "MapIterateState": {"Type": "Map", "MaxConcurrency": 1, "Items": "{% $ItemsVar %}",
            "ItemSelector": {"map_item_value": "{% $states.context.Map.Item.Value %}",
                             "index": "{% $states.context.Map.Item.Index %}",
                             "var_sample": "{% $ItemsVar %}", "string_literal": "string literal"},
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Pass", "States": {
              "Pass": {"Type": "Pass", "End": true}}},
            "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        [{"map_item_value": "Item1", "index": 0, "var_sample": ["Item1", "Item2"], "string_literal": "string literal"},
         {"map_item_value": "Item2", "index": 1, "var_sample": ["Item1", "Item2"], "string_literal": "string literal"}]"""));
    assertThat(result.path()).containsExactly("Start", "MapIterateState", "Pass", "Pass");
  }

  @Test
  void should_evaluate_expressions_inside_a_literal_items_array() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Start", "States": {"Start": {"Type": "Map",
          "Items": [1, "{% $number('2') %}", 3], "MaxConcurrency": "{% $states.input.mc %}",
          "ItemProcessor": {"StartAt": "Process", "States": {"Process": {"Type": "Pass", "End": true}}},
          "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"mc\": 1}");
    // THEN
    assertThat(result.output()).isEqualTo(json("[1, 2, 3]"));
    assertThat(result.path()).containsExactly("Start", "Process", "Process", "Process");
  }

  @Test
  void should_fail_when_the_items_expression_is_not_an_array() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "MapIterateState", "States": {"MapIterateState": {
          "Type": "Map", "Items": "{% {'foo': 'bar'} %}",
          "ItemProcessor": {"StartAt": "Pass", "States": {"Pass": {"Type": "Pass", "End": true}}},
          "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'MapIterateState'"
        + " (entered at the event id #2). The JSONata expression '{'foo': 'bar'}' specified for the field"
        + " 'Items' returned an unexpected result type. Expected 'array', but was 'object' for value:"
        + " {\"foo\":\"bar\"}");
    assertThat(result.path()).containsExactly("MapIterateState");
  }

  @Test
  void should_fail_when_the_items_variable_is_not_an_array() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Assign": {"ItemsVar": "{% true %}"}, "Next": "MapIterateState"},
          "MapIterateState": {"Type": "Map", "Items": "{% $ItemsVar %}",
            "ItemProcessor": {"StartAt": "Pass", "States": {"Pass": {"Type": "Pass", "End": true}}},
            "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'MapIterateState'"
        + " (entered at the event id #4). The JSONata expression '$ItemsVar' specified for the field 'Items'"
        + " returned an unexpected result type. Expected 'array', but was 'boolean' for value: true");
  }

  @Test
  void should_fail_when_the_input_of_a_map_without_items_is_not_an_array() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Output": "{% $states.input.items %}", "Next": "MapIterateState"},
          "MapIterateState": {"Type": "Map",
            "ItemProcessor": {"StartAt": "Pass", "States": {"Pass": {"Type": "Pass", "End": true}}},
            "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": {\"foo\": \"bar\"}}");
    // THEN
    assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'MapIterateState'"
        + " (entered at the event id #4). Map state input must be an array but was: {\"foo\":\"bar\"}");
  }

  @Test
  void should_catch_a_query_evaluation_error_of_the_items() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "M", "States": {
          "M": {"Type": "Map", "Items": "{% $states.input.items %}", "Next": "Done",
            "ItemProcessor": {"StartAt": "Pass", "States": {"Pass": {"Type": "Pass", "End": true}}},
            "Catch": [{"ErrorEquals": ["States.QueryEvaluationError"], "Next": "Caught",
                       "Output": {"error": "{% $states.errorOutput.Error %}", "input": "{% $states.input %}"}}]},
          "Caught": {"Type": "Pass", "End": true},
          "Done": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": 7}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).containsExactly("M", "Caught");
    assertThat(result.output())
        .isEqualTo(json("{\"error\": \"States.QueryEvaluationError\", \"input\": {\"items\": 7}}"));
  }

  // ---------------------------------------------------------------- Wait, TimeoutSeconds, Fail

  @Test
  void should_wait_for_the_seconds_of_an_expression_on_the_virtual_clock() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "WaitState", "States": {
          "WaitState": {"Type": "Wait", "Seconds": "{% $states.input.waitSeconds * 2 %}", "Next": "Done"},
          "Done": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"waitSeconds\": 15}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"waitSeconds\": 15}"));
    assertThat(visit(result, "Done").enteredTime()).isEqualTo(at(30));
  }

  @Test
  void should_wait_until_the_timestamp_of_an_expression_on_the_virtual_clock() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "WaitState", "States": {
          "WaitState": {"Type": "Wait", "Timestamp": "{% $states.input.TimestampValue %}", "Next": "Done"},
          "Done": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"TimestampValue\": \"2024-01-01T00:10:00Z\"}");
    // THEN
    assertThat(visit(result, "Done").enteredTime()).isEqualTo(at(600));
    assertThat(result.duration()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void should_fail_when_the_timestamp_expression_is_not_an_iso_timestamp() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "WaitState", "States": {
          "WaitState": {"Type": "Wait", "Timestamp": "{% $states.input.TimestampValue %}", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"TimestampValue\": \"2016-12-05T21:29:29\"}");
    // THEN
    assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'WaitState' (entered at"
        + " the event id #2). The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time"
        + " format string: 2016-12-05T21:29:29");
  }

  @Test
  void should_time_out_a_task_after_the_seconds_of_a_timeout_expression() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s",
          "Arguments": {"FunctionName": "fn"}, "TimeoutSeconds": "{%% $states.input.timeout %%}", "End": true}}}"""
        .formatted(LAMBDA);
    // WHEN
    ExecutionResult result = run(definition, "{\"timeout\": 5}",
        call -> TaskResponse.success(json("{}")).after(Duration.ofSeconds(10)));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Timeout");
    assertThat(types(result)).contains("TaskTimedOut");
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void should_take_the_fail_error_and_cause_from_expressions() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "FailState", "States": {"FailState": {"Type": "Fail",
          "Error": "{% $states.input.error %}", "Cause": "{% 'Because ' & $states.input.why %}"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"error\": \"Exception\", \"why\": \"it failed\"}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Exception");
    assertThat(result.cause()).isEqualTo("Because it failed");
  }

  // ---------------------------------------------------------------- States.QueryEvaluationError

  @Test
  void should_fail_when_an_output_field_is_undefined() {
    // GIVEN
    String definition = pass("\"Output\": {\"result\": \"{% $doesNotExist %}\"},");
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(result.cause()).isEqualTo(STATE0_PREFIX + "The JSONata expression '$doesNotExist' specified"
        + " for the field 'Output/result' returned nothing (undefined).");
  }

  @Test
  void should_fail_when_the_whole_output_is_undefined() {
    // GIVEN
    String definition = pass("\"Output\": \"{% $doesNotExist %}\",");
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.cause()).isEqualTo(STATE0_PREFIX + "The JSONata expression '$doesNotExist' specified"
        + " for the field 'Output' returned nothing (undefined).");
  }

  @Test
  void should_fail_when_an_assigned_value_is_undefined() {
    // GIVEN
    String definition = pass("\"Assign\": {\"result\": \"{% $doesNotExist %}\"},");
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(result.cause()).isEqualTo(STATE0_PREFIX + "The JSONata expression '$doesNotExist' specified"
        + " for the field 'Assign/result' returned nothing (undefined).");
  }

  @Test
  void should_fail_before_calling_the_task_when_an_argument_is_undefined() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "State0", "States": {"State0": {"Type": "Task",
          "Resource": "%s", "Arguments": {"FunctionName": "{%% $doesNotExist %%}"}, "End": true}}}"""
        .formatted(LAMBDA);
    Recorder lambda = Recorder.echoing();
    // WHEN
    ExecutionResult result = run(definition, "{}", lambda);
    // THEN
    assertThat(lambda.calls()).isEmpty();
    assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(result.cause()).isEqualTo(STATE0_PREFIX + "The JSONata expression '$doesNotExist' specified"
        + " for the field 'Arguments/FunctionName' returned nothing (undefined).");
  }

  @Test
  void should_catch_an_undefined_task_argument_with_the_task_catcher() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "State0", "States": {
          "State0": {"Type": "Task", "Resource": "%s", "Arguments": {"FunctionName": "{%% $doesNotExist %%}"},
            "End": true, "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught",
                                    "Output": "{%% $states.errorOutput %%}"}]},
          "Caught": {"Type": "Pass", "End": true}}}""".formatted(LAMBDA);
    Recorder lambda = Recorder.echoing();
    // WHEN
    ExecutionResult result = run(definition, "{}", lambda);
    // THEN
    assertThat(lambda.calls()).isEmpty();
    assertThat(result.path()).containsExactly("State0", "Caught");
    assertThat(result.output()).isEqualTo(json("{\"Error\": \"States.QueryEvaluationError\", \"Cause\": \""
        + STATE0_PREFIX + "The JSONata expression '$doesNotExist' specified for the field"
        + " 'Arguments/FunctionName' returned nothing (undefined).\"}"));
  }

  @Test
  void should_catch_an_undefined_task_output_with_the_task_catcher() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "State0", "States": {
          "State0": {"Type": "Task", "Resource": "%s", "Arguments": {"FunctionName": "fn"},
            "Output": "{%% $states.result.missing %%}", "End": true,
            "Catch": [{"ErrorEquals": ["States.QueryEvaluationError"], "Next": "Caught"}]},
          "Caught": {"Type": "Pass", "End": true}}}""".formatted(LAMBDA);
    // WHEN
    ExecutionResult result = run(definition, "{}", TestRuns.returning("{\"present\": 1}"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).containsExactly("State0", "Caught");
    assertThat(result.output()).isEqualTo(json("{\"Error\": \"States.QueryEvaluationError\", \"Cause\": \""
        + STATE0_PREFIX + "The JSONata expression '$states.result.missing' specified for the field 'Output'"
        + " returned nothing (undefined).\"}"));
  }

  @Test
  void should_fail_a_later_state_with_its_own_event_id() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "State0", "States": {
          "State0": {"Type": "Pass", "Next": "State1"},
          "State1": {"Type": "Pass", "Next": "State2"},
          "State2": {"Type": "Pass", "Output": {"result": "{% $doesNotExist %}"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'State2' (entered at"
        + " the event id #6). The JSONata expression '$doesNotExist' specified for the field 'Output/result'"
        + " returned nothing (undefined).");
    assertThat(result.path()).containsExactly("State0", "State1", "State2");
  }

  // ---------------------------------------------------------------- AWS functions

  @Test
  void should_partition_and_range_with_the_aws_functions() {
    // GIVEN
    String definition = pass("""
        "Output": {"partition": "{% $partition($states.input.list, 2) %}",
                   "range": "{% $range(0, 10, 3) %}", "single": "{% $range(1, 9, 9) %}"},""");
    // WHEN
    ExecutionResult result = run(definition, "{\"list\": [1, 2, 3, 4, 5]}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        {"partition": [[1, 2], [3, 4], [5]], "range": [0, 3, 6, 9], "single": 1}"""));
  }

  @Test
  void should_hash_and_parse_with_the_aws_functions() {
    // GIVEN
    String definition = pass("""
        "Output": {"hash": "{% $hash($states.input.text, 'SHA-256') %}",
                   "parsed": "{% $parse($states.input.doc) %}", "zero": "{% $parse('-0') %}"},""");
    // WHEN
    ExecutionResult result = run(definition,
        "{\"text\": \"Hash this string\", \"doc\": \"{\\\"Arg1\\\": 1, \\\"Arg2\\\": []}\"}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        {"hash": "1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e",
         "parsed": {"Arg1": 1, "Arg2": []}, "zero": 0}"""));
  }

  private static final String RANDOM = pass("""
      "Output": {"random": "{% $random() %}", "uuid": "{% $uuid() %}", "seeded": "{% $random(7) %}"},""");

  @Test
  void should_make_random_numbers_and_uuids_that_repeat_with_the_same_seed() {
    // GIVEN
    ExecutionOptions seed42 = ExecutionOptions.defaults().withSeed(42);
    // WHEN
    ExecutionResult first = run(RANDOM, "{}", seed42);
    ExecutionResult second = run(RANDOM, "{}", seed42);
    ExecutionResult other = run(RANDOM, "{}", ExecutionOptions.defaults().withSeed(43));
    // THEN
    assertThat(first.output()).isEqualTo(second.output());
    assertThat(first.output().get("random").doubleValue()).isBetween(0.0, 1.0).isNotEqualTo(1.0);
    assertThat(first.output().get("uuid").textValue())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(other.output().get("random")).isNotEqualTo(first.output().get("random"));
    assertThat(other.output().get("uuid")).isNotEqualTo(first.output().get("uuid"));
    assertThat(other.output().get("seeded")).isEqualTo(first.output().get("seeded"));
  }

  @Test
  void should_fail_when_an_expression_calls_eval() {
    // GIVEN
    String definition = pass("\"Output\": \"{% $eval('1 + 1') %}\",");
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(result.cause()).startsWith(STATE0_PREFIX
        + "The JSONata expression '$eval('1 + 1')' specified for the field 'Output' threw an error");
  }
}
