package io.github.sfntestkit.mock;

import static io.github.sfntestkit.mock.MockRuns.LAMBDA_INVOKE;
import static io.github.sfntestkit.mock.MockRuns.json;
import static io.github.sfntestkit.mock.MockRuns.run;
import static io.github.sfntestkit.mock.MockRuns.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.SfnTestKitException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Real Java code as a Task's integration: functions and Lambda RequestHandler-style classes. */
class JavaHandlersTest {

  /** "Charge" invokes the "charge" function with the state input as Payload. */
  private static final String CHARGE = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "End": true}}}""";

  /** As {@link #CHARGE}, with a Catcher for IllegalArgumentException going to "Declined". */
  private static final String CHARGE_OR_DECLINE = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
          "Catch": [{"ErrorEquals": ["java.lang.IllegalArgumentException"], "ResultPath": "$.error",
            "Next": "Declined"}],
          "End": true},
        "Declined": {"Type": "Pass", "End": true}}}""";

  // ---- the stand-ins for aws-lambda-java-core (not a dependency)

  /** The part of {@code com.amazonaws.services.lambda.runtime.Context} these handlers read. */
  interface Context {
    String getAwsRequestId();

    String getFunctionName();

    String getFunctionVersion();

    int getRemainingTimeInMillis();

    int getMemoryLimitInMB();
  }

  /** The shape of {@code com.amazonaws.services.lambda.runtime.RequestHandler}. */
  interface RequestHandler<I, O> {
    O handleRequest(I input, Context context);
  }

  record Order(String id, int amount) {}

  record Receipt(String orderId, int charged, String requestId, String function, String version,
      int remainingMillis, int memoryMb) {}

  static final class ChargeHandler implements RequestHandler<Order, Receipt> {
    @Override
    public Receipt handleRequest(Order order, Context context) {
      if (order.amount() <= 0) {
        throw new IllegalArgumentException("amount must be positive: " + order.amount());
      }
      return new Receipt(order.id(), order.amount(), context.getAwsRequestId(), context.getFunctionName(),
          context.getFunctionVersion(), context.getRemainingTimeInMillis(), context.getMemoryLimitInMB());
    }
  }

  static final class CardDeclinedException extends RuntimeException {
    CardDeclinedException(String message) {
      super(message);
    }
  }

  // ---- functions

  @Test
  void should_give_a_function_the_payload_and_wrap_its_value_as_the_invoke_payload() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").handledBy(payload -> json("{\"charged\": " + payload.get("amount") + "}"));
    // WHEN
    ExecutionResult result = run(CHARGE, "{\"amount\": 12}", mocks);
    // THEN
    assertThat(result.output().get("Payload")).isEqualTo(json("{\"charged\": 12}"));
    assertThat(result.output().get("StatusCode").intValue()).isEqualTo(200);
  }

  @Test
  void should_give_a_function_the_whole_input_for_other_resources() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("T").handledBy(input -> json("{\"seen\": " + input + "}"));
    // WHEN
    ExecutionResult result = run(task("arn:aws:states:::aws-sdk:s3:getObject",
        "\"Parameters\": {\"Bucket\": \"b\", \"Key\": \"k\"},"), "{}", mocks);
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"seen\": {\"Bucket\": \"b\", \"Key\": \"k\"}}"));
  }

  @Test
  void should_fail_the_task_with_the_class_name_of_an_exception_a_function_throws() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").handledBy(payload -> {
      throw new CardDeclinedException("card expired");
    });
    // WHEN
    ExecutionResult result = run(CHARGE, "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo(CardDeclinedException.class.getName());
    assertThat(json(result.cause())).isEqualTo(json("""
        {"errorMessage": "card expired", "errorType": "%s", "stackTrace": []}"""
        .formatted(CardDeclinedException.class.getName())));
  }

  // ---- RequestHandler-style classes

  @Test
  void should_convert_the_payload_to_the_handlers_input_type_and_its_result_to_json() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").handledByLambda(new ChargeHandler());
    // WHEN
    ExecutionResult result = run(CHARGE, "{\"id\": \"o-1\", \"amount\": 25}", mocks);
    // THEN
    assertThat(result.output().get("Payload")).isEqualTo(json("""
        {"orderId": "o-1", "charged": 25, "requestId": "Charge-0", "function": "charge",
         "version": "$LATEST", "remainingMillis": 300000, "memoryMb": 128}"""));
  }

  @Test
  void should_return_the_handlers_result_itself_for_a_lambda_function_arn() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.lambda("charge").handledByLambda(new ChargeHandler());
    String definition = task("arn:aws:lambda:us-east-1:123456789012:function:charge", "");
    // WHEN
    ExecutionResult result = run(definition, "{\"id\": \"o-2\", \"amount\": 5}", mocks);
    // THEN
    assertThat(result.output().get("orderId").textValue()).isEqualTo("o-2");
    assertThat(result.output().get("function").textValue()).isEqualTo("charge");
  }

  @Test
  void should_report_a_handler_exception_as_the_java_lambda_runtime_does() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").handledByLambda(new ChargeHandler());
    // WHEN
    ExecutionResult result = run(CHARGE, "{\"id\": \"o-3\", \"amount\": 0}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("java.lang.IllegalArgumentException");
    JsonNode cause = json(result.cause());
    assertThat(cause.get("errorMessage").textValue()).isEqualTo("amount must be positive: 0");
    assertThat(cause.get("errorType").textValue()).isEqualTo("java.lang.IllegalArgumentException");
  }

  @Test
  void should_let_a_catcher_handle_a_handler_exception_by_its_class_name() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").handledByLambda(new ChargeHandler());
    // WHEN
    ExecutionResult result = run(CHARGE_OR_DECLINE, "{\"id\": \"o-4\", \"amount\": -1}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).containsExactly("Charge", "Declined");
    assertThat(result.output().at("/error/Error").textValue()).isEqualTo("java.lang.IllegalArgumentException");
    assertThat(json(result.output().at("/error/Cause").textValue()).get("errorMessage").textValue())
        .isEqualTo("amount must be positive: -1");
  }

  @Test
  void should_report_a_checked_exception_of_a_handler_by_its_own_class_name() {
    // GIVEN
    Object handler = new Object() {
      @SuppressWarnings("unused")
      public JsonNode handleRequest(JsonNode input, Context context) throws IOException {
        throw new IOException("disk full");
      }
    };
    Mocks mocks = Mocks.create();
    mocks.task("Charge").handledByLambda(handler);
    // WHEN
    ExecutionResult result = run(CHARGE, "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("java.io.IOException");
    assertThat(json(result.cause()).get("errorMessage").textValue()).isEqualTo("disk full");
  }

  @Test
  void should_call_a_handler_that_takes_no_context() {
    // GIVEN
    Object handler = new Object() {
      @SuppressWarnings("unused")
      public String handleRequest(Order order) {
        return "order " + order.id();
      }
    };
    Mocks mocks = Mocks.create();
    mocks.task("Charge").handledByLambda(handler);
    // WHEN
    ExecutionResult result = run(CHARGE, "{\"id\": \"o-5\", \"amount\": 1}", mocks);
    // THEN
    assertThat(result.output().get("Payload")).isEqualTo(json("\"order o-5\""));
  }

  @Test
  void should_reject_an_object_without_a_handle_request_method() {
    // GIVEN
    TaskMock mock = Mocks.create().task("Charge");
    // WHEN / THEN
    assertThatThrownBy(() -> mock.handledByLambda("not a handler"))
        .isInstanceOf(SfnTestKitException.class)
        .hasMessage("java.lang.String has no public handleRequest(input, context) method; pass a"
            + " RequestHandler-style object or use handledBy(Function<JsonNode, JsonNode>)");
  }
}
