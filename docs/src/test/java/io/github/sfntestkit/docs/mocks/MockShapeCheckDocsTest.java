package io.github.sfntestkit.docs.mocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.ResponseShapeCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The messages of docs/mock-shape-check.md, with the AWS SDK's lambda and dynamodb modules on the
 * test classpath (as the page's set-up adds them) and glue missing.
 */
class MockShapeCheckDocsTest {
  private static final StateMachine ORDER = StateMachine.fromString("""
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Load"},
        "Load": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem", "End": true}}}
      """);

  @Test
  void strict_fails_the_run_listing_every_problem_of_the_result() {
    StateMachine sm = ORDER;
    String input = "{}";
    SfnTestKitException e = catchThrowableOfType(SfnTestKitException.class, () -> {
      // tag::shape-check-strict[]
      Mocks mocks = Mocks.create().checkResponsesAgainstSdk(ResponseShapeCheck.Mode.STRICT);
      mocks.task("Charge").returns("{\"StatusCod\": 200, \"StatusCode\": \"200\", \"Payload\": {}}");
      sm.execute(input, ExecutionOptions.defaults().withIntegration(mocks));   // throws SfnTestKitException
      // end::shape-check-strict[]
    });
    assertThat(e.getMessage()).isEqualTo(
        // tag::shape-check-strict-message[]
        """
        Mocked response of Task state "Charge" (resource arn:aws:states:::lambda:invoke, call #1) does not match the AWS SDK model software.amazon.awssdk.services.lambda.model.InvokeResponse:
          at /StatusCod: found unknown field "StatusCod", expected a member of InvokeResponse (did you mean "StatusCode"?)
          at /StatusCode: found a string ("200"), expected an integer for InvokeResponse.StatusCode
        Fix the mock, or collect these as warnings with mocks.checkResponsesAgainstSdk(ResponseShapeCheck.Mode.LENIENT)."""
        // end::shape-check-strict-message[]
    );
  }

  @Test
  void lenient_collects_warnings_and_the_run_goes_on() {
    Mocks mocks = Mocks.create().checkResponsesAgainstSdk(ResponseShapeCheck.Mode.LENIENT);
    mocks.task("Charge").returns("{\"StatusCod\": 200, \"StatusCode\": 200, \"Payload\": {}}");
    mocks.task("Load").returns("{\"Item\": {\"id\": \"1\", \"l\": {\"L\": [{\"S\": \"x\"}, {\"Q\": 1}]}}}");
    ExecutionResult result = ORDER.execute("{}", ExecutionOptions.defaults().withIntegration(mocks));
    assertThat(result.succeeded()).isTrue();
    assertThat(String.join("\n", mocks.responseShapeWarnings())).isEqualTo(
        // tag::shape-check-warnings[]
        """
        Task state "Charge" (arn:aws:states:::lambda:invoke) at /StatusCod: found unknown field "StatusCod", expected a member of InvokeResponse (did you mean "StatusCode"?)
        Task state "Load" (arn:aws:states:::dynamodb:getItem) at /Item/id: found a string ("1"), expected an object (AttributeValue) for value of GetItemResponse.Item
        Task state "Load" (arn:aws:states:::dynamodb:getItem) at /Item/l/L/1/Q: found unknown field "Q", expected a member of AttributeValue: S, N, B, SS, NS, BS, M, L, BOOL, NULL"""
        // end::shape-check-warnings[]
    );
  }

  @Test
  void a_missing_sdk_module_is_named_once_and_does_not_fail_strict_runs() {
    StateMachine etl = StateMachine.fromString("""
        {"StartAt": "Extract", "States": {
          "Extract": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync", "Next": "Load"},
          "Load": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync", "End": true}}}
        """);
    Mocks mocks = Mocks.create().checkResponsesAgainstSdk(ResponseShapeCheck.Mode.STRICT);
    mocks.resource("arn:aws:states:::glue:startJobRun.sync").returns("{\"JobRunState\": \"SUCCEEDED\"}");
    ExecutionResult result = etl.execute("{}", ExecutionOptions.defaults().withIntegration(mocks));
    assertThat(result.succeeded()).isTrue();
    assertThat(mocks.responseShapeWarnings()).isEqualTo(List.of(
        // tag::shape-check-missing-module[]
        """
        Response shapes of glue tasks are not checked: the AWS SDK module software.amazon.awssdk:glue is not on the classpath (first needed by Task state "Extract", resource arn:aws:states:::glue:startJobRun.sync). Add it as a test dependency to check them."""
        // end::shape-check-missing-module[]
    ));
  }
}
