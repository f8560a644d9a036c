package io.github.sfntestkit.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import org.junit.jupiter.api.Test;

// tag::getting-started[]
@StateMachineTest("junit-orders.asl.json")
class GettingStartedExampleTest {

  @Test
  void should_ship_a_paid_order(Mocks mocks, StateMachineRunner sfn) {
    // GIVEN
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Ship").returns("{}");
    // WHEN
    ExecutionResult result = sfn.run("{\"orderId\": 1}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).containsExactly("Validate", "Charge", "Ship", "Done");
    assertThat(mocks.calls("Charge")).hasSize(1);
  }

  @Test
  void should_fail_the_order_when_the_card_is_declined(Mocks mocks, StateMachineRunner sfn) {
    // GIVEN
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Charge").throwsError("Payment.Declined", "insufficient funds");
    // WHEN
    ExecutionResult result = sfn.run("{\"orderId\": 2}");
    // THEN
    assertThat(result.error()).isEqualTo("Order.PaymentFailed");
    assertThat(mocks.calls("Ship")).isEmpty();
  }
}
// end::getting-started[]
