package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.at;
import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.visit;
import static io.github.sfntestkit.TestRuns.visits;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.TestRuns.Recorder;
import io.github.sfntestkit.mock.TaskCall;
import io.github.sfntestkit.mock.TaskResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Workflow variables in JSONPath state machines: Assign and {@code $name} references. Expected values
 * follow the AWS-recorded executions of the conformance corpus (category "variables").
 */
class VariablesTest {

  // ---------------------------------------------------------------- Assign

  @Test
  void should_assign_literals_as_written_without_changing_the_output() {
    // GIVEN: strings that look like paths, intrinsics or JSONata are plain literals without ".$"
    String definition = """
        {"StartAt": "State0", "States": {
          "State0": {"Type": "Pass", "End": true, "Assign": {
            "constant_null": null, "constant_int": 0, "constant_float": 0.1, "constant_bool": true,
            "constant_str_path": "$.no.such.path", "constant_str_contextpath": "$$.Execution.Id",
            "constant_str_var": "$noSuchVar", "constant_str_intrinsic": "States.Format('{}', $x)",
            "constant_str_jsonata": "{% $x %}",
            "constant_lst": [null, 0, "$varname", {"constant": 0}],
            "constant_obj": {"in_obj": "$.no.such.path", "empty": {}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"input_value\": \"input_value_literal\"}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("{\"input_value\": \"input_value_literal\"}"));
    // (compared as text: the interpreter keeps 0.1 as a decimal, the test parser as a double)
    assertThat(visit(result, "State0").assigned().toString()).isEqualTo(json("""
        {"constant_null": null, "constant_int": 0, "constant_float": 0.1, "constant_bool": true,
         "constant_str_path": "$.no.such.path", "constant_str_contextpath": "$$.Execution.Id",
         "constant_str_var": "$noSuchVar", "constant_str_intrinsic": "States.Format('{}', $x)",
         "constant_str_jsonata": "{% $x %}",
         "constant_lst": [null, 0, "$varname", {"constant": 0}],
         "constant_obj": {"in_obj": "$.no.such.path", "empty": {}}}""").toString());
  }

  @Test
  void should_assign_values_of_paths_context_paths_and_intrinsics() {
    // GIVEN
    String definition = """
        {"StartAt": "State0", "States": {
          "State0": {"Type": "Pass", "End": true, "Assign": {
            "str_path_root.$": "$", "str_path.$": "$.input_value",
            "state_name.$": "$$.State.Name",
            "str_intrinsic_func.$": "States.Format('Format Func {}', $.input_value)",
            "nested": {"length.$": "States.ArrayLength($.list)"}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"input_value\": \"v\", \"list\": [1, 2]}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"input_value\": \"v\", \"list\": [1, 2]}"));
    assertThat(visit(result, "State0").assigned()).isEqualTo(json("""
        {"str_path_root": {"input_value": "v", "list": [1, 2]}, "str_path": "v",
         "state_name": "State0", "str_intrinsic_func": "Format Func v", "nested": {"length": 2}}"""));
  }

  @Test
  void should_record_no_assignment_for_a_state_without_assign() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Next": "E"},
          "E": {"Type": "Pass", "Assign": {}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(visit(result, "P").assigned()).isNull();
    assertThat(result.output()).isEqualTo(json("{}"));
  }

  @Test
  void should_assign_in_a_wait_state() {
    // GIVEN
    String definition = """
        {"StartAt": "WaitState", "States": {
          "WaitState": {"Type": "Wait", "Seconds": 0, "Assign": {"foo": "oof"}, "Next": "Read"},
          "Read": {"Type": "Pass", "Parameters": {"foo.$": "$foo"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(visit(result, "WaitState").assigned()).isEqualTo(json("{\"foo\": \"oof\"}"));
    assertThat(result.output()).isEqualTo(json("{\"foo\": \"oof\"}"));
  }

  // ---------------------------------------------------------------- references

  @Test
  void should_read_variables_in_parameters_but_not_in_literal_fields() {
    // GIVEN (AWS: the Parameters of the assigning state do not yet see the new value)
    String definition = """
        {"StartAt": "State0", "States": {
          "State0": {"Type": "Pass", "Parameters": {"result": "$result"}, "Assign": {"result": "foobar"},
                     "Next": "State1"},
          "State1": {"Type": "Pass", "ResultPath": "$.result", "Parameters": {"result.$": "$result"},
                     "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"result\": {\"result\": \"foobar\"}}"));
  }

  @Test
  void should_read_parts_of_variables_and_pass_them_to_intrinsics() {
    // GIVEN
    String definition = """
        {"StartAt": "Set", "States": {
          "Set": {"Type": "Pass", "Next": "Use", "Assign": {
            "value1": 5, "value2": 3, "obj": {"list": ["a", "b", "c"], "inner": {"name": "John"}},
            "template": "Hello {}!"}},
          "Use": {"Type": "Pass", "End": true, "Parameters": {
            "sum.$": "States.MathAdd($value1, $value2)",
            "second.$": "$obj.list[1]",
            "greeting.$": "States.Format($template, $obj.inner.name)",
            "whole.$": "$obj.inner"}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        {"sum": 8, "second": "b", "greeting": "Hello John!", "whole": {"name": "John"}}"""));
  }

  @Test
  void should_use_a_variable_as_input_path() {
    // GIVEN
    String definition = """
        {"StartAt": "State0", "States": {
          "State0": {"Type": "Pass", "Assign": {"theAnswer": 42}, "Next": "State1"},
          "State1": {"Type": "Pass", "InputPath": "$theAnswer", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("42"));
    assertThat(visit(result, "State1").afterInputPath()).isEqualTo(json("42"));
  }

  @Test
  void should_use_a_variable_as_output_path() {
    // GIVEN
    String definition = """
        {"StartAt": "State0", "States": {
          "State0": {"Type": "Pass", "Result": {"answer": 42}, "Assign": {"theAnswer.$": "$.answer"},
                     "Next": "State1"},
          "State1": {"Type": "Pass", "OutputPath": "$theAnswer", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(visit(result, "State0").assigned()).isEqualTo(json("{\"theAnswer\": 42}"));
    assertThat(result.output()).isEqualTo(json("42"));
  }

  @Test
  void should_use_variables_as_items_path_and_in_the_item_selector() {
    // GIVEN
    String definition = """
        {"StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Result": {"AnswerTemplate": "It's {}!"}, "Next": "MapIterateState",
                    "Assign": {"Question": "Who's that Pokemon?",
                               "PokemonList": ["Charizard", "Pikachu", "Squirtle"]}},
          "MapIterateState": {"Type": "Map", "MaxConcurrency": 1, "ItemsPath": "$PokemonList",
            "ItemSelector": {"AnnouncePokemon.$": "States.Format($.AnswerTemplate, $$.Map.Item.Value)"},
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Pass", "States": {
              "Pass": {"Type": "Pass", "End": true,
                       "Parameters": {"Question.$": "$Question", "Answer.$": "$.AnnouncePokemon"}}}},
            "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        [{"Answer": "It's Charizard!", "Question": "Who's that Pokemon?"},
         {"Answer": "It's Pikachu!", "Question": "Who's that Pokemon?"},
         {"Answer": "It's Squirtle!", "Question": "Who's that Pokemon?"}]"""));
    assertThat(result.path()).containsExactly("Start", "MapIterateState", "Pass", "Pass", "Pass");
  }

  @Test
  void should_use_a_variable_as_max_concurrency_path() {
    // GIVEN (recorded on AWS with the string "1")
    String definition = """
        {"StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Assign": {"maxConcurrency": "1"}, "Result": {"Values": [1, 2, 3]},
                    "Next": "MapState"},
          "MapState": {"Type": "Map", "ItemsPath": "$.Values", "MaxConcurrencyPath": "$maxConcurrency",
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "HandleItem", "States": {
              "HandleItem": {"Type": "Wait", "Seconds": 2, "End": true}}},
            "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("[1, 2, 3]"));
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(6));
  }

  @Test
  void should_compare_a_variable_with_another_variable_in_a_choice() {
    // GIVEN
    String definition = """
        {"StartAt": "Setup", "States": {
          "Setup": {"Type": "Pass", "Assign": {"guess": "the_guess", "answer": "the_answer"},
                    "Next": "CheckAnswer"},
          "CheckAnswer": {"Type": "Choice", "Default": "WrongAnswer", "Choices": [
            {"Variable": "$guess", "StringEqualsPath": "$answer", "Next": "CorrectAnswer"}]},
          "CorrectAnswer": {"Type": "Pass", "Result": {"state": "CORRECT"}, "End": true},
          "WrongAnswer": {"Type": "Pass", "Assign": {"guess.$": "$answer"}, "Result": {"state": "WRONG"},
                          "Next": "CheckAnswer"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"state\": \"CORRECT\"}"));
    assertThat(result.path())
        .containsExactly("Setup", "CheckAnswer", "WrongAnswer", "CheckAnswer", "CorrectAnswer");
  }

  @Test
  void should_test_variables_with_type_and_presence_operators() {
    // GIVEN
    String definition = """
        {"StartAt": "Setup", "States": {
          "Setup": {"Type": "Pass", "Assign": {"limit": 10, "obj": {"n": 12}}, "Next": "Check"},
          "Check": {"Type": "Choice", "Default": "No", "Choices": [
            {"And": [{"Variable": "$obj.n", "IsNumeric": true},
                     {"Variable": "$obj.n", "NumericGreaterThanPath": "$limit"},
                     {"Variable": "$.n", "NumericLessThanPath": "$obj.n"}],
             "Next": "Yes"}]},
          "Yes": {"Type": "Succeed"},
          "No": {"Type": "Fail", "Error": "No"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"n\": 11}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).containsExactly("Setup", "Check", "Yes");
  }

  @Test
  void should_take_the_error_and_cause_of_a_fail_state_from_variables() {
    // GIVEN
    String definition = """
        {"StartAt": "Pass", "States": {
          "Pass": {"Type": "Pass", "Assign": {"errorVar": "Exception",
                   "causeVar": "An Exception was encountered"}, "Next": "Fail"},
          "Fail": {"Type": "Fail", "CausePath": "$causeVar", "ErrorPath": "$errorVar"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Exception");
    assertThat(result.cause()).isEqualTo("An Exception was encountered");
  }

  @Test
  void should_wait_for_the_seconds_and_until_the_timestamp_held_in_variables() {
    // GIVEN
    String definition = """
        {"StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Assign": {"waitTime": 30, "until": "2024-01-01T01:00:00Z"},
                    "Next": "WaitSecondsState"},
          "WaitSecondsState": {"Type": "Wait", "SecondsPath": "$waitTime", "Next": "WaitUntilState"},
          "WaitUntilState": {"Type": "Wait", "TimestampPath": "$until", "Next": "Done"},
          "Done": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{}"));
    assertThat(visit(result, "WaitUntilState").enteredTime()).isEqualTo(at(30));
    assertThat(visit(result, "Done").enteredTime()).isEqualTo(at(3600));
  }

  @Test
  void should_pass_variables_to_a_task_and_assign_from_its_result() {
    // GIVEN
    String definition = """
        {"StartAt": "Pass", "States": {
          "Pass": {"Type": "Pass", "Next": "Task", "Assign": {"functionName.$": "$.FunctionName",
                   "inputData": {"foo": "oof", "bar": "rab"}, "timeout": 300}},
          "Task": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "TimeoutSecondsPath": "$timeout",
                   "Parameters": {"Payload.$": "$inputData", "FunctionName.$": "$functionName"},
                   "Assign": {"result.$": "$.Payload"}, "OutputPath": "$.Payload", "Next": "End"},
          "End": {"Type": "Pass", "Assign": {"previousResult.$": "$result", "timeout": 150},
                  "End": true}}}""";
    Recorder lambda = Recorder.answering("{\"ExecutedVersion\": \"$LATEST\", \"Payload\": \"HelloWorld!\"}");
    // WHEN
    ExecutionResult result = run(definition, "{\"FunctionName\": \"fn\"}", lambda);
    // THEN
    assertThat(lambda.only().input())
        .isEqualTo(json("{\"Payload\": {\"foo\": \"oof\", \"bar\": \"rab\"}, \"FunctionName\": \"fn\"}"));
    assertThat(result.output()).isEqualTo(json("\"HelloWorld!\""));
    assertThat(visit(result, "Task").assigned()).isEqualTo(json("{\"result\": \"HelloWorld!\"}"));
    assertThat(visit(result, "End").assigned())
        .isEqualTo(json("{\"previousResult\": \"HelloWorld!\", \"timeout\": 150}"));
  }

  // ---------------------------------------------------------------- evaluation order

  @Test
  void should_assign_from_the_state_input_when_a_pass_state_has_no_result() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": "$.inner",
          "Assign": {"seen.$": "$.value"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"inner\": {\"value\": 7}}");
    // THEN
    assertThat(visit(result, "P").assigned()).isEqualTo(json("{\"seen\": 7}"));
  }

  @Test
  void should_assign_from_the_parameters_of_a_pass_state() {
    // GIVEN
    String definition = """
        {"StartAt": "State0", "States": {
          "State0": {"Type": "Pass", "Parameters": {"input": "PENDING"}, "Assign": {"result.$": "$.input"},
                     "Next": "State1"},
          "State1": {"Type": "Pass", "Assign": {"result": "SUCCESS", "originalResult.$": "$.input"},
                     "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(visit(result, "State0").assigned()).isEqualTo(json("{\"result\": \"PENDING\"}"));
    assertThat(visit(result, "State1").assigned())
        .isEqualTo(json("{\"result\": \"SUCCESS\", \"originalResult\": \"PENDING\"}"));
    assertThat(result.output()).isEqualTo(json("{\"input\": \"PENDING\"}"));
  }

  @Test
  void should_assign_from_the_task_result_after_result_selector_and_before_result_path() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "ResultSelector": {"v.$": "$.Payload.value"}, "ResultPath": "$.r",
          "Assign": {"fromResult.$": "$.v", "whole.$": "$"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"in\": 1}",
        Recorder.answering("{\"Payload\": {\"value\": \"x\"}}"));
    // THEN
    assertThat(visit(result, "T").assigned())
        .isEqualTo(json("{\"fromResult\": \"x\", \"whole\": {\"v\": \"x\"}}"));
    assertThat(result.output()).isEqualTo(json("{\"in\": 1, \"r\": {\"v\": \"x\"}}"));
  }

  @Test
  void should_compute_all_assignments_from_the_values_at_state_entry() {
    // GIVEN: x is 5 when State1 starts; x: 42 and y: $x are evaluated together
    String definition = """
        {"StartAt": "State0", "States": {
          "State0": {"Type": "Pass", "Assign": {"x": 5}, "Next": "State1"},
          "State1": {"Type": "Pass", "Assign": {"x": 42, "y.$": "$x"}, "Next": "State2"},
          "State2": {"Type": "Pass", "Parameters": {"x.$": "$x", "y.$": "$y"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(visit(result, "State1").assigned()).isEqualTo(json("{\"x\": 42, \"y\": 5}"));
    assertThat(result.output()).isEqualTo(json("{\"x\": 42, \"y\": 5}"));
  }

  @Test
  void should_let_input_path_and_output_path_of_the_assigning_state_see_the_old_value() {
    // GIVEN
    String definition = """
        {"StartAt": "State0", "States": {
          "State0": {"Type": "Pass", "Result": {"theQuestion": "What is the answer?"},
                     "Assign": {"question.$": "$.theQuestion", "answer": 42}, "Next": "State1"},
          "State1": {"Type": "Pass", "InputPath": "$answer", "ResultPath": "$.theAnswer",
                     "OutputPath": "$answer", "Assign": {"answer": "<omitted>"}, "Next": "State2"},
          "State2": {"Type": "Pass", "Parameters": {"now.$": "$answer"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    StateVisit state1 = visit(result, "State1");
    assertThat(state1.afterInputPath()).isEqualTo(json("42"));
    assertThat(state1.output()).isEqualTo(json("42"));
    assertThat(state1.assigned()).isEqualTo(json("{\"answer\": \"<omitted>\"}"));
    assertThat(result.output()).isEqualTo(json("{\"now\": \"<omitted>\"}"));
  }

  @Test
  void should_keep_the_last_value_when_a_state_is_visited_again() {
    // GIVEN
    String definition = """
        {"StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"count": 0}, "Next": "Inc"},
          "Inc": {"Type": "Pass", "Assign": {"count.$": "States.MathAdd($count, 1)"}, "Next": "Check"},
          "Check": {"Type": "Choice", "Default": "Inc",
                    "Choices": [{"Variable": "$count", "NumericEquals": 3, "Next": "Done"}]},
          "Done": {"Type": "Pass", "Parameters": {"count.$": "$count"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(visits(result, "Inc")).extracting(StateVisit::assigned)
        .containsExactly(json("{\"count\": 1}"), json("{\"count\": 2}"), json("{\"count\": 3}"));
    assertThat(result.output()).isEqualTo(json("{\"count\": 3}"));
  }

  // ---------------------------------------------------------------- Choice and Catch

  private static final String GUESS = """
      {"StartAt": "CheckInputState", "States": {
        "CheckInputState": {"Type": "Choice", "Default": "FinalState",
          "Choices": [
            {"Variable": "$.input_value", "IsPresent": false, "Assign": {"status": "UNKNOWN"},
             "Next": "FinalState"},
            {"Variable": "$.input_value", "NumericEquals": 42, "Assign": {"status": "CORRECT"},
             "Next": "FinalState"}],
          "Assign": {"status": "INCORRECT", "guess.$": "$.input_value"}},
        "FinalState": {"Type": "Pass", "Parameters": {"result.$": "$status"}, "End": true}}}""";

  @Test
  void should_use_the_assign_of_the_matching_choice_rule_instead_of_the_state_assign() {
    // GIVEN
    String definition = GUESS;
    // WHEN
    ExecutionResult result = run(definition, "{\"input_value\": 42}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"result\": \"CORRECT\"}"));
    assertThat(visit(result, "CheckInputState").assigned()).isEqualTo(json("{\"status\": \"CORRECT\"}"));
  }

  @Test
  void should_use_the_state_assign_when_the_choice_takes_the_default() {
    // GIVEN: "42" is a string, so NumericEquals does not match
    String definition = GUESS;
    // WHEN
    ExecutionResult result = run(definition, "{\"input_value\": \"42\"}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"result\": \"INCORRECT\"}"));
    assertThat(visit(result, "CheckInputState").assigned())
        .isEqualTo(json("{\"status\": \"INCORRECT\", \"guess\": \"42\"}"));
  }

  @Test
  void should_use_the_catcher_assign_instead_of_the_state_assign_on_error() {
    // GIVEN
    String definition = """
        {"StartAt": "Task", "States": {
          "Task": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Assign": {"result": "SUCCESS"}, "Next": "Done",
                   "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error",
                              "Assign": {"result": "FAILED", "errorName.$": "$.Error",
                                         "fromContext.$": "$$.State.Name"},
                              "Next": "Fallback"}]},
          "Done": {"Type": "Succeed"},
          "Fallback": {"Type": "Pass", "Parameters": {"result.$": "$result", "errorName.$": "$errorName"},
                       "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}", TestRuns.failing("Lambda.Boom", "it broke"));
    // THEN
    assertThat(result.path()).containsExactly("Task", "Fallback");
    assertThat(visit(result, "Task").assigned())
        .isEqualTo(json("{\"result\": \"FAILED\", \"errorName\": \"Lambda.Boom\", \"fromContext\": \"Task\"}"));
    assertThat(result.output()).isEqualTo(json("{\"result\": \"FAILED\", \"errorName\": \"Lambda.Boom\"}"));
  }

  @Test
  void should_assign_nothing_when_a_catcher_without_assign_handles_the_error() {
    // GIVEN
    String definition = """
        {"StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"result": "INITIAL"}, "Next": "Task"},
          "Task": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Assign": {"result": "SUCCESS"}, "End": true,
                   "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Fallback"}]},
          "Fallback": {"Type": "Pass", "Parameters": {"result.$": "$result"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}", TestRuns.failing("Lambda.Boom", "it broke"));
    // THEN
    assertThat(visit(result, "Task").assigned()).isNull();
    assertThat(result.output()).isEqualTo(json("{\"result\": \"INITIAL\"}"));
  }

  @Test
  void should_not_assign_when_a_retried_task_finally_fails_into_a_catcher_with_assign() {
    // GIVEN
    String definition = """
        {"StartAt": "Task", "States": {
          "Task": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Assign": {"attempts": "state"}, "End": true,
                   "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2, "IntervalSeconds": 1}],
                   "Catch": [{"ErrorEquals": ["States.ALL"], "Assign": {"caught.$": "$.Cause"},
                              "Next": "Fallback"}]},
          "Fallback": {"Type": "Pass", "Parameters": {"caught.$": "$caught"}, "End": true}}}""";
    Recorder lambda = new Recorder(call -> TaskResponse.failure("Flaky", "attempt " + call.attempt()));
    // WHEN
    ExecutionResult result = run(definition, "{}", lambda);
    // THEN
    assertThat(lambda.calls()).extracting(TaskCall::attempt).containsExactly(0, 1, 2);
    assertThat(visit(result, "Task").retries()).isEqualTo(2);
    assertThat(visit(result, "Task").assigned()).isEqualTo(json("{\"caught\": \"attempt 2\"}"));
    assertThat(result.output()).isEqualTo(json("{\"caught\": \"attempt 2\"}"));
  }
}
