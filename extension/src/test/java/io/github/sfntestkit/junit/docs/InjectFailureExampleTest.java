package io.github.sfntestkit.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.InjectFailure;
import io.github.sfntestkit.junit.SfnInject;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StateMachineTest("junit-orders.asl.json")
class InjectFailureExampleTest {
  @SfnInject Mocks mocks;
  @SfnInject StateMachineRunner sfn;

  @BeforeEach
  void mock_the_happy_path() {
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Ship").returns("{}");
  }

  // tag::inject-failure[]
  @Test
  @InjectFailure(state = "Charge", error = "Lambda.ServiceException", cause = "boom", onCall = 1)
  void should_retry_a_charge_that_failed_once() {
    ExecutionResult result = sfn.run("{\"orderId\": 1}");
    assertThat(result.succeeded()).isTrue();
    assertThat(mocks.calls("Charge")).hasSize(2);
  }

  @Test
  @InjectFailure(state = "Charge", kind = InjectFailure.Kind.THROTTLING, onCall = 1)
  @InjectFailure(state = "Charge", kind = InjectFailure.Kind.THROTTLING, onCall = 2)
  void should_survive_two_throttled_charges() {
    assertThat(sfn.run("{\"orderId\": 1}").succeeded()).isTrue();
  }

  @Test
  @InjectFailure(state = "Ship", kind = InjectFailure.Kind.TIMEOUT)
  void should_time_out_when_shipping_never_answers() {
    assertThat(sfn.run("{\"orderId\": 1}").error()).isEqualTo("States.Timeout");
  }
  // end::inject-failure[]
}
