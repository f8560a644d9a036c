package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.mock.MockConfigFile;
import io.github.sfntestkit.mock.TaskIntegration;
import io.github.sfntestkit.mock.UnmockedTaskException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockConfigFileTest {

  private static final String MOCKS = """
      {"StateMachines": {
         "Orders": {"TestCases": {
           "HappyPath": {"Charge": "ChargeOk"},
           "Flaky": {"Charge": "ChargeFailsTwice"},
           "Items": {"Charge": "PerItem"},
           "Broken": {"Charge": "NoSuchResponse"}}}},
       "MockedResponses": {
         "ChargeOk": {"0": {"Return": {"charged": true}}},
         "ChargeFailsTwice": {
           "0-1": {"Throw": {"Error": "Lambda.ServiceException", "Cause": "throttled"}},
           "2": {"Return": {"charged": "eventually"}}},
         "PerItem": {
           "0": {"Return": "first"},
           "1-2": {"Return": "middle"},
           "3": {"Throw": {"Error": "Item.Failed", "Cause": "fourth"}}}}}""";

  private static final String CHARGE = """
      {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
        "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "MaxAttempts": 3}], "End": true}}}""";

  private static final String CHARGE_EACH = """
      {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 1, "End": true,
        "ItemProcessor": {"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}}}}""";

  private static MockConfigFile mocks() {
    return MockConfigFile.parse(json(MOCKS), "mocks.json");
  }

  @Test
  void should_return_the_value_of_call_index_zero() {
    // GIVEN
    TaskIntegration integration = mocks().testCase("Orders", "HappyPath");
    // WHEN
    ExecutionResult result = run(CHARGE, "{}", integration);
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"charged\": true}"));
  }

  @Test
  void should_throw_for_a_range_and_count_retries_as_calls() {
    // GIVEN
    TaskIntegration integration = mocks().testCase("Orders", "Flaky");
    // WHEN
    ExecutionResult result = run(CHARGE, "{}", integration);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("{\"charged\": \"eventually\"}"));
    assertThat(TestRuns.visit(result, "Charge").retries()).isEqualTo(2);
    assertThat(TestRuns.events(result, "TaskFailed"))
        .extracting(e -> e.details().path("error").asText() + ": " + e.details().path("cause").asText())
        .containsExactly("Lambda.ServiceException: throttled", "Lambda.ServiceException: throttled");
  }

  @Test
  void should_count_calls_across_map_iterations() {
    // GIVEN
    TaskIntegration integration = mocks().testCase("Orders", "Items");
    // WHEN
    ExecutionResult ok = run(CHARGE_EACH, "[1, 2, 3]", integration);
    ExecutionResult fourth = run(CHARGE_EACH, "[1, 2, 3, 4]", integration);
    // THEN
    assertThat(ok.output()).isEqualTo(json("[\"first\", \"middle\", \"middle\"]"));
    assertThat(fourth.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(fourth.error()).isEqualTo("Item.Failed");
    assertThat(fourth.cause()).isEqualTo("fourth");
  }

  @Test
  void should_start_counting_afresh_in_every_execution() {
    // GIVEN
    TaskIntegration integration = mocks().testCase("Orders", "Flaky");
    // WHEN
    ExecutionResult first = run(CHARGE, "{}", integration);
    ExecutionResult second = run(CHARGE, "{}", integration);
    // THEN
    assertThat(second.history().toJson()).isEqualTo(first.history().toJson());
  }

  @Test
  void should_read_a_mock_file_from_disk(@TempDir Path dir) throws IOException {
    // GIVEN
    Path file = dir.resolve("MockConfigFile.json");
    Files.writeString(file, MOCKS);
    // WHEN
    ExecutionResult result = run(CHARGE, "{}", MockConfigFile.read(file).testCase("Orders", "HappyPath"));
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"charged\": true}"));
  }

  @Test
  void should_name_the_known_state_machines_when_one_is_unknown() {
    // GIVEN
    MockConfigFile mocks = mocks();
    // WHEN / THEN
    assertThatThrownBy(() -> mocks.testCase("Shipping", "HappyPath"))
        .isInstanceOf(SfnTestKitException.class)
        .hasMessageContaining("mocks.json")
        .hasMessageContaining("\"Shipping\"")
        .hasMessageContaining("\"Orders\"");
  }

  @Test
  void should_name_the_known_test_cases_when_one_is_unknown() {
    // GIVEN
    MockConfigFile mocks = mocks();
    // WHEN / THEN
    assertThatThrownBy(() -> mocks.testCase("Orders", "SadPath"))
        .isInstanceOf(SfnTestKitException.class)
        .hasMessageContaining("\"SadPath\"")
        .hasMessageContaining("\"HappyPath\"")
        .hasMessageContaining("\"Flaky\"");
  }

  @Test
  void should_name_the_defined_responses_when_a_test_case_uses_an_unknown_one() {
    // GIVEN
    MockConfigFile mocks = mocks();
    // WHEN / THEN
    assertThatThrownBy(() -> mocks.testCase("Orders", "Broken"))
        .isInstanceOf(SfnTestKitException.class)
        .hasMessageContaining("\"NoSuchResponse\"")
        .hasMessageContaining("\"Charge\"")
        .hasMessageContaining("\"ChargeOk\"");
  }

  @Test
  void should_reject_a_key_that_is_not_an_index_or_a_range() {
    // GIVEN
    MockConfigFile mocks = MockConfigFile.parse(json("""
        {"StateMachines": {"M": {"TestCases": {"C": {"S": "R"}}}},
         "MockedResponses": {"R": {"first": {"Return": 1}}}}"""), "bad.json");
    // WHEN / THEN
    assertThatThrownBy(() -> mocks.testCase("M", "C"))
        .isInstanceOf(SfnTestKitException.class)
        .hasMessageContaining("\"first\"")
        .hasMessageContaining("\"0\"")
        .hasMessageContaining("\"1-2\"");
  }

  @Test
  void should_reject_a_response_without_return_or_throw() {
    // GIVEN
    MockConfigFile mocks = MockConfigFile.parse(json("""
        {"StateMachines": {"M": {"TestCases": {"C": {"S": "R"}}}},
         "MockedResponses": {"R": {"0": {"Value": 1}}}}"""), "bad.json");
    // WHEN / THEN
    assertThatThrownBy(() -> mocks.testCase("M", "C"))
        .isInstanceOf(SfnTestKitException.class)
        .hasMessageContaining("Return")
        .hasMessageContaining("Throw");
  }

  @Test
  void should_reject_a_mock_file_that_is_not_an_object() {
    // GIVEN
    String notAnObject = "[1]";
    // WHEN / THEN
    assertThatThrownBy(() -> MockConfigFile.parse(json(notAnObject), "list.json"))
        .isInstanceOf(SfnTestKitException.class)
        .hasMessageContaining("list.json");
  }

  @Test
  void should_name_state_resource_and_call_when_a_state_is_not_mocked() {
    // GIVEN
    String definition = """
        {"StartAt": "Charge", "States": {
          "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Ship"},
          "Ship": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "End": true}}}""";
    TaskIntegration integration = mocks().testCase("Orders", "HappyPath");
    // WHEN / THEN
    assertThatThrownBy(() -> run(definition, "{}", integration))
        .isInstanceOf(UnmockedTaskException.class)
        .hasMessageContaining("\"Ship\"")
        .hasMessageContaining("arn:aws:states:::sqs:sendMessage")
        .hasMessageContaining("call #1")
        .hasMessageContaining("HappyPath");
  }

  @Test
  void should_name_the_call_when_its_index_is_not_mocked() {
    // GIVEN
    TaskIntegration integration = mocks().testCase("Orders", "HappyPath");
    // WHEN / THEN
    assertThatThrownBy(() -> run(CHARGE_EACH, "[1, 2]", integration))
        .isInstanceOf(UnmockedTaskException.class)
        .hasMessageContaining("\"Charge\"")
        .hasMessageContaining("arn:aws:states:::lambda:invoke")
        .hasMessageContaining("call #2");
  }

  @Test
  void should_fail_every_task_without_an_integration() {
    // GIVEN
    String definition = CHARGE;
    // WHEN / THEN
    assertThatThrownBy(() -> StateMachine.fromJson(definition).execute(json("{}"), ExecutionOptions.defaults()))
        .isInstanceOf(UnmockedTaskException.class)
        .hasMessageContaining("\"Charge\"")
        .hasMessageContaining("arn:aws:states:::lambda:invoke");
  }
}
