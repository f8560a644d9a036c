package io.github.sfntestkit.mock;

import static io.github.sfntestkit.mock.MockRuns.run;
import static io.github.sfntestkit.mock.MockRuns.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.mock.ResponseShapeCheck.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mocked results checked against the AWS SDK v2 models on the test classpath (the lambda, dynamodb
 * and sfn modules; not glue). Each test runs a one-Task machine "T" unless it says otherwise.
 */
class ResponseShapeCheckTest {
  private static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
  private static final String GET_ITEM = "arn:aws:states:::dynamodb:getItem";
  private static final String SDK_INVOKE = "arn:aws:states:::aws-sdk:lambda:invoke";
  private static final String SDK_QUERY = "arn:aws:states:::aws-sdk:dynamodb:query";
  private static final String GLUE_SYNC = "arn:aws:states:::glue:startJobRun.sync";
  private static final String INVOKE_MEMBERS =
      "StatusCode, FunctionError, LogResult, Payload, ExecutedVersion, DurableExecutionArn";

  private static ExecutionResult runT(String resource, Mocks mocks) {
    return run(task(resource, ""), "{}", mocks);
  }

  private static Mocks mocks(Mode mode) {
    return Mocks.create().checkResponsesAgainstSdk(mode);
  }

  @Test
  void should_pass_a_correct_lambda_invoke_mock() {
    // GIVEN
    Mocks mocks = mocks(Mode.STRICT);
    mocks.task("T").returnsPayload("{\"total\": 3}")
        .thenReturns("""
            {"ExecutedVersion": "7", "FunctionError": null, "LogResult": "U1RBUlQ=",
             "Payload": [1, "two", {"three": 3}], "StatusCode": 200,
             "SdkHttpMetadata": {"HttpStatusCode": 200}, "SdkResponseMetadata": {"RequestId": "r"}}""");
    // WHEN
    ExecutionResult first = runT(LAMBDA_INVOKE, mocks);
    ExecutionResult second = runT(LAMBDA_INVOKE, mocks);
    // THEN
    assertThat(first.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(second.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(mocks.responseShapeWarnings()).isEmpty();
  }

  @Test
  void should_report_an_unknown_field_with_the_closest_member_name() {
    // GIVEN
    Mocks mocks = mocks(Mode.LENIENT);
    mocks.task("T").returns("{\"StatusCod\": 200, \"payload\": {}, \"Version\": \"1\"}");
    // WHEN
    ExecutionResult result = runT(LAMBDA_INVOKE, mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(mocks.responseShapeWarnings()).containsExactly(
        "Task state \"T\" (arn:aws:states:::lambda:invoke) at /StatusCod: found unknown field \"StatusCod\","
            + " expected a member of InvokeResponse (did you mean \"StatusCode\"?)",
        "Task state \"T\" (arn:aws:states:::lambda:invoke) at /payload: found unknown field \"payload\","
            + " expected a member of InvokeResponse (did you mean \"Payload\"?)",
        "Task state \"T\" (arn:aws:states:::lambda:invoke) at /Version: found unknown field \"Version\","
            + " expected a member of InvokeResponse: " + INVOKE_MEMBERS);
  }

  @Test
  void should_report_a_wrong_type() {
    // GIVEN
    Mocks mocks = mocks(Mode.LENIENT);
    mocks.task("T").returns("{\"StatusCode\": \"200\", \"ExecutedVersion\": 1, \"Payload\": \"ok\"}");
    // WHEN
    runT(LAMBDA_INVOKE, mocks);
    // THEN
    assertThat(mocks.responseShapeWarnings()).containsExactly(
        "Task state \"T\" (arn:aws:states:::lambda:invoke) at /StatusCode: found a string (\"200\"),"
            + " expected an integer for InvokeResponse.StatusCode",
        "Task state \"T\" (arn:aws:states:::lambda:invoke) at /ExecutedVersion: found a number (1),"
            + " expected a string for InvokeResponse.ExecutedVersion");
  }

  @Test
  void should_fail_a_strict_run_listing_each_problem() {
    // GIVEN
    Mocks mocks = mocks(Mode.STRICT);
    mocks.task("T").returns("{\"StatusCod\": 200, \"StatusCode\": \"200\", \"Payload\": {}}");
    // WHEN / THEN
    assertThatThrownBy(() -> runT(LAMBDA_INVOKE, mocks))
        .isExactlyInstanceOf(SfnTestKitException.class)
        .hasMessage("""
            Mocked response of Task state "T" (resource arn:aws:states:::lambda:invoke, call #1) does not\
             match the AWS SDK model software.amazon.awssdk.services.lambda.model.InvokeResponse:
              at /StatusCod: found unknown field "StatusCod", expected a member of InvokeResponse\
             (did you mean "StatusCode"?)
              at /StatusCode: found a string ("200"), expected an integer for InvokeResponse.StatusCode
            Fix the mock, or collect these as warnings with\
             mocks.checkResponsesAgainstSdk(ResponseShapeCheck.Mode.LENIENT).""");
    assertThat(mocks.calls("T")).hasSize(1);
  }

  @Test
  void should_report_a_result_that_is_not_an_object() {
    // GIVEN
    Mocks mocks = mocks(Mode.LENIENT);
    mocks.task("T").returns("\"done\"");
    // WHEN
    runT(LAMBDA_INVOKE, mocks);
    // THEN
    assertThat(mocks.responseShapeWarnings()).containsExactly(
        "Task state \"T\" (arn:aws:states:::lambda:invoke) at (root): found a string (\"done\"),"
            + " expected an object (InvokeResponse)");
  }

  @Test
  void should_check_nested_structures_maps_and_lists_of_a_dynamodb_item() {
    // GIVEN
    Mocks mocks = mocks(Mode.LENIENT);
    mocks.task("T").returnsPayload("""
        {"id": "1", "n": {"N": 5}, "l": {"L": [{"S": "x"}, {"Q": 1}]},
         "m": {"M": {"k": {"BOOL": "yes"}, "a/b": {"SS": "x"}}}}""");
    // WHEN
    runT(GET_ITEM, mocks);
    // THEN
    String t = "Task state \"T\" (arn:aws:states:::dynamodb:getItem) ";
    assertThat(mocks.responseShapeWarnings()).containsExactly(
        t + "at /Item/id: found a string (\"1\"), expected an object (AttributeValue)"
            + " for value of GetItemResponse.Item",
        t + "at /Item/n/N: found a number (5), expected a string for AttributeValue.N",
        t + "at /Item/l/L/1/Q: found unknown field \"Q\", expected a member of AttributeValue:"
            + " S, N, B, SS, NS, BS, M, L, BOOL, NULL",
        t + "at /Item/m/M/k/BOOL: found a string (\"yes\"), expected a boolean for AttributeValue.BOOL",
        t + "at /Item/m/M/a~1b/SS: found a string (\"x\"), expected an array for AttributeValue.SS");
  }

  @Test
  void should_pass_a_dynamodb_item_using_every_attribute_type() {
    // GIVEN
    Mocks mocks = mocks(Mode.STRICT);
    mocks.task("T").returnsPayload("""
        {"s": {"S": "x"}, "n": {"N": "1.5"}, "b": {"B": "AQI="}, "ss": {"SS": ["a"]}, "ns": {"NS": ["1"]},
         "bs": {"BS": ["AQI="]}, "m": {"M": {"k": {"L": [{"NULL": true}, {"BOOL": false}]}}}}""");
    // WHEN
    ExecutionResult result = runT(GET_ITEM, mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(mocks.responseShapeWarnings()).isEmpty();
  }

  @Test
  void should_check_aws_sdk_integrations_strictly() {
    // GIVEN: the SDK integration returns Payload as a string and adds no SdkHttpMetadata
    Mocks mocks = mocks(Mode.STRICT);
    mocks.task("T").returns("{\"StatusCode\": 200, \"Payload\": {\"total\": 3}, \"SdkHttpMetadata\": {}}");
    // WHEN / THEN
    assertThatThrownBy(() -> runT(SDK_INVOKE, mocks))
        .isExactlyInstanceOf(SfnTestKitException.class)
        .hasMessage("""
            Mocked response of Task state "T" (resource arn:aws:states:::aws-sdk:lambda:invoke, call #1) does not\
             match the AWS SDK model software.amazon.awssdk.services.lambda.model.InvokeResponse:
              at /Payload: found an object, expected a string (blob) for InvokeResponse.Payload
              at /SdkHttpMetadata: found unknown field "SdkHttpMetadata", expected a member of InvokeResponse: %s
            Fix the mock, or collect these as warnings with\
             mocks.checkResponsesAgainstSdk(ResponseShapeCheck.Mode.LENIENT).""".formatted(INVOKE_MEMBERS));
  }

  @Test
  void should_pass_a_correct_aws_sdk_mock() {
    // GIVEN
    Mocks mocks = mocks(Mode.STRICT);
    mocks.task("T").returns("""
        {"Items": [{"id": {"S": "1"}}], "Count": 1, "ScannedCount": 1,
         "LastEvaluatedKey": {"id": {"S": "1"}}, "ConsumedCapacity": {"TableName": "t", "CapacityUnits": 0.5}}""");
    // WHEN
    ExecutionResult result = runT(SDK_QUERY, mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(mocks.responseShapeWarnings()).isEmpty();
  }

  @Test
  void should_check_lists_of_maps_in_an_aws_sdk_result() {
    // GIVEN
    Mocks mocks = mocks(Mode.STRICT);
    mocks.task("T").returns("""
        {"Items": [{"id": {"S": "1"}}, {"id": {"s": "2"}}], "Count": 2, "ScannedCount": 2.5,
         "ConsumedCapacity": {"TableName": 1}}""");
    // WHEN / THEN
    assertThatThrownBy(() -> runT(SDK_QUERY, mocks))
        .hasMessage("""
            Mocked response of Task state "T" (resource arn:aws:states:::aws-sdk:dynamodb:query, call #1) does not\
             match the AWS SDK model software.amazon.awssdk.services.dynamodb.model.QueryResponse:
              at /Items/1/id/s: found unknown field "s", expected a member of AttributeValue (did you mean "S"?)
              at /ScannedCount: found a number (2.5), expected an integer for QueryResponse.ScannedCount
              at /ConsumedCapacity/TableName: found a number (1), expected a string for ConsumedCapacity.TableName
            Fix the mock, or collect these as warnings with\
             mocks.checkResponsesAgainstSdk(ResponseShapeCheck.Mode.LENIENT).""");
  }

  @Test
  void should_expect_pascal_case_names_for_a_camel_case_api() {
    // GIVEN: Step Functions' own API names its members executionArn, status...; task results show ExecutionArn
    Mocks mocks = mocks(Mode.LENIENT);
    mocks.task("T").returns("""
        {"ExecutionArn": "arn:aws:states:us-east-1:123456789012:execution:m:e", "status": "RUNNING",
         "StartDate": "2024-01-01T00:00:00Z", "StopDate": 1704067200000, "RedriveCount": "0"}""");
    // WHEN
    runT("arn:aws:states:::aws-sdk:sfn:describeExecution", mocks);
    // THEN
    String t = "Task state \"T\" (arn:aws:states:::aws-sdk:sfn:describeExecution) ";
    assertThat(mocks.responseShapeWarnings()).containsExactly(
        t + "at /status: found unknown field \"status\", expected a member of DescribeExecutionResponse"
            + " (did you mean \"Status\"?)",
        t + "at /RedriveCount: found a string (\"0\"), expected an integer for DescribeExecutionResponse.RedriveCount");
  }

  @Test
  void should_say_once_which_sdk_module_to_add_when_a_service_is_not_on_the_classpath() {
    // GIVEN: two glue tasks; software.amazon.awssdk:glue is not a test dependency
    Mocks mocks = mocks(Mode.STRICT);
    mocks.resource(GLUE_SYNC).returnsPayload("{\"JobRunStat\": 1}");
    String definition = """
        {"StartAt": "Extract", "States": {
          "Extract": {"Type": "Task", "Resource": "%1$s", "Next": "Load"},
          "Load": {"Type": "Task", "Resource": "%1$s", "End": true}}}""".formatted(GLUE_SYNC);
    // WHEN
    ExecutionResult result = run(definition, "{}", mocks);
    // THEN: no failure in STRICT mode, one warning naming the artifact
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(mocks.responseShapeWarnings()).containsExactly(
        "Response shapes of glue tasks are not checked: the AWS SDK module software.amazon.awssdk:glue is not"
            + " on the classpath (first needed by Task state \"Extract\", resource"
            + " arn:aws:states:::glue:startJobRun.sync). Add it as a test dependency to check them.");
  }

  @Test
  void should_warn_when_the_sdk_module_has_no_such_operation() {
    // GIVEN
    Mocks mocks = mocks(Mode.STRICT);
    mocks.task("T").returns("{}");
    // WHEN
    runT("arn:aws:states:::aws-sdk:sfn:describeExecutions", mocks);
    // THEN
    assertThat(mocks.responseShapeWarnings()).containsExactly(
        "Task state \"T\" (arn:aws:states:::aws-sdk:sfn:describeExecutions): response shape not checked:"
            + " software.amazon.awssdk:sfn has no class"
            + " software.amazon.awssdk.services.sfn.model.DescribeExecutionsResponse.");
  }

  @Test
  void should_warn_that_an_unknown_sync_result_is_not_checked() {
    // GIVEN
    Mocks mocks = mocks(Mode.STRICT);
    mocks.task("T").returns("{\"anything\": 1}");
    // WHEN
    runT("arn:aws:states:::athena:startQueryExecution.sync", mocks);
    // THEN
    assertThat(mocks.responseShapeWarnings()).containsExactly(
        "Task state \"T\" (arn:aws:states:::athena:startQueryExecution.sync): response shape not checked:"
            + " no known AWS SDK model for the .sync result of athena:startQueryExecution.");
  }

  @Test
  void should_do_nothing_in_mode_off() {
    // GIVEN
    Mocks mocks = mocks(Mode.OFF);
    mocks.task("T").returns("{\"StatusCod\": \"200\"}");
    // WHEN
    ExecutionResult lambda = runT(LAMBDA_INVOKE, mocks);
    ExecutionResult glue = runT(GLUE_SYNC, mocks);
    // THEN
    assertThat(lambda.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(glue.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(mocks.responseShapeWarnings()).isEmpty();
  }

  @Test
  void should_stop_checking_when_switched_off_and_keep_earlier_warnings() {
    // GIVEN
    Mocks mocks = mocks(Mode.LENIENT);
    mocks.task("T").returns("{\"StatusCode\": \"200\"}");
    runT(LAMBDA_INVOKE, mocks);
    // WHEN
    mocks.checkResponsesAgainstSdk(Mode.OFF);
    mocks.task("T").returns("{\"Nope\": 1}");
    runT(LAMBDA_INVOKE, mocks);
    // THEN
    assertThat(mocks.responseShapeWarnings()).containsExactly(
        "Task state \"T\" (arn:aws:states:::lambda:invoke) at /StatusCode: found a string (\"200\"),"
            + " expected an integer for InvokeResponse.StatusCode");
  }

  @Test
  void should_report_a_problem_repeated_by_map_iterations_once() {
    // GIVEN
    Mocks mocks = mocks(Mode.LENIENT);
    mocks.task("T").returns("{\"StatusCode\": true}");
    String definition = """
        {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true,
          "ItemProcessor": {"StartAt": "T", "States": {
            "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}}}}""";
    // WHEN
    run(definition, "[1, 2, 3]", mocks);
    // THEN
    assertThat(mocks.calls("T")).hasSize(3);
    assertThat(mocks.responseShapeWarnings()).containsExactly(
        "Task state \"T\" (arn:aws:states:::lambda:invoke) at /StatusCode: found a boolean (true),"
            + " expected an integer for InvokeResponse.StatusCode");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "arn:aws:states:::lambda:invoke.waitForTaskToken",
    "arn:aws:lambda:us-east-1:123456789012:function:charge",
    "arn:aws:states:us-east-1:123456789012:activity:review",
    "arn:aws:states:::http:invoke"
  })
  void should_not_check_results_that_are_no_sdk_response(String resource) {
    // GIVEN
    Mocks mocks = mocks(Mode.STRICT);
    mocks.task("T").returns("{\"StatusCod\": \"200\"}");
    // WHEN
    ExecutionResult result = runT(resource, mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(mocks.responseShapeWarnings()).isEmpty();
  }

  @Test
  void should_not_check_errors_nor_injected_failures() {
    // GIVEN
    Mocks mocks = mocks(Mode.STRICT);
    mocks.task("T").throwsError("Lambda.ServiceException", "down");
    mocks.inject(Failure.error("Busy", "later")).into("U").always();
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%1$s", "End": true}}},
          {"StartAt": "U", "States": {"U": {"Type": "Task", "Resource": "%1$s", "End": true}}}]}}}"""
        .formatted(LAMBDA_INVOKE);
    // WHEN
    ExecutionResult result = run(definition, "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(mocks.responseShapeWarnings()).isEmpty();
  }

  @Test
  void should_check_what_the_fallback_integration_answers() {
    // GIVEN
    Mocks mocks = mocks(Mode.LENIENT)
        .fallbackTo(call -> TaskResponse.success(Json.parse("{\"FailedEntryCount\": \"0\"}")));
    // WHEN: software.amazon.awssdk:eventbridge is not on the classpath, but dynamodb is
    runT("arn:aws:states:::dynamodb:putItem", mocks);
    // THEN
    assertThat(mocks.responseShapeWarnings()).containsExactly(
        "Task state \"T\" (arn:aws:states:::dynamodb:putItem) at /FailedEntryCount: found unknown field"
            + " \"FailedEntryCount\", expected a member of PutItemResponse: Attributes, ConsumedCapacity,"
            + " ItemCollectionMetrics");
  }

  /** What {@link TaskMock#returnsPayload} builds must pass: ResponseShapes and the SDK models agree. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "arn:aws:states:::lambda:invoke | {\"total\": 3}",
    "arn:aws:states:::dynamodb:getItem | {\"id\": {\"S\": \"1\"}}",
    "arn:aws:states:::dynamodb:putItem | {}",
    "arn:aws:states:::dynamodb:updateItem | {\"Attributes\": {\"n\": {\"N\": \"2\"}}}",
    "arn:aws:states:::dynamodb:deleteItem | {}",
    "arn:aws:states:::states:startExecution | {}",
    "arn:aws:states:::states:startExecution.sync | {\"done\": true}",
    "arn:aws:states:::states:startExecution.sync:2 | {\"done\": true}"
  })
  void should_pass_the_shapes_returns_payload_builds(String resource, String payload) {
    // GIVEN
    Mocks mocks = mocks(Mode.STRICT);
    mocks.task("T").returnsPayload(payload);
    // WHEN
    ExecutionResult result = run(task(resource, "\"Parameters\": {\"Input\": {\"a\": 1}},"), "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(mocks.responseShapeWarnings()).isEmpty();
  }
}
