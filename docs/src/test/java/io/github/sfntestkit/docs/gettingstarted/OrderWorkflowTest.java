package io.github.sfntestkit.docs.gettingstarted;

// tag::getting-started-imports[]
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;
// end::getting-started-imports[]

/** The first test of docs/getting-started.md, exactly as the page shows it. */
// tag::getting-started-first-test[]
@StateMachineTest("orders.asl.json")
class OrderWorkflowTest {

  @Test
  void ships_a_valid_order(Mocks mocks, StateMachineRunner sfn) {
    // GIVEN: what each Task state's service answers
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Ship").returns("{\"MessageId\": \"m-1\"}");
    // WHEN
    ExecutionResult result = sfn.run("{\"orderId\": \"o-1\", \"amount\": 42}");
    // THEN
    assertThat(result).succeeded()
        .visitedInOrder("Validate", "IsValid", "Charge", "WaitForWarehouse", "Ship", "Done");
    assertThat(result).outputAt("$.charge.chargeId").hasText("ch-1");
    assertThat(result).tookExactly(Duration.ofHours(1));   // the Wait, on the virtual clock
  }
}
// end::getting-started-first-test[]
