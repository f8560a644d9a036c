package io.github.sfntestkit.docs.gettingstarted;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** More paths through the getting-started workflow: retries and a caught error. */
@StateMachineTest("orders.asl.json")
class OrderWorkflowPathsTest {

  // tag::getting-started-more-paths[]
  @Test
  void retries_a_throttled_charge(Mocks mocks, StateMachineRunner sfn) {
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Charge")
        .throwsError("Lambda.TooManyRequestsException", "slow down").times(2)
        .thenReturnsPayload("{\"chargeId\": \"ch-2\"}");
    mocks.task("Ship").returns("{}");

    ExecutionResult result = sfn.run("{\"orderId\": \"o-2\", \"amount\": 42}");

    assertThat(result).succeeded();
    assertThat(result).state("Charge").wasRetried(2);
    assertThat(result).tookExactly(Duration.ofSeconds(2 + 4 + 3600));   // backoff 2 s, 4 s, then the Wait
    assertThat(result).calls(mocks, "Charge").hasSize(3);
  }

  @Test
  void fails_the_order_when_the_card_is_declined(Mocks mocks, StateMachineRunner sfn) {
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Charge").throwsError("Payment.Declined", "insufficient funds");

    ExecutionResult result = sfn.run("{\"orderId\": \"o-3\", \"amount\": 4200}");

    assertThat(result).failedWith("Order.PaymentFailed").withCause("the card was declined");
    assertThat(result).state("Charge").caught("Payment.Declined").wentTo("PaymentFailed");
    assertThat(result).neverVisited("Ship");
  }
  // end::getting-started-more-paths[]
}
