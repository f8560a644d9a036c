package io.github.sfntestkit.readme;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import org.junit.jupiter.api.Test;

/**
 * The JUnit quick start the README used to show, kept as an example of the extension with the
 * assertions (the README's code blocks are now checked by the docs module's DocsCodeBlocksTest).
 */
@StateMachineTest("junit-orders.asl.json")
class ReadmeQuickStartTest {

  @Test
  void retries_a_throttled_charge_then_ships(Mocks mocks, StateMachineRunner sfn) {
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Charge")
        .throwsError("Lambda.TooManyRequestsException", "slow down").times(2)
        .thenReturnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Ship").returns("{}");

    ExecutionResult result = sfn.run("{\"orderId\": 1}");

    assertThat(result).succeeded().visitedInOrder("Validate", "Charge", "Ship");
    assertThat(result).state("Charge").wasRetried(2);
    assertThat(result).tookAtMost(java.time.Duration.ofSeconds(10));
  }
}
