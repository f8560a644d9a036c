package io.github.sfntestkit.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.SfnInject;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// tag::fields[]
@StateMachineTest(value = "junit-orders.asl.json", seed = "42", startTime = "2025-06-01T09:00:00Z")
class FieldInjectionExampleTest {
  @SfnInject Mocks mocks;            // fresh for every test
  @SfnInject StateMachineRunner sfn; // runs with this test's mocks

  @BeforeEach
  void mock_the_happy_path() {
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Ship").returns("{}");
  }

  @Test
  void should_retry_a_failed_charge() {
    // GIVEN: the first charge fails, the retry succeeds
    mocks.task("Charge").throwsError("Lambda.ServiceException", "try again")
        .thenReturnsPayload("{\"chargeId\": \"ch-2\"}");
    // WHEN
    ExecutionResult result = sfn.run("{\"orderId\": 3}");
    // THEN
    assertThat(result.succeeded()).isTrue();
    assertThat(mocks.calls("Charge")).hasSize(2);
  }

  @AfterEach
  void every_run_starts_at_the_configured_time(ExecutionResult lastRun) {
    assertThat(lastRun.startTime()).hasToString("2025-06-01T09:00:00Z");
  }
}
// end::fields[]
