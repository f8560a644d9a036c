package io.github.sfntestkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.StateVisit;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code of docs/mocking.md. Each region between {@code // tag::name[]} and {@code // end::name[]}
 * is copied into the page; {@link DocsSnippetsTest} checks that the copies are current.
 */
class MockingDocsExamplesTest {

  // tag::orders[]
  static final StateMachine ORDERS = StateMachine.fromJson("""
      {"StartAt": "Validate", "States": {
        "Validate": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "validate-order", "Payload.$": "$"},
          "ResultSelector": {"valid.$": "$.Payload.valid"}, "ResultPath": "$.validation",
          "Next": "Charge"},
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "charge-card",
            "Payload": {"orderId.$": "$.orderId", "amount.$": "$.amount"}},
          "TimeoutSeconds": 30,
          "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException", "Payment.Throttled"],
            "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2}],
          "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "PaymentFailed"}],
          "ResultSelector": {"chargeId.$": "$.Payload.chargeId"}, "ResultPath": "$.payment",
          "Next": "Approve"},
        "Approve": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
            "MessageBody": {"orderId.$": "$.orderId", "token.$": "$$.Task.Token"}},
          "HeartbeatSeconds": 600, "TimeoutSeconds": 86400, "ResultPath": "$.approval",
          "Next": "Notify"},
        "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
          "Parameters": {"TopicArn": "arn:aws:sns:us-east-1:123456789012:orders",
            "Message.$": "$.orderId"},
          "ResultPath": null, "End": true},
        "PaymentFailed": {"Type": "Fail", "Error": "Payment.Failed", "Cause": "the card was not charged"}}}""");

  static final String ORDER = "{\"orderId\": \"o-1\", \"amount\": 42}";
  /** Where the virtual clock starts (ExecutionOptions.defaults()). */
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  /** Mocks for the happy path; each test adds to them or overrides them. */
  static Mocks orderMocks() {
    Mocks mocks = Mocks.create();
    mocks.lambda("validate-order").returnsPayload("{\"valid\": true}");
    mocks.lambda("charge-card").returnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Approve").callback(Duration.ofMinutes(5), json("{\"approved\": true}"));
    mocks.resource("arn:aws:states:::sns:publish").returnsPayload("{}");
    return mocks;
  }

  static ExecutionOptions options(Mocks mocks) {
    return ExecutionOptions.defaults().withIntegration(mocks);
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
  // end::orders[]

  @Test
  void quick_start() {
    // tag::quick-start[]
    ExecutionResult result = ORDERS.execute(ORDER, options(orderMocks()));

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().at("/payment/chargeId").textValue()).isEqualTo("ch-1");
    assertThat(result.duration()).isEqualTo(Duration.ofMinutes(5)); // the approval, on the virtual clock
    // end::quick-start[]
  }

  @Test
  void sequence() {
    // tag::sequence[]
    Mocks mocks = orderMocks();
    mocks.task("Charge")
        .throwsError("Payment.Throttled", "slow down").times(2)             // calls 1 and 2
        .thenReturnsPayload("{\"chargeId\": \"ch-2\"}").after(Duration.ofSeconds(3)); // call 3 and later

    ExecutionResult result = ORDERS.execute(ORDER, options(mocks));

    assertThat(result.output().at("/payment/chargeId").textValue()).isEqualTo("ch-2");
    // the Retrier waits 2 s, then 4 s; nothing sleeps, the virtual clock moves
    assertThat(mocks.calls("Charge")).extracting(RecordedCall::time)
        .containsExactly(T0, T0.plusSeconds(2), T0.plusSeconds(6));
    // end::sequence[]
  }

  @Test
  void answers() {
    // tag::answers[]
    Mocks mocks = orderMocks();
    mocks.task("Validate")
        .returns(json("{\"Payload\": {\"valid\": true}, \"StatusCode\": 200}")); // the raw result, as is
    mocks.task("Charge").answers(call -> call.input().at("/Payload/amount").intValue() > 1000
        ? TaskResponse.failure("Payment.Declined", "over the card limit")
        : TaskResponse.success(json("{\"Payload\": {\"chargeId\": \"ch-3\"}}")).after(Duration.ofSeconds(1)));
    mocks.task("Notify").returns(input -> json("{\"MessageId\": \"m-" + input.get("Message").textValue() + "\"}"));

    ExecutionResult small = ORDERS.execute(ORDER, options(mocks));
    ExecutionResult large = ORDERS.execute("{\"orderId\": \"o-2\", \"amount\": 5000}", options(mocks));

    assertThat(small.output().at("/payment/chargeId").textValue()).isEqualTo("ch-3");
    assertThat(large.error()).isEqualTo("Payment.Failed"); // caught, then the Fail state
    assertThat(large.path()).containsExactly("Validate", "Charge", "PaymentFailed");
    // end::answers[]
  }

  @Test
  void matching() {
    // tag::matching[]
    Mocks mocks = Mocks.create();
    // 4th: any call of a resource (a trailing * matches every resource with that prefix)
    mocks.resource("arn:aws:states:::lambda:*").returnsPayload("{\"valid\": true}");
    // 3rd: a Lambda function, by lambda:invoke's FunctionName (name or ARN) or a function ARN Resource
    mocks.lambda("charge-card").returnsPayload("{\"chargeId\": \"ch-small\"}");
    // 2nd: a predicate on the call
    mocks.when("large charges", call -> call.stateName().equals("Charge")
            && call.input().at("/Payload/amount").intValue() > 1000)
        .returnsPayload("{\"chargeId\": \"ch-large\"}");
    // 1st: the state's name
    mocks.task("Approve").callback(Duration.ofMinutes(5), json("{\"approved\": true}"));
    mocks.task("Notify").returnsPayload("{}");

    ExecutionResult large = ORDERS.execute("{\"orderId\": \"o-2\", \"amount\": 5000}", options(mocks));

    assertThat(large.output().at("/payment/chargeId").textValue()).isEqualTo("ch-large");
    assertThat(mocks.calls()).extracting(RecordedCall::answeredBy).containsExactly(
        "mocks.resource(\"arn:aws:states:::lambda:*\")", "mocks.when(large charges)",
        "mocks.task(\"Approve\")", "mocks.task(\"Notify\")");
    // end::matching[]
  }

  @Test
  void payload() {
    // tag::payload[]
    Mocks mocks = orderMocks();
    mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-4\"}");

    ExecutionResult result = ORDERS.execute(ORDER, options(mocks));

    StateVisit charge = result.visits().get(1);
    assertThat(charge.result().get("Payload")).isEqualTo(json("{\"chargeId\": \"ch-4\"}"));
    assertThat(charge.result().get("StatusCode").intValue()).isEqualTo(200);
    assertThat(charge.result().get("ExecutedVersion").textValue()).isEqualTo("$LATEST");
    assertThat(charge.afterResultSelector()).isEqualTo(json("{\"chargeId\": \"ch-4\"}"));
    // end::payload[]
  }

  @Test
  void callback() {
    // tag::callback[]
    Mocks alive = orderMocks();
    alive.task("Approve").callback(Duration.ofMinutes(25), json("{\"approved\": true}"),
        Duration.ofMinutes(9), Duration.ofMinutes(18)); // heartbeats: each opens a new 600 s window

    Mocks silent = orderMocks();
    silent.task("Approve").callback(Duration.ofMinutes(25), json("{\"approved\": true}"),
        Duration.ofMinutes(9)); // then nothing for 16 minutes

    ExecutionResult approved = ORDERS.execute(ORDER, options(alive));
    ExecutionResult timedOut = ORDERS.execute(ORDER, options(silent));

    assertThat(approved.output().get("approval")).isEqualTo(json("{\"approved\": true}"));
    assertThat(timedOut.error()).isEqualTo("States.Timeout");
    assertThat(timedOut.stopTime()).isEqualTo(T0.plus(Duration.ofMinutes(19))); // last heartbeat + 600 s
    // end::callback[]
  }

  @Test
  void task_token() {
    // tag::task-token[]
    Mocks mocks = orderMocks();
    mocks.task("Approve").answers(call -> {
      // the token the worker would read from the queue message is the one the mock is given
      assertThat(call.input().at("/MessageBody/token").textValue()).isEqualTo(call.taskToken());
      return TaskResponse.success(json("{\"approvedWith\": \"" + call.taskToken() + "\"}"))
          .after(Duration.ofMinutes(5))
          .withHeartbeats(List.of(Duration.ofMinutes(2)));
    });

    ExecutionResult result = ORDERS.execute(ORDER, options(mocks));

    assertThat(result.output().at("/approval/approvedWith").textValue())
        .isEqualTo(mocks.calls("Approve").get(0).taskToken());
    // end::task-token[]
  }

  // tag::handler-class[]
  /** In a Lambda project: com.amazonaws.services.lambda.runtime.Context (any interface will do). */
  interface Context {
    String getAwsRequestId();
  }

  record Charge(String orderId, int amount) {}

  record Receipt(String chargeId) {}

  /** In a Lambda project: implements RequestHandler<Charge, Receipt>. */
  static final class ChargeCardHandler {
    public Receipt handleRequest(Charge charge, Context context) {
      if (charge.amount() > 1000) {
        throw new IllegalStateException("over the card limit: " + charge.amount());
      }
      return new Receipt("ch-" + charge.orderId() + "-" + context.getAwsRequestId());
    }
  }
  // end::handler-class[]

  @Test
  void java_handlers() {
    // tag::java-handlers[]
    Mocks mocks = orderMocks();
    mocks.lambda("validate-order").handledBy(payload -> json("{\"valid\": " + payload.has("orderId") + "}"));
    mocks.lambda("charge-card").handledByLambda(new ChargeCardHandler());

    ExecutionResult small = ORDERS.execute(ORDER, options(mocks));
    ExecutionResult large = ORDERS.execute("{\"orderId\": \"o-2\", \"amount\": 5000}", options(mocks));

    assertThat(small.output().at("/payment/chargeId").textValue()).isEqualTo("ch-o-1-Charge-0");
    // an exception fails the task as the Java Lambda runtime reports it; Catch sees the class name
    StateVisit charge = large.visits().get(1);
    assertThat(charge.caughtError()).isEqualTo("java.lang.IllegalStateException");
    assertThat(json(charge.cause()).get("errorMessage").textValue()).isEqualTo("over the card limit: 5000");
    // end::java-handlers[]
  }

  @Test
  void failure_injection() {
    // tag::failure-injection[]
    Mocks throttled = orderMocks();
    throttled.inject(Failure.throttling()).into("Charge").onCalls(1, 2); // Lambda.TooManyRequestsException

    Mocks stuck = orderMocks();
    stuck.inject(Failure.timeout()).into("Charge").always(); // never answers: TimeoutSeconds fires

    ExecutionResult retried = ORDERS.execute(ORDER, options(throttled));
    ExecutionResult caught = ORDERS.execute(ORDER, options(stuck));

    assertThat(retried.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(retried.visits().get(1).retries()).isEqualTo(2);
    assertThat(caught.error()).isEqualTo("Payment.Failed");
    assertThat(caught.duration()).isEqualTo(Duration.ofSeconds(30));
    // end::failure-injection[]
  }

  @Test
  void failure_sweep() {
    // tag::failure-sweep[]
    FailureSweepReport report = FailureSweep.of(ORDERS, ORDER, MockingDocsExamplesTest::orderMocks,
            Failure.error("Lambda.ServiceException", "internal error"), Failure.timeout())
        .run();

    assertThat(report).hasToString("""
        Failure sweep: 4 Task states x 2 failures, injected into the first call: 8 runs, 6 unhandled
          state     failure                        outcome    handled by         execution
          Validate  error Lambda.ServiceException  UNHANDLED  -                  FAILED Lambda.ServiceException
          Validate  timeout                        UNHANDLED  -                  FAILED States.Timeout
          Charge    error Lambda.ServiceException  CAUGHT     Catch on "Charge"  FAILED Payment.Failed
          Charge    timeout                        CAUGHT     Catch on "Charge"  FAILED Payment.Failed
          Approve   error Lambda.ServiceException  UNHANDLED  -                  FAILED Lambda.ServiceException
          Approve   timeout                        UNHANDLED  -                  FAILED States.Timeout
          Notify    error Lambda.ServiceException  UNHANDLED  -                  FAILED Lambda.ServiceException
          Notify    timeout                        UNHANDLED  -                  FAILED States.Timeout""");
    assertThat(report.unhandled()).hasSize(6);
    // end::failure-sweep[]
  }

  @Test
  void verification() {
    // tag::verification[]
    Mocks mocks = orderMocks();

    ORDERS.execute(ORDER, options(mocks));

    assertThat(mocks.calls()).extracting(RecordedCall::stateName)
        .containsExactly("Validate", "Charge", "Approve", "Notify");
    RecordedCall charge = mocks.calls("Charge").get(0);
    assertThat(charge.input()).isEqualTo(
        json("{\"FunctionName\": \"charge-card\", \"Payload\": {\"orderId\": \"o-1\", \"amount\": 42}}"));
    assertThat(charge.answeredBy()).isEqualTo("mocks.lambda(\"charge-card\")");
    assertThat(charge.callIndex()).isZero(); // counted per state, retries and Map iterations included
    assertThat(mocks.calls("Notify").get(0).time()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    // end::verification[]
  }

  @Test
  void mock_config_file() {
    // tag::mock-config-file[]
    MockConfigFile file = MockConfigFile.parse(json("""
        {"StateMachines": {"Orders": {"TestCases": {
           "ChargeThrottled": {"Validate": "ValidOrder", "Charge": "ThrottledTwice", "Notify": "Sent"}}}},
         "MockedResponses": {
           "ValidOrder": {"0": {"Return": {"Payload": {"valid": true}}}},
           "ThrottledTwice": {
             "0-1": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "Rate exceeded"}},
             "2": {"Return": {"Payload": {"chargeId": "ch-5"}}}},
           "Sent": {"0": {"Return": {"MessageId": "m-1"}}}}}"""), "MockConfigFile.json");
    // or MockConfigFile.read(Path.of("src/test/resources/MockConfigFile.json"))

    Mocks mocks = Mocks.create();
    mocks.task("Approve").callback(Duration.ofMinutes(5), json("{\"approved\": true}")); // beyond the file
    mocks.fallbackTo(file.testCase("Orders", "ChargeThrottled"));

    ExecutionResult result = ORDERS.execute(ORDER, options(mocks));

    assertThat(result.output().at("/payment/chargeId").textValue()).isEqualTo("ch-5");
    assertThat(mocks.calls("Charge")).extracting(RecordedCall::answeredBy).containsOnly("fallback");
    // end::mock-config-file[]
  }

  @Test
  void unmocked() {
    // tag::unmocked[]
    Mocks mocks = Mocks.create();
    mocks.lambda("validate-order").returnsPayload("{\"valid\": true}");
    mocks.lambda("charge-card").returnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Approve").callback(Duration.ofMinutes(5), json("{\"approved\": true}"));

    assertThatThrownBy(() -> ORDERS.execute(ORDER, options(mocks)))
        .isInstanceOf(UnmockedTaskException.class)
        .hasMessage("""
            No mock answers Task state "Notify" (resource arn:aws:states:::sns:publish, call #1).
            Mocks registered: mocks.lambda("validate-order"), mocks.lambda("charge-card"), mocks.task("Approve").
            Add one: mocks.task("Notify").returns(...).""");
    // end::unmocked[]
  }
}
