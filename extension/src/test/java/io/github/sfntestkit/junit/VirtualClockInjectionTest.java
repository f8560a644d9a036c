package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@StateMachineTest(value = "junit-orders.asl.json", startTime = "2030-05-01T08:00:00Z")
class VirtualClockInjectionTest {

  @Test
  void should_inject_the_clock_the_runs_of_the_test_use(VirtualClock clock, Mocks mocks,
      StateMachineRunner sfn) {
    // GIVEN
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Charge").throwsError("Lambda.ServiceException", "busy").thenReturnsPayload("{\"chargeId\": \"c\"}");
    mocks.task("Ship").returns("{}");
    // WHEN
    ExecutionResult result = sfn.run("{\"orderId\": 1}");
    // THEN
    assertThat(clock.start()).isEqualTo(Instant.parse("2030-05-01T08:00:00Z"));
    assertThat(result.startTime()).isEqualTo(clock.start());
    assertThat(clock.elapsed(result.stopTime())).isEqualTo(result.duration());
    assertThat(mocks.calls("Charge").get(1).time()).isEqualTo(clock.at(Duration.ofSeconds(2)));
  }
}
