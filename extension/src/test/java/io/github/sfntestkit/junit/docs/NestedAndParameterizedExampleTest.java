package io.github.sfntestkit.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.junit.SfnInject;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// tag::nested[]
@StateMachineTest("junit-orders.asl.json")
class NestedAndParameterizedExampleTest {
  @SfnInject Mocks mocks;
  @SfnInject StateMachineRunner sfn;

  @BeforeEach
  void validation_passes() {
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Ship").returns("{}");
  }

  @Nested
  class WhenTheCardIsDeclined {           // same definition, same per-test mocks
    @BeforeEach
    void decline() {
      mocks.task("Charge").throwsError("Payment.Declined", "no funds");
    }

    @Test
    void should_not_ship() {
      sfn.run("{\"orderId\": 1}");
      assertThat(mocks.calls("Ship")).isEmpty();
    }
  }
  // end::nested[]

  // tag::parameterized[]
  @ParameterizedTest
  @CsvSource({"Payment.Declined, FAILED", "Lambda.ServiceException, SUCCEEDED"})
  void should_end_by_charge_error(String error, String status) {
    mocks.task("Charge").throwsError(error, "from the test")   // each invocation has fresh mocks
        .thenReturnsPayload("{\"chargeId\": \"ch-1\"}");
    assertThat(sfn.run("{\"orderId\": 1}").status()).hasToString(status);
  }
  // end::parameterized[]
}
