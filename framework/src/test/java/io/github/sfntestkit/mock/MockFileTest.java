package io.github.sfntestkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mock file format: the same mocks as the DSL (round trip), one test per feature. */
class MockFileTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final String INVOKE = "arn:aws:states:::lambda:invoke";
  private static final String REVIEW = "arn:aws:states:us-east-1:123456789012:activity:review";

  // ---- round trip: DSL and file answer every call alike

  /** The Java DSL spelling of resources/mocks/orders.yaml. */
  private static Mocks ordersByDsl() {
    Mocks mocks = Mocks.create();
    mocks.task("ChargeCard")
        .throwsError("Payment.Throttled", "slow down").times(2)
        .thenReturnsPayload("{\"chargeId\": \"ch-1\"}").after(Duration.ofSeconds(2))
        .thenNeverAnswers()
        .thenReturns("{\"raw\": true, \"amount\": 12.5}");
    mocks.task("WaitForApproval")
        .callback(Duration.ofHours(1), json("{\"approved\": true}"), Duration.ofMinutes(10), Duration.ofMinutes(20));
    mocks.lambda("send-email").returnsPayload("{\"sent\": true}");
    mocks.resource("arn:aws:states:::aws-sdk:s3:*").returns("{\"ETag\": \"\\\"abc\\\"\"}");
    mocks.activity(REVIEW).returns("{\"reviewed\": true}");
    mocks.inject(Failure.timeout()).into("Notify").onCall(1);
    mocks.inject(Failure.error("Notify.Failed", "smtp down")).into("Notify").onCall(2);
    mocks.inject(Failure.error("Notify.Failed", "smtp down")).into("Notify").onCalls(4, 5);
    mocks.inject(Failure.throttling()).into("Ship").always();
    mocks.task("Notify").returns("{\"notified\": true}");
    mocks.task("Ship").returns("{\"shipped\": true}");
    return mocks;
  }

  /** Calls touching every mock, several times each so that sequences, repeats and ranges show. */
  private static List<TaskCall> calls() {
    List<TaskCall> calls = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    String[][] script = {
      {"ChargeCard", INVOKE, "{\"FunctionName\": \"charge\", \"Payload\": {}}"},
      {"ChargeCard", INVOKE, "{\"FunctionName\": \"charge\", \"Payload\": {}}"},
      {"ChargeCard", INVOKE, "{\"FunctionName\": \"charge\", \"Payload\": {}}"},
      {"ChargeCard", INVOKE, "{\"FunctionName\": \"charge\", \"Payload\": {}}"},
      {"ChargeCard", INVOKE, "{\"FunctionName\": \"charge\", \"Payload\": {}}"},
      {"ChargeCard", INVOKE, "{\"FunctionName\": \"charge\", \"Payload\": {}}"},
      {"WaitForApproval", "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "{}"},
      {"Email", INVOKE, "{\"FunctionName\": \"arn:aws:lambda:us-east-1:123456789012:function:send-email\"}"},
      {"Email", INVOKE, "{\"FunctionName\": \"send-email\"}"},
      {"PutObject", "arn:aws:states:::aws-sdk:s3:putObject", "{}"},
      {"Review", REVIEW, "{}"},
      {"Notify", "arn:aws:states:::sns:publish", "{}"},
      {"Notify", "arn:aws:states:::sns:publish", "{}"},
      {"Notify", "arn:aws:states:::sns:publish", "{}"},
      {"Notify", "arn:aws:states:::sns:publish", "{}"},
      {"Notify", "arn:aws:states:::sns:publish", "{}"},
      {"Notify", "arn:aws:states:::sns:publish", "{}"},
      {"Ship", "arn:aws:states:::dynamodb:putItem", "{}"},
      {"Ship", "arn:aws:states:::dynamodb:putItem", "{}"},
    };
    for (String[] c : script) {
      int i = index.merge(c[0], 1, Integer::sum) - 1;
      calls.add(new TaskCall(c[0], c[1], json(c[2]), i, 0, T0.plusSeconds(calls.size()), c[0].equals("WaitForApproval") ? "token-1" : null));
    }
    return calls;
  }

  private static List<String> answers(Mocks mocks) {
    List<String> out = new ArrayList<>();
    for (TaskCall call : calls()) {
      out.add(call.stateName() + " #" + (call.callIndex() + 1) + ": " + snapshot(mocks.call(call)));
    }
    return out;
  }

  /** Everything a TaskResponse says, as text. */
  private static String snapshot(TaskResponse r) {
    String what = r.isNever() ? "never" : r.isFailure() ? "fails " + r.error() + " / " + r.cause() : "returns " + Json.write(r.result());
    return what + (r.latency().isZero() ? "" : " after " + r.latency()) + (r.heartbeats().isEmpty() ? "" : " heartbeats " + r.heartbeats());
  }

  private static Mocks withStateMocks(Mocks mocks) {
    mocks.task("Notify").returns("{\"notified\": true}");
    mocks.task("Ship").returns("{\"shipped\": true}");
    return mocks;
  }

  @Test
  void should_answer_every_call_as_the_dsl_does_for_yaml_and_json() {
    // GIVEN
    Mocks dsl = ordersByDsl();
    Mocks yaml = withStateMocks(MockFile.loadResource("mocks/orders.yaml"));
    Mocks json = withStateMocks(MockFile.loadResource("mocks/orders.json"));
    // WHEN
    List<String> expected = answers(dsl);
    // THEN
    assertThat(answers(yaml)).containsExactlyElementsOf(expected);
    assertThat(answers(json)).containsExactlyElementsOf(expected);
    assertThat(expected).containsExactly(
        "ChargeCard #1: fails Payment.Throttled / slow down",
        "ChargeCard #2: fails Payment.Throttled / slow down",
        "ChargeCard #3: returns {\"ExecutedVersion\":\"$LATEST\",\"Payload\":{\"chargeId\":\"ch-1\"},"
            + "\"SdkHttpMetadata\":{\"HttpHeaders\":{\"Content-Type\":\"application/x-amz-json-1.0\"},\"HttpStatusCode\":200},"
            + "\"SdkResponseMetadata\":{\"RequestId\":\"" + ResponseShapes.wrap(calls().get(2), json("{}"))
                .get("SdkResponseMetadata").get("RequestId").textValue() + "\"},\"StatusCode\":200} after PT2S",
        "ChargeCard #4: never",
        "ChargeCard #5: returns {\"raw\":true,\"amount\":12.5}",
        "ChargeCard #6: returns {\"raw\":true,\"amount\":12.5}",
        "WaitForApproval #1: returns {\"approved\":true} after PT1H heartbeats [PT10M, PT20M]",
        "Email #1: returns {\"ExecutedVersion\":\"$LATEST\",\"Payload\":{\"sent\":true},"
            + "\"SdkHttpMetadata\":{\"HttpHeaders\":{\"Content-Type\":\"application/x-amz-json-1.0\"},\"HttpStatusCode\":200},"
            + "\"SdkResponseMetadata\":{\"RequestId\":\"" + ResponseShapes.wrap(calls().get(7), json("{}"))
                .get("SdkResponseMetadata").get("RequestId").textValue() + "\"},\"StatusCode\":200}",
        "Email #2: returns {\"ExecutedVersion\":\"$LATEST\",\"Payload\":{\"sent\":true},"
            + "\"SdkHttpMetadata\":{\"HttpHeaders\":{\"Content-Type\":\"application/x-amz-json-1.0\"},\"HttpStatusCode\":200},"
            + "\"SdkResponseMetadata\":{\"RequestId\":\"" + ResponseShapes.wrap(calls().get(8), json("{}"))
                .get("SdkResponseMetadata").get("RequestId").textValue() + "\"},\"StatusCode\":200}",
        "PutObject #1: returns {\"ETag\":\"\\\"abc\\\"\"}",
        "Review #1: returns {\"reviewed\":true}",
        "Notify #1: never",
        "Notify #2: fails Notify.Failed / smtp down",
        "Notify #3: returns {\"notified\":true}",
        "Notify #4: fails Notify.Failed / smtp down",
        "Notify #5: fails Notify.Failed / smtp down",
        "Notify #6: returns {\"notified\":true}",
        "Ship #1: fails DynamoDB.ProvisionedThroughputExceededException / Rate exceeded",
        "Ship #2: fails DynamoDB.ProvisionedThroughputExceededException / Rate exceeded");
  }

  @Test
  void should_spell_out_the_dsl_calls_a_file_stands_for() {
    // GIVEN
    MockFile file = MockFile.readResource("mocks/orders.yaml");
    // WHEN
    List<String> dsl = file.toDsl();
    // THEN
    assertThat(dsl).containsExactly(
        "mocks.task(\"ChargeCard\").throwsError(\"Payment.Throttled\", \"slow down\").times(2)"
            + ".returnsPayload(\"{\\\"chargeId\\\":\\\"ch-1\\\"}\").after(Duration.parse(\"PT2S\"))"
            + ".neverAnswers().returns(\"{\\\"raw\\\":true,\\\"amount\\\":12.5}\");",
        "mocks.task(\"WaitForApproval\").callback(Duration.parse(\"PT1H\"), json(\"{\\\"approved\\\":true}\"),"
            + " Duration.parse(\"PT10M\"), Duration.parse(\"PT20M\"));",
        "mocks.lambda(\"send-email\").returnsPayload(\"{\\\"sent\\\":true}\");",
        "mocks.resource(\"arn:aws:states:::aws-sdk:s3:*\").returns(\"{\\\"ETag\\\":\\\"\\\\\\\"abc\\\\\\\"\\\"}\");",
        "mocks.activity(\"" + REVIEW + "\").returns(\"{\\\"reviewed\\\":true}\");",
        "mocks.inject(Failure.timeout()).into(\"Notify\").onCall(1);",
        "mocks.inject(Failure.error(\"Notify.Failed\", \"smtp down\")).into(\"Notify\").onCall(2);",
        "mocks.inject(Failure.error(\"Notify.Failed\", \"smtp down\")).into(\"Notify\").onCalls(4, 5);",
        "mocks.inject(Failure.throttling()).into(\"Ship\").always();");
    assertThat(file).hasToString("MockFile(mocks/orders.yaml: 5 mocks, 3 injections)");
  }

  // ---- one test per feature

  @Test
  void should_return_a_raw_result() {
    Mocks mocks = MockFile.parse("mocks: [{task: A, returns: {ok: true}}]", "m.yaml");
    assertThat(snapshot(mocks.call(call("A", INVOKE, 0)))).isEqualTo("returns {\"ok\":true}");
  }

  @Test
  void should_wrap_a_payload_in_the_integrations_response_shape() {
    Mocks mocks = MockFile.parse("mocks: [{task: A, returnsPayload: {ok: true}}]", "m.yaml");
    TaskResponse r = mocks.call(call("A", INVOKE, 0));
    assertThat(r.result().get("Payload")).isEqualTo(json("{\"ok\": true}"));
    assertThat(r.result().get("StatusCode").intValue()).isEqualTo(200);
  }

  @Test
  void should_throw_an_error_with_and_without_cause() {
    Mocks mocks = MockFile.parse("mocks: [{task: A, answers: [{throws: {error: E1, cause: c}}, {throws: {error: E2}}]}]", "m.yaml");
    assertThat(snapshot(mocks.call(call("A", INVOKE, 0)))).isEqualTo("fails E1 / c");
    assertThat(snapshot(mocks.call(call("A", INVOKE, 1)))).isEqualTo("fails E2 / null");
  }

  @Test
  void should_use_an_answer_times_times_then_repeat_the_last_answer() {
    Mocks mocks = MockFile.parse("mocks: [{task: A, answers: [{returns: 1, times: 3}, {returns: 2}]}]", "m.yaml");
    List<String> got = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      got.add(snapshot(mocks.call(call("A", INVOKE, i))));
    }
    assertThat(got).containsExactly("returns 1", "returns 1", "returns 1", "returns 2", "returns 2");
  }

  @Test
  void should_answer_after_a_virtual_latency() {
    Mocks mocks = MockFile.parse("mocks: [{task: A, returns: {}, after: PT1M30S}]", "m.yaml");
    assertThat(mocks.call(call("A", INVOKE, 0)).latency()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void should_never_answer() {
    Mocks mocks = MockFile.parse("mocks: [{task: A, neverAnswers: true}]", "m.yaml");
    assertThat(mocks.call(call("A", INVOKE, 0)).isNever()).isTrue();
  }

  @Test
  void should_call_back_with_heartbeats() {
    Mocks mocks = MockFile.parse("mocks: [{task: A, callback: {after: PT1H, heartbeats: [PT20M, PT10M], returns: {ok: 1}}}]", "m.yaml");
    assertThat(snapshot(mocks.call(call("A", "arn:aws:states:::sqs:sendMessage.waitForTaskToken", 0))))
        .isEqualTo("returns {\"ok\":1} after PT1H heartbeats [PT10M, PT20M]");
  }

  @Test
  void should_match_by_lambda_function_name() {
    Mocks mocks = MockFile.parse("mocks: [{lambda: charge, returns: {ok: 1}}]", "m.yaml");
    assertThat(snapshot(mocks.call(call("Any", "arn:aws:lambda:us-east-1:123456789012:function:charge", 0))))
        .isEqualTo("returns {\"ok\":1}");
  }

  @Test
  void should_match_by_resource_prefix() {
    Mocks mocks = MockFile.parse("mocks: [{resource: 'arn:aws:states:::aws-sdk:s3:*', returns: {ok: 1}}]", "m.yaml");
    assertThat(snapshot(mocks.call(call("Any", "arn:aws:states:::aws-sdk:s3:getObject", 0)))).isEqualTo("returns {\"ok\":1}");
  }

  @Test
  void should_match_by_activity_arn() {
    Mocks mocks = MockFile.parse("mocks: [{activity: '" + REVIEW + "', returns: {ok: 1}}]", "m.yaml");
    assertThat(snapshot(mocks.call(call("Any", REVIEW, 0)))).isEqualTo("returns {\"ok\":1}");
  }

  @Test
  void should_inject_a_failure_into_every_call_when_no_call_is_named() {
    Mocks mocks = MockFile.parse("mocks: [{task: A, returns: 1}]\ninject: [{into: A, failure: {error: X, cause: Y}}]", "m.yaml");
    assertThat(snapshot(mocks.call(call("A", INVOKE, 0)))).isEqualTo("fails X / Y");
    assertThat(snapshot(mocks.call(call("A", INVOKE, 7)))).isEqualTo("fails X / Y");
  }

  @Test
  void should_inject_throttling_with_the_services_error_name() {
    Mocks mocks = MockFile.parse("inject: [{into: A, failure: {throttling: true}, onCall: 2}]\nmocks: [{task: A, returns: 1}]", "m.yaml");
    assertThat(snapshot(mocks.call(call("A", INVOKE, 0)))).isEqualTo("returns 1");
    assertThat(snapshot(mocks.call(call("A", INVOKE, 1)))).isEqualTo("fails Lambda.TooManyRequestsException / Rate exceeded");
  }

  @Test
  void should_add_a_files_mocks_to_an_existing_registry_where_the_later_mock_wins() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("A").returns("\"from code\"");
    mocks.task("B").returns("\"kept\"");
    // WHEN
    MockFile.of("mocks: [{task: A, returns: from file}]", "m.yaml").apply(mocks);
    // THEN
    assertThat(snapshot(mocks.call(call("A", INVOKE, 0)))).isEqualTo("returns \"from file\"");
    assertThat(snapshot(mocks.call(call("B", INVOKE, 0)))).isEqualTo("returns \"kept\"");
  }

  @Test
  void should_read_json_by_content_when_the_name_has_no_extension() {
    Mocks mocks = MockFile.parse("{\"mocks\": [{\"task\": \"A\", \"returns\": 1.50}]}", "<string>");
    assertThat(mocks.call(call("A", INVOKE, 0)).result()).isEqualTo(Json.parse("1.50"));
  }

  @Test
  void should_load_a_file_from_disk(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m.yml");
    Files.writeString(file, "mocks:\n  - task: A\n    returns: {ok: true}\n");
    assertThat(snapshot(MockFile.load(file).call(call("A", INVOKE, 0)))).isEqualTo("returns {\"ok\":true}");
  }

  @Test
  void should_drive_an_execution_through_retries_and_a_catch() {
    // GIVEN
    String definition = """
        {"StartAt": "ChargeCard", "States": {
          "ChargeCard": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "ResultSelector": {"id.$": "$.Payload.chargeId"},
            "Retry": [{"ErrorEquals": ["Payment.Throttled"], "IntervalSeconds": 1, "MaxAttempts": 3}],
            "Next": "Notify"},
          "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "TimeoutSeconds": 30,
            "Catch": [{"ErrorEquals": ["States.Timeout"], "ResultPath": "$.notifyError", "Next": "Done"}], "Next": "Done"},
          "Done": {"Type": "Succeed"}}}""";
    Mocks mocks = MockFile.parse("""
        mocks:
          - task: ChargeCard
            answers:
              - throws: {error: Payment.Throttled, cause: slow down}
                times: 2
              - returnsPayload: {chargeId: ch-1}
          - task: Notify
            returns: {}
        inject:
          - into: Notify
            failure: {timeout: true}
        """, "orders.yaml");
    // WHEN
    ExecutionResult result = StateMachine.fromJson(definition).execute("{}", ExecutionOptions.defaults().withIntegration(mocks));
    // THEN
    assertThat(result.succeeded()).isTrue();
    assertThat(result.path()).containsExactly("ChargeCard", "Notify", "Done");
    assertThat(result.output().get("id").textValue()).isEqualTo("ch-1");
    assertThat(result.output().get("notifyError").get("Error").textValue()).isEqualTo("States.Timeout");
    assertThat(mocks.calls("ChargeCard")).hasSize(3);
  }

  @Test
  void should_fail_with_the_file_name_when_a_resource_is_missing() {
    assertThatThrownBy(() -> MockFile.loadResource("mocks/nope.yaml"))
        .isInstanceOf(MockFileException.class)
        .hasMessage("Invalid mock file (mocks/nope.yaml): 1 problem\n"
            + "  Mock file\n"
            + "    cannot read the mock file: no such classpath resource.");
  }

  static TaskCall call(String state, String resource, int index) {
    return new TaskCall(state, resource, json("{}"), index, 0, T0, null);
  }

  static JsonNode json(String text) {
    return Json.parse(text);
  }
}
