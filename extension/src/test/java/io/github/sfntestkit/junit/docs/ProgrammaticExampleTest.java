package io.github.sfntestkit.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.junit.StateMachineExtension;
import io.github.sfntestkit.junit.StateMachineRunner;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// tag::programmatic[]
class ProgrammaticExampleTest {

  @RegisterExtension
  static StateMachineExtension sfn = StateMachineExtension.builder()
      .definition("junit-orders.asl.json")
      .seed(7)
      .startTime(Instant.parse("2025-01-01T00:00:00Z"))
      .mocks(mocks -> {                        // every test starts from these mocks
        mocks.task("Validate").returnsPayload("{\"valid\": true}");
        mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-1\"}");
        mocks.task("Ship").returns("{}");
      })
      .options(options -> options.withStateMachineName("Orders"))
      .build();

  @Test
  void should_ship_with_the_default_mocks(StateMachineRunner runner) {
    assertThat(runner.run("{\"orderId\": 1}").succeeded()).isTrue();
  }

  @Test
  void should_fail_when_a_test_overrides_a_mock(StateMachineRunner runner) {
    runner.mocks().task("Charge").throwsError("Payment.Declined", "expired card");
    assertThat(runner.run("{\"orderId\": 1}").error()).isEqualTo("Order.PaymentFailed");
  }
}
// end::programmatic[]
