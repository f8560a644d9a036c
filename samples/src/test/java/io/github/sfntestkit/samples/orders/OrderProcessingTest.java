package io.github.sfntestkit.samples.orders;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.InjectFailure;
import io.github.sfntestkit.junit.SfnInject;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Failure;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.RecordedCall;
import io.github.sfntestkit.time.VirtualClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order workflow, state by state: {@code ValidateOrder} → {@code IsValid} → {@code ChargeCard}
 * (retries {@code Payment.Throttled}, catches everything else) → a one-hour {@code WaitForWarehouse}
 * → {@code Notify} (SNS); a failed payment is recorded in DynamoDB ({@code RecordPaymentFailure})
 * before the execution fails.
 */
@StateMachineTest("order-processing/order.asl.json")
class OrderProcessingTest {

  static final String ORDER = "{\"orderId\": \"o-1001\", \"amount\": 42.5}";

  @SfnInject Mocks mocks;
  @SfnInject StateMachineRunner sfn;
  @SfnInject VirtualClock clock;

  @BeforeEach
  void every_service_answers() {
    mocks.task("ValidateOrder").returnsPayload("{\"valid\": true}");
    mocks.task("ChargeCard").returnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Notify").returnsPayload("{}");
    mocks.task("RecordPaymentFailure").returnsPayload("{}");
  }

  @Test
  void should_charge_the_card_wait_for_the_warehouse_and_notify_the_customer() {
    // WHEN
    ExecutionResult result = sfn.run(ORDER);
    // THEN
    assertThat(result).succeeded().hasOutput("""
        {"orderId": "o-1001", "amount": 42.5, "validation": {"valid": true}, "payment": {"chargeId": "ch-1"}}""");
    assertThat(result).path()
        .containsExactly("ValidateOrder", "IsValid", "ChargeCard", "WaitForWarehouse", "Notify", "Done");
    assertThat(result).calls(mocks, "ChargeCard").hasSize(1).call(1)
        .hasInput("{\"FunctionName\": \"charge-card\", \"Payload\": {\"orderId\": \"o-1001\", \"amount\": 42.5}}");
    assertThat(result).calls(mocks, "Notify").call(1).hasInput("""
        {"TopicArn": "arn:aws:sns:us-east-1:123456789012:orders", "Message": "Order o-1001 charged"}""");
    // the one-hour Wait took no real time: the notification went out an hour into the execution
    assertThat(mocks.calls("Notify").get(0).time()).isEqualTo(clock.at(Duration.ofHours(1)));
    assertThat(result).tookExactly(Duration.ofHours(1));
    assertThat(result).neverVisited("RecordPaymentFailure");
  }

  @Test
  void should_retry_a_throttled_charge_with_exponential_backoff() {
    // GIVEN
    mocks.task("ChargeCard")
        .throwsError("Payment.Throttled", "slow down").times(2)
        .thenReturnsPayload("{\"chargeId\": \"ch-2\"}");
    // WHEN
    ExecutionResult result = sfn.run(ORDER);
    // THEN: IntervalSeconds 2, BackoffRate 2: the retries wait 2 s, then 4 s
    assertThat(result).succeeded().outputAt("$.payment.chargeId").hasText("ch-2");
    assertThat(result).state("ChargeCard").wasRetried(2).wentTo("WaitForWarehouse");
    assertThat(result.visits().get(2).retryDelays()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    assertThat(mocks.calls("ChargeCard")).extracting(RecordedCall::time)
        .containsExactly(clock.start(), clock.at(Duration.ofSeconds(2)), clock.at(Duration.ofSeconds(6)));
    assertThat(result).tookExactly(Duration.ofSeconds(6).plusHours(1));
  }

  @Test
  void should_record_the_failure_when_throttling_outlasts_the_retries() {
    // GIVEN: MaxAttempts 3, so the fourth throttled call is the last
    mocks.task("ChargeCard").throwsError("Payment.Throttled", "slow down");
    // WHEN
    ExecutionResult result = sfn.run(ORDER);
    // THEN
    assertThat(result).failedWith("Payment.Failed").withCause("The card could not be charged");
    assertThat(result).state("ChargeCard").wasRetried(3).caught("Payment.Throttled").wentTo("RecordPaymentFailure");
    assertThat(mocks.calls("ChargeCard")).hasSize(4);
    assertThat(result).tookExactly(Duration.ofSeconds(2 + 4 + 8));
  }

  @Test
  void should_record_a_declined_card_in_the_orders_table_without_retrying_it() {
    // GIVEN
    mocks.task("ChargeCard").throwsError("Payment.Declined", "Insufficient funds");
    // WHEN
    ExecutionResult result = sfn.run(ORDER);
    // THEN
    assertThat(result).failedWith("Payment.Failed");
    assertThat(result).path().containsExactly("ValidateOrder", "IsValid", "ChargeCard", "RecordPaymentFailure",
        "PaymentFailed");
    assertThat(result).state("ChargeCard").wasRetried(0).caught("Payment.Declined");
    assertThat(result).calls(mocks, "RecordPaymentFailure").hasSize(1).call(1).hasInput("""
        {"TableName": "orders",
         "Item": {"orderId": {"S": "o-1001"}, "status": {"S": "PAYMENT_FAILED"},
                  "reason": {"S": "Payment.Declined"}}}""");
    assertThat(result).state("RecordPaymentFailure").input().at("$.error")
        .isEqualTo("{\"Error\": \"Payment.Declined\", \"Cause\": \"Insufficient funds\"}");
    assertThat(mocks.calls("Notify")).isEmpty();
  }

  @Test
  void should_retry_recording_the_failure_when_dynamodb_is_throttled() {
    // GIVEN
    mocks.task("ChargeCard").throwsError("Payment.Declined", "Insufficient funds");
    mocks.inject(Failure.throttling()).into("RecordPaymentFailure").onCalls(1, 2);
    // WHEN
    ExecutionResult result = sfn.run(ORDER);
    // THEN
    assertThat(result).failedWith("Payment.Failed");
    assertThat(result).state("RecordPaymentFailure").wasRetried(2).wentTo("PaymentFailed");
    assertThat(mocks.calls("RecordPaymentFailure")).extracting(RecordedCall::failed)
        .containsExactly(true, true, false);
  }

  @Test
  void should_reject_an_invalid_order_without_charging_it() {
    // GIVEN
    mocks.task("ValidateOrder").returnsPayload("{\"valid\": false}");
    // WHEN
    ExecutionResult result = sfn.run(ORDER);
    // THEN
    assertThat(result).failedWith("Order.Invalid").withCause("The order did not pass validation");
    assertThat(result).state("IsValid").wentTo("Rejected");
    assertThat(result).neverVisited("ChargeCard", "Notify");
    assertThat(mocks.calls()).extracting(RecordedCall::stateName).containsExactly("ValidateOrder");
  }

  @Test
  @InjectFailure(state = "ValidateOrder", error = "Lambda.ServiceException", cause = "internal error", onCall = 1)
  void should_retry_validation_after_a_lambda_service_error() {
    // WHEN
    ExecutionResult result = sfn.run(ORDER);
    // THEN
    assertThat(result).succeeded();
    assertThat(result).state("ValidateOrder").wasRetried(1);
    assertThat(result).calls(mocks, "ValidateOrder").hasSize(2)
        .allSatisfy(call -> assertThat(call.input().at("/Payload/orderId").textValue()).isEqualTo("o-1001"));
  }

  @Test
  void should_fail_after_charging_when_the_notification_cannot_be_sent() {
    // GIVEN: Notify has no Retry and no Catch, so an SNS error ends the execution
    mocks.task("Notify").throwsError("SNS.InternalErrorException", "try later");
    // WHEN
    ExecutionResult result = sfn.run(ORDER);
    // THEN: the card was charged, but the execution failed an hour later
    assertThat(result).failedWith("SNS.InternalErrorException").withCause("try later");
    assertThat(result).visitedInOrder("ChargeCard", "WaitForWarehouse", "Notify").neverVisited("Done");
    assertThat(mocks.calls("ChargeCard")).hasSize(1);
    assertThat(result.stopTime()).isEqualTo(clock.at(Duration.ofHours(1)));
    assertThat(result).history().containsEventTypes("TaskFailed", "ExecutionFailed");
  }
}
