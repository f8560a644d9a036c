package io.github.sfntestkit.mock;

import static io.github.sfntestkit.mock.MockRuns.T0;
import static io.github.sfntestkit.mock.MockRuns.json;
import static io.github.sfntestkit.mock.MockRuns.run;
import static io.github.sfntestkit.mock.MockRuns.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shape {@link TaskMock#returnsPayload} wraps a payload in, one test per row of the table in
 * {@link ResponseShapes}' Javadoc. Request ids are derived from the state name ("Call") and the call
 * index, so they are the same on every run.
 */
class ResponseShapesTest {
  private static final String ID = "001fee7e-0000-4000-8000-000000000000";
  private static final String METADATA = """
      "SdkHttpMetadata": {"HttpHeaders": {"Content-Type": "application/x-amz-json-1.0"}, "HttpStatusCode": 200},
      "SdkResponseMetadata": {"RequestId": "%s"}""".formatted(ID);
  /** T0 in epoch milliseconds, as AWS shows StartDate/StopDate in task results. */
  private static final long T0_MILLIS = 1_704_067_200_000L;

  private static JsonNode wrap(String resource, String payload) {
    return wrap(resource, "{}", payload);
  }

  private static JsonNode wrap(String resource, String input, String payload) {
    TaskCall call = new TaskCall("Call", resource, json(input), 0, 0, T0, null);
    return ResponseShapes.wrap(call, json(payload));
  }

  @Test
  void should_wrap_a_lambda_invoke_payload_in_the_invoke_response() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::lambda:invoke", "{\"total\": 3}");
    // THEN
    assertThat(result).isEqualTo(json("""
        {"ExecutedVersion": "$LATEST", "Payload": {"total": 3}, %s, "StatusCode": 200}""".formatted(METADATA)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "arn:aws:lambda:us-east-1:123456789012:function:charge",
    "arn:aws:states:us-east-1:123456789012:activity:review",
    "arn:aws:states:::aws-sdk:s3:getObject",
    "arn:aws:states:::http:invoke",
    "arn:aws:states:::glue:startJobRun"
  })
  void should_return_the_payload_itself_for_other_resources(String resource) {
    // WHEN
    JsonNode result = wrap(resource, "{\"total\": 3}");
    // THEN
    assertThat(result).isEqualTo(json("{\"total\": 3}"));
  }

  @Test
  void should_wrap_a_dynamodb_get_item_payload_as_the_item() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::dynamodb:getItem", "{\"id\": {\"S\": \"o-1\"}}");
    // THEN
    assertThat(result).isEqualTo(json("{%s, \"Item\": {\"id\": {\"S\": \"o-1\"}}}".formatted(METADATA)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"putItem", "updateItem", "deleteItem"})
  void should_merge_other_dynamodb_payloads_over_the_response_metadata(String action) {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::dynamodb:" + action, "{\"Attributes\": {\"n\": {\"N\": \"1\"}}}");
    // THEN
    assertThat(result).isEqualTo(json("{%s, \"Attributes\": {\"n\": {\"N\": \"1\"}}}".formatted(METADATA)));
  }

  @Test
  void should_give_sns_publish_a_message_id() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::sns:publish", "{}");
    // THEN
    assertThat(result).isEqualTo(json("{%s, \"MessageId\": \"%s\"}".formatted(METADATA, ID)));
  }

  @Test
  void should_let_the_payload_override_the_fields_of_the_shape() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::sns:publish", "{\"MessageId\": \"m-1\"}");
    // THEN
    assertThat(result.get("MessageId")).isEqualTo(json("\"m-1\""));
  }

  @Test
  void should_give_sqs_send_message_a_message_id_and_body_digest() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::sqs:sendMessage", "{}");
    // THEN
    assertThat(result).isEqualTo(json("""
        {%s, "MD5OfMessageBody": "d41d8cd98f00b204e9800998ecf8427e", "MessageId": "%s"}"""
        .formatted(METADATA, ID)));
  }

  @Test
  void should_give_events_put_events_one_entry_and_no_failures() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::events:putEvents", "{}");
    // THEN
    assertThat(result).isEqualTo(json("""
        {%s, "Entries": [{"EventId": "%s"}], "FailedEntryCount": 0}""".formatted(METADATA, ID)));
  }

  @Test
  void should_give_a_started_execution_its_arn_and_start_date() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::states:startExecution", "{}");
    // THEN
    assertThat(result).isEqualTo(json("""
        {"ExecutionArn": "arn:aws:states:us-east-1:123456789012:execution:child:%s", "StartDate": %d}"""
        .formatted(ID, T0_MILLIS)));
  }

  @Test
  void should_give_the_child_output_as_a_string_for_start_execution_sync() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::states:startExecution.sync",
        "{\"StateMachineArn\": \"arn:aws:states:us-east-1:123456789012:stateMachine:child\", \"Input\": {\"a\": 1}}",
        "{\"done\": true}");
    // THEN
    assertThat(result).isEqualTo(json("""
        {"ExecutionArn": "arn:aws:states:us-east-1:123456789012:execution:child:%s", "StartDate": %d,
         "Input": "{\\"a\\":1}", "Output": "{\\"done\\":true}", "Status": "SUCCEEDED", "StopDate": %d}"""
        .formatted(ID, T0_MILLIS, T0_MILLIS)));
  }

  @Test
  void should_give_the_child_output_as_json_for_start_execution_sync_2() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::states:startExecution.sync:2",
        "{\"Input\": {\"a\": 1}}", "{\"done\": true}");
    // THEN
    assertThat(result).isEqualTo(json("""
        {"ExecutionArn": "arn:aws:states:us-east-1:123456789012:execution:child:%s", "StartDate": %d,
         "Input": {"a": 1}, "Output": {"done": true}, "Status": "SUCCEEDED", "StopDate": %d}"""
        .formatted(ID, T0_MILLIS, T0_MILLIS)));
  }

  @Test
  void should_keep_an_input_given_as_a_string_for_start_execution_sync() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::states:startExecution.sync",
        "{\"Input\": \"{\\\"a\\\":1}\"}", "{}");
    // THEN
    assertThat(result.get("Input")).isEqualTo(json("\"{\\\"a\\\":1}\""));
  }

  @Test
  void should_put_an_ecs_run_task_sync_payload_into_one_stopped_task() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::ecs:runTask.sync", "{\"TaskArn\": \"t-1\"}");
    // THEN
    assertThat(result).isEqualTo(json("""
        {"Tasks": [{"LastStatus": "STOPPED", "DesiredStatus": "STOPPED",
          "StopCode": "EssentialContainerExited", "TaskArn": "t-1"}], "Failures": []}"""));
  }

  @Test
  void should_merge_a_batch_submit_job_sync_payload_over_a_succeeded_job() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::batch:submitJob.sync", "{\"JobName\": \"nightly\"}");
    // THEN
    assertThat(result).isEqualTo(json("""
        {"JobId": "%s", "JobName": "nightly", "Status": "SUCCEEDED"}""".formatted(ID)));
  }

  @Test
  void should_merge_a_glue_start_job_run_sync_payload_over_a_succeeded_run() {
    // WHEN
    JsonNode result = wrap("arn:aws:states:::glue:startJobRun.sync", "{\"JobName\": \"etl\"}");
    // THEN
    assertThat(result).isEqualTo(json("""
        {"Id": "jr_001fee7e000040008000000000000000", "JobRunState": "SUCCEEDED", "JobName": "etl"}"""));
  }

  @Test
  void should_derive_request_ids_from_the_state_name_and_call_index() {
    // GIVEN
    TaskCall third = new TaskCall("Call", "arn:aws:states:::sns:publish", json("{}"), 2, 0, T0, null);
    // WHEN
    JsonNode result = ResponseShapes.wrap(third, json("{}"));
    // THEN
    assertThat(result.get("MessageId").textValue()).isEqualTo("001fee7e-0000-4000-8000-000000000002");
  }

  @Test
  void should_wrap_through_the_dsl_so_result_selector_reads_the_real_shape() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").returnsPayload("{\"id\": {\"S\": \"o-1\"}}");
    String definition = task("arn:aws:states:::dynamodb:getItem",
        "\"ResultSelector\": {\"id.$\": \"$.Item.id.S\", \"status.$\": \"$.SdkHttpMetadata.HttpStatusCode\"},");
    // WHEN
    ExecutionResult result = run(definition, "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"id\": \"o-1\", \"status\": 200}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
    "arn:aws:states:::lambda:invoke.waitForTaskToken"
  })
  void should_return_the_payload_itself_for_callback_tasks(String resource) {
    // WHEN
    JsonNode result = wrap(resource, "{\"approved\": true}");
    // THEN
    assertThat(result).isEqualTo(json("{\"approved\": true}"));
  }
}
