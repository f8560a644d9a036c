package io.github.sfntestkit.mock;

import static io.github.sfntestkit.mock.MockRuns.run;
import static io.github.sfntestkit.mock.MockRuns.task;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.StateMachine;
import org.junit.jupiter.api.Test;

/** Strictness: a call no mock answers stops the test with a message saying how to mock it. */
class UnmockedTaskTest {

  private static final String CHARGE = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:charge:prod",
            "Payload.$": "$"},
          "Retry": [{"ErrorEquals": ["Busy"], "MaxAttempts": 2}],
          "End": true}}}""";

  @Test
  void should_name_the_state_resource_and_call_and_suggest_a_state_and_a_function_mock() {
    // GIVEN
    Mocks mocks = Mocks.create();
    // WHEN / THEN
    assertThatThrownBy(() -> run(CHARGE, "{}", mocks))
        .isInstanceOf(UnmockedTaskException.class)
        .isInstanceOf(SfnTestKitException.class)
        .hasMessage("""
            No mock answers Task state "Charge" (resource arn:aws:states:::lambda:invoke, call #1).
            Add one: mocks.task("Charge").returns(...) or mocks.lambda("charge").returnsPayload(...).""");
  }

  @Test
  void should_list_the_registered_mocks() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Validate").returns("{}");
    mocks.when("big orders", call -> false).returns("{}");
    mocks.lambda("refund").returns("{}");
    mocks.resource("arn:aws:states:::sqs:*").returns("{}");
    String definition = task("arn:aws:states:::sns:publish", "");
    // WHEN / THEN
    assertThatThrownBy(() -> run(definition, "{}", mocks))
        .isInstanceOf(UnmockedTaskException.class)
        .hasMessage("""
            No mock answers Task state "T" (resource arn:aws:states:::sns:publish, call #1).
            Mocks registered: mocks.task("Validate"), mocks.when(big orders), mocks.lambda("refund"),\
             mocks.resource("arn:aws:states:::sqs:*").
            Add one: mocks.task("T").returns(...).""");
  }

  @Test
  void should_suggest_a_function_mock_for_a_lambda_function_arn_resource() {
    // GIVEN
    Mocks mocks = Mocks.create();
    String definition = task("arn:aws:lambda:us-east-1:123456789012:function:charge", "");
    // WHEN / THEN
    assertThatThrownBy(() -> run(definition, "{}", mocks))
        .hasMessage("""
            No mock answers Task state "T" (resource arn:aws:lambda:us-east-1:123456789012:function:charge,\
             call #1).
            Add one: mocks.task("T").returns(...) or mocks.lambda("charge").returnsPayload(...).""");
  }

  @Test
  void should_count_the_call_that_no_mock_answers() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.inject(Failure.error("Busy", "try later")).into("Charge").onCalls(1, 2);
    // WHEN / THEN
    assertThatThrownBy(() -> run(CHARGE, "{}", mocks))
        .hasMessageStartingWith(
            "No mock answers Task state \"Charge\" (resource arn:aws:states:::lambda:invoke, call #3).");
  }

  @Test
  void should_point_to_the_mock_configuration_when_the_execution_has_no_integration() {
    // GIVEN
    StateMachine machine = StateMachine.fromJson(CHARGE);
    // WHEN / THEN
    assertThatThrownBy(() -> machine.execute("{}", ExecutionOptions.defaults()))
        .isInstanceOf(UnmockedTaskException.class)
        .hasMessage("""
            No mock answers Task state "Charge" (resource arn:aws:states:::lambda:invoke, call #1).
            Add one: a response for "Charge" in the mock configuration, e.g. a MockConfigFile test case entry\
             "Charge": "<ResponseName>" with a "0" entry under MockedResponses.<ResponseName>.""");
  }
}
