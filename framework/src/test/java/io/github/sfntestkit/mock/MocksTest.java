package io.github.sfntestkit.mock;

import static io.github.sfntestkit.mock.MockRuns.LAMBDA_INVOKE;
import static io.github.sfntestkit.mock.MockRuns.T0;
import static io.github.sfntestkit.mock.MockRuns.answeredBy;
import static io.github.sfntestkit.mock.MockRuns.json;
import static io.github.sfntestkit.mock.MockRuns.run;
import static io.github.sfntestkit.mock.MockRuns.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which mock answers a call: state > predicate > Lambda function > resource; last registered wins. */
class MocksTest {
  private static final String REVIEW = "arn:aws:states:us-east-1:123456789012:activity:review";

  /** Task "Charge" invoking a Lambda function through the optimized integration. */
  private static String invoke(String functionName) {
    return """
        {"StartAt": "Charge", "States": {
          "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"FunctionName": "%s", "Payload.$": "$"}, "End": true}}}"""
        .formatted(functionName);
  }

  // ---- priority between kinds

  @Test
  void should_prefer_a_state_mock_over_predicate_function_and_resource_mocks_registered_after_it() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").returns("\"state\"");
    mocks.when("any call", call -> true).returns("\"predicate\"");
    mocks.lambda("charge").returns("\"function\"");
    mocks.resource(LAMBDA_INVOKE).returns("\"resource\"");
    // WHEN
    ExecutionResult result = run(invoke("charge"), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("\"state\""));
    assertThat(mocks.calls().get(0).answeredBy()).isEqualTo("mocks.task(\"Charge\")");
  }

  @Test
  void should_prefer_a_predicate_mock_over_function_and_resource_mocks() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.when("any call", call -> true).returns("\"predicate\"");
    mocks.lambda("charge").returns("\"function\"");
    mocks.resource(LAMBDA_INVOKE).returns("\"resource\"");
    // WHEN
    ExecutionResult result = run(invoke("charge"), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("\"predicate\""));
    assertThat(mocks.calls().get(0).answeredBy()).isEqualTo("mocks.when(any call)");
  }

  @Test
  void should_prefer_a_function_mock_over_a_resource_mock() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.lambda("charge").returns("\"function\"");
    mocks.resource(LAMBDA_INVOKE).returns("\"resource\"");
    // WHEN
    ExecutionResult result = run(invoke("charge"), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("\"function\""));
    assertThat(mocks.calls().get(0).answeredBy()).isEqualTo("mocks.lambda(\"charge\")");
  }

  @Test
  void should_use_a_resource_mock_when_nothing_more_specific_matches() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Other").returns("\"state\"");
    mocks.when("never", call -> false).returns("\"predicate\"");
    mocks.lambda("refund").returns("\"function\"");
    mocks.resource(LAMBDA_INVOKE).returns("\"resource\"");
    // WHEN
    ExecutionResult result = run(invoke("charge"), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("\"resource\""));
  }

  // ---- within a kind

  @Test
  void should_use_the_mock_registered_last_among_mocks_of_the_same_kind() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").returns("\"first\"");
    mocks.task("Charge").returns("\"second\"");
    // WHEN
    ExecutionResult result = run(invoke("charge"), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("\"second\""));
  }

  @Test
  void should_let_a_later_prefix_resource_mock_win_over_an_earlier_exact_one() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.resource(LAMBDA_INVOKE).returns("\"exact\"");
    mocks.resource("arn:aws:states:::lambda:*").returns("\"prefix\"");
    // WHEN
    ExecutionResult result = run(invoke("charge"), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("\"prefix\""));
  }

  @Test
  void should_skip_a_mock_that_has_no_answer_yet() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.resource(LAMBDA_INVOKE).returns("\"resource\"");
    mocks.task("Charge");
    // WHEN
    ExecutionResult result = run(invoke("charge"), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("\"resource\""));
  }

  // ---- resources

  @Test
  void should_match_every_resource_starting_with_a_prefix_ending_in_a_star() {
    // GIVEN
    String definition = """
        {"StartAt": "Put", "States": {
          "Put": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:putObject", "Next": "Get"},
          "Get": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:getObject", "Next": "Send"},
          "Send": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sqs:sendMessage", "End": true}}}""";
    Mocks mocks = Mocks.create();
    mocks.resource("arn:aws:states:::aws-sdk:s3:*").returns("{}");
    mocks.resource("arn:aws:states:::aws-sdk:sqs:sendMessage").returns("{}");
    // WHEN
    ExecutionResult result = run(definition, "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(answeredBy(mocks.calls())).containsExactly(
        "mocks.resource(\"arn:aws:states:::aws-sdk:s3:*\")",
        "mocks.resource(\"arn:aws:states:::aws-sdk:s3:*\")",
        "mocks.resource(\"arn:aws:states:::aws-sdk:sqs:sendMessage\")");
  }

  @Test
  void should_match_an_activity_by_its_arn() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.activity(REVIEW).returns("{\"approved\": true}");
    // WHEN
    ExecutionResult result = run(task(REVIEW, ""), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"approved\": true}"));
  }

  // ---- Lambda functions

  @ParameterizedTest
  @ValueSource(strings = {
    "arn:aws:lambda:us-east-1:123456789012:function:charge",
    "arn:aws:lambda:us-east-1:123456789012:function:charge:prod",
    "arn:aws:lambda:us-east-1:123456789012:function:charge:7"
  })
  void should_match_a_lambda_function_called_by_its_legacy_function_arn(String resource) {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.lambda("charge").returns("{\"charged\": true}");
    // WHEN
    ExecutionResult result = run(task(resource, ""), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"charged\": true}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "charge",
    "arn:aws:lambda:us-east-1:123456789012:function:charge",
    "arn:aws:lambda:us-east-1:123456789012:function:charge:prod",
    "arn:aws:lambda:us-east-1:123456789012:function:charge:$LATEST",
    "123456789012:function:charge"
  })
  void should_match_a_lambda_function_by_the_function_name_of_lambda_invoke(String functionName) {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.lambda("charge").returnsPayload("{\"charged\": true}");
    mocks.lambda("refund").returnsPayload("{\"refunded\": true}");
    // WHEN
    ExecutionResult result = run(invoke(functionName), "{}", mocks);
    // THEN
    assertThat(result.output().get("Payload")).isEqualTo(json("{\"charged\": true}"));
  }

  @Test
  void should_match_a_lambda_function_by_a_function_name_with_an_alias() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.lambda("charge").returnsPayload("{\"charged\": true}");
    mocks.resource(LAMBDA_INVOKE).returnsPayload("{\"wrong\": true}");
    // WHEN
    ExecutionResult result = run(invoke("charge:prod"), "{}", mocks);
    // THEN
    assertThat(result.output().get("Payload")).isEqualTo(json("{\"charged\": true}"));
  }

  @Test
  void should_not_take_a_service_integration_for_a_lambda_function() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.lambda("charge").returns("\"function\"");
    mocks.resource("arn:aws:states:::sns:publish").returns("\"resource\"");
    String definition = task("arn:aws:states:::sns:publish",
        "\"Parameters\": {\"FunctionName\": \"charge\", \"Message\": \"hi\"},");
    // WHEN
    ExecutionResult result = run(definition, "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("\"resource\""));
  }

  // ---- predicates

  @Test
  void should_answer_with_a_predicate_mock_only_the_calls_whose_input_matches() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.resource(LAMBDA_INVOKE).returnsPayload("{\"tier\": \"standard\"}");
    mocks.when("amount over 100", call -> call.input().at("/Payload/amount").asInt() > 100)
        .returnsPayload("{\"tier\": \"review\"}");
    String machine = invoke("charge").replace("\"End\": true",
        "\"ResultSelector\": {\"tier.$\": \"$.Payload.tier\"}, \"End\": true");
    // WHEN
    ExecutionResult big = run(machine, "{\"amount\": 500}", mocks);
    ExecutionResult small = run(machine, "{\"amount\": 5}", mocks);
    // THEN
    assertThat(big.output()).isEqualTo(json("{\"tier\": \"review\"}"));
    assertThat(small.output()).isEqualTo(json("{\"tier\": \"standard\"}"));
    assertThat(answeredBy(mocks.calls())).containsExactly(
        "mocks.when(amount over 100)", "mocks.resource(\"arn:aws:states:::lambda:invoke\")");
  }

  // ---- fallback, recorded calls, reset

  @Test
  void should_send_calls_no_mock_answers_to_the_fallback_integration() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Other").returns("\"mock\"");
    mocks.fallbackTo(call -> TaskResponse.success(json("\"fallback\"")));
    // WHEN
    ExecutionResult result = run(invoke("charge"), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("\"fallback\""));
    assertThat(answeredBy(mocks.calls())).containsExactly("fallback");
  }

  @Test
  void should_start_the_sequences_of_the_fallback_over_in_each_execution() {
    // GIVEN
    Mocks fallback = Mocks.create();
    fallback.task("Charge").returns("\"first\"").thenReturns("\"second\"");
    Mocks mocks = Mocks.create();
    mocks.fallbackTo(fallback);
    // WHEN
    ExecutionResult first = run(invoke("charge"), "{}", mocks);
    ExecutionResult second = run(invoke("charge"), "{}", mocks);
    // THEN
    assertThat(first.output()).isEqualTo(json("\"first\""));
    assertThat(second.output()).isEqualTo(json("\"first\""));
  }

  @Test
  void should_list_the_calls_of_one_state_in_the_order_made() {
    // GIVEN
    String definition = """
        {"StartAt": "A", "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Next": "B"},
          "B": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Next": "A2"},
          "A2": {"Type": "Pass", "Next": "A3"},
          "A3": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true}}}""";
    Mocks mocks = Mocks.create();
    mocks.resource("arn:aws:states:::sns:publish").returns("{}");
    // WHEN
    run(definition, "{}", mocks);
    // THEN
    assertThat(mocks.calls()).extracting(RecordedCall::stateName).containsExactly("A", "B", "A3");
    assertThat(mocks.calls("B")).extracting(RecordedCall::stateName).containsExactly("B");
    assertThat(mocks.calls("Nope")).isEmpty();
  }

  @Test
  void should_forget_recorded_calls_and_sequence_positions_on_reset() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").returns("1").thenReturns("2");
    TaskCall call = new TaskCall("T", LAMBDA_INVOKE, json("{}"), 0, 0, T0, null);
    mocks.call(call);
    // WHEN
    mocks.reset();
    TaskResponse afterReset = mocks.call(call);
    // THEN
    assertThat(afterReset.result()).isEqualTo(json("1"));
    assertThat(mocks.calls()).hasSize(1);
  }

  @Test
  void should_give_a_copy_of_the_recorded_calls() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").returns("1");
    var before = mocks.calls();
    // WHEN
    mocks.call(new TaskCall("T", LAMBDA_INVOKE, json("{}"), 0, 0, T0, null));
    // THEN
    assertThat(before).isEmpty();
    assertThat(mocks.calls()).hasSize(1);
  }
}
