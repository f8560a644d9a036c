package io.github.sfntestkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.internal.json.Json;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code LambdaSQSIntegration} example of AWS's Step Functions Local documentation, run as
 * documented: "Using mocked service integrations for testing in Step Functions Local"
 * (docs.aws.amazon.com/step-functions/latest/dg/sfn-local-test-sm-exec.html) and "Configuration
 * file for mocked service integrations" (.../sfn-local-mock-cfg-file.html). The definition and the
 * MockConfigFile under {@code resources/mocks/stepfunctions-local/} are written from those pages;
 * each test names the documented fact it checks.
 */
class StepFunctionsLocalDocsExampleTest {
  private static final String DIR = "mocks/stepfunctions-local/";
  private static final String MACHINE = "LambdaSQSIntegration";
  private static final JsonNode LAMBDA_RETURN = Json.parse(
      "{\"StatusCode\": 200, \"Payload\": {\"StatusCode\": 200, \"body\": \"Hello from Lambda!\"}}");
  private static final JsonNode SQS_RETURN = Json.parse("{\"MD5OfMessageBody\": \"3bcb6e8e-7h85-4375-b0bc-1a59812c6e51\","
      + " \"MessageId\": \"3bcb6e8e-8b51-4375-b0bc-1a59812c6e51\"}");

  private static StateMachine machine() {
    return StateMachine.fromResource(DIR + "LambdaSQSIntegration.asl.json");
  }

  private static MockConfigFile config() {
    return MockConfigFile.read(resource(DIR + "MockConfigFile.json"));
  }

  private static ExecutionResult run(TaskIntegration integration) {
    return machine().execute("{}", ExecutionOptions.defaults().withIntegration(integration));
  }

  private static StateVisit visit(ExecutionResult result, String state) {
    return result.visits().stream().filter(v -> v.name().equals(state)).findFirst().orElseThrow();
  }

  @Test
  void happy_path_returns_the_mocked_lambda_result_and_passes_it_to_sqs() {
    // GIVEN "HappyPath - This test mocks the output of LambdaState and SQSState using
    // MockedLambdaSuccess and MockedSQSSuccess respectively."
    TaskIntegration happyPath = config().testCase(MACHINE, "HappyPath");
    // WHEN
    ExecutionResult result = run(happyPath);
    // THEN "the output of LambdaState and SQSState is the mock data [...] the output from
    // LambdaState is passed onto SQSState as input."
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).containsExactly("LambdaState", "SQSState");
    assertThat(visit(result, "LambdaState").input()).isEqualTo(Json.parse("{}"));
    assertThat(visit(result, "LambdaState").output()).isEqualTo(LAMBDA_RETURN);
    assertThat(visit(result, "SQSState").input()).isEqualTo(LAMBDA_RETURN);
    assertThat(visit(result, "SQSState").output()).isEqualTo(SQS_RETURN);
    assertThat(result.output()).isEqualTo(SQS_RETURN);
    assertThat(visit(result, "LambdaState").retries()).isZero();
  }

  @Test
  void retry_path_fails_three_times_then_succeeds_on_the_third_retry() {
    // GIVEN "RetryPath [...] The initial attempt ends with a task failure [...] The first and
    // second retry attempts end with a task failure [...] The third retry attempt ends with a task
    // success". Mocks.fallbackTo records the calls the MockConfigFile answers.
    Mocks recorder = Mocks.create().fallbackTo(config().testCase(MACHINE, "RetryPath"));
    // WHEN
    ExecutionResult result = run(recorder);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).containsExactly("LambdaState", "SQSState");
    List<String> lambdaCalls = new ArrayList<>();
    for (RecordedCall c : recorder.calls("LambdaState")) {
      lambdaCalls.add("#" + c.callIndex() + " " + c.response());
    }
    assertThat(lambdaCalls).containsExactly(
        "#0 fails with Lambda.ResourceNotReadyException: Lambda resource is not ready.",
        "#1 fails with Lambda.TimeoutException: Lambda timed out.",
        "#2 fails with Lambda.TimeoutException: Lambda timed out.",
        "#3 returns " + Json.write(LAMBDA_RETURN));
    // Retry: IntervalSeconds 2, BackoffRate 2, MaxAttempts 3 -> waits of 2 s, 4 s and 8 s (virtual).
    assertThat(visit(result, "LambdaState").retries()).isEqualTo(3);
    assertThat(visit(result, "LambdaState").retryDelays())
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(14));
    assertThat(visit(result, "SQSState").input()).isEqualTo(LAMBDA_RETURN);
    assertThat(result.output()).isEqualTo(SQS_RETURN);
  }

  @Test
  void a_retry_without_a_mocked_response_is_reported_with_the_indexes_covered() {
    // GIVEN "If you do not specify a mocked response for a specific retry attempt, for example,
    // retry "3", the state machine execution will fail." sfn-testkit reports the missing mock as
    // a harness error, naming the call.
    MockConfigFile withoutRetry3 = MockConfigFile.parse(Json.parse("""
        {"StateMachines": {"LambdaSQSIntegration": {"TestCases": {"RetryPath": {
           "LambdaState": "MockedLambdaRetry", "SQSState": "MockedSQSSuccess"}}}},
         "MockedResponses": {
           "MockedLambdaRetry": {
             "0": {"Throw": {"Error": "Lambda.ResourceNotReadyException", "Cause": "Lambda resource is not ready."}},
             "1-2": {"Throw": {"Error": "Lambda.TimeoutException", "Cause": "Lambda timed out."}}},
           "MockedSQSSuccess": {"0": {"Return": {}}}}}"""), "MockConfigFile-without-3.json");
    // WHEN / THEN
    assertThatThrownBy(() -> run(withoutRetry3.testCase(MACHINE, "RetryPath")))
        .isInstanceOf(UnmockedTaskException.class)
        .hasMessage("No mock answers Task state \"LambdaState\" (resource arn:aws:states:::lambda:invoke, call #4)."
            + " Its mocked responses cover call indexes 0, 1-2 only.\n"
            + "Add one: a response for \"LambdaState\" in the mock configuration, e.g. a MockConfigFile test case"
            + " entry \"LambdaState\": \"<ResponseName>\" with a \"3\" entry under MockedResponses.<ResponseName>.");
  }

  @Test
  void hybrid_path_reports_the_state_step_functions_local_would_send_to_aws_as_unmocked() {
    // GIVEN "HybridPath - This test mocks the output of LambdaState. After LambdaState runs
    // successfully and receives mocked data as a response, SQSState performs an actual service
    // call". sfn-testkit never calls AWS: the unmocked SQSState is a harness error saying how to mock it.
    TaskIntegration hybridPath = config().testCase(MACHINE, "HybridPath");
    // WHEN / THEN
    assertThatThrownBy(() -> run(hybridPath))
        .isInstanceOf(UnmockedTaskException.class)
        .hasMessage("No mock answers Task state \"SQSState\" (resource arn:aws:states:::sqs:sendMessage, call #1)."
            + " Test case \"HybridPath\" in " + resource(DIR + "MockConfigFile.json") + " has no entry for this state.\n"
            + "Add one: a response for \"SQSState\" in the mock configuration, e.g. a MockConfigFile test case"
            + " entry \"SQSState\": \"<ResponseName>\" with a \"0\" entry under MockedResponses.<ResponseName>.");
  }

  @Test
  void hybrid_path_runs_when_mocks_stand_in_for_the_real_service_and_fall_back_to_the_test_case() {
    // GIVEN the test case for LambdaState, a realistic sqs:sendMessage response in place of Amazon SQS
    Mocks mocks = Mocks.create().fallbackTo(config().testCase(MACHINE, "HybridPath"));
    mocks.resource("arn:aws:states:::sqs:sendMessage").returnsPayload("{}");
    // WHEN
    ExecutionResult result = run(mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).containsExactly("LambdaState", "SQSState");
    assertThat(visit(result, "SQSState").input()).isEqualTo(LAMBDA_RETURN);
    assertThat(result.output().has("MessageId")).isTrue();
    assertThat(result.output().has("MD5OfMessageBody")).isTrue();
    List<String> answeredBy = new ArrayList<>();
    for (RecordedCall c : mocks.calls()) {
      answeredBy.add(c.stateName() + ": " + c.answeredBy());
    }
    assertThat(answeredBy).containsExactly(
        "LambdaState: fallback", "SQSState: mocks.resource(\"arn:aws:states:::sqs:sendMessage\")");
  }

  @Test
  void each_test_case_converted_to_a_mock_file_runs_as_the_mock_config_file_does() {
    for (String testCase : List.of("HappyPath", "RetryPath")) {
      // GIVEN
      String file = DIR + (testCase.equals("HappyPath") ? "happy-path.yaml" : "retry-path.yaml");
      // WHEN
      ExecutionResult expected = run(config().testCase(MACHINE, testCase));
      ExecutionResult converted = run(MockFile.loadResource(file));
      // THEN
      assertThat(converted.status()).as(file).isEqualTo(expected.status());
      assertThat(converted.path()).as(file).isEqualTo(expected.path());
      assertThat(converted.output()).as(file).isEqualTo(expected.output());
      assertThat(converted.duration()).as(file).isEqualTo(expected.duration());
      assertThat(converted.history().toJson()).as(file).isEqualTo(expected.history().toJson());
    }
  }

  @Test
  void the_converted_hybrid_path_runs_with_a_stand_in_for_amazon_sqs() {
    // WHEN
    ExecutionResult result = run(MockFile.loadResource(DIR + "hybrid-path.yaml"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(visit(result, "LambdaState").output()).isEqualTo(LAMBDA_RETURN);
    assertThat(result.output().has("MessageId")).isTrue();
  }

  static Path resource(String name) {
    try {
      return Path.of(StepFunctionsLocalDocsExampleTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
