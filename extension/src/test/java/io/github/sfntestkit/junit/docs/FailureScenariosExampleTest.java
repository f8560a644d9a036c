package io.github.sfntestkit.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.junit.FailureScenarios;
import io.github.sfntestkit.junit.FailureScenarios.Invariant;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Failure;
import io.github.sfntestkit.mock.Mocks;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

@StateMachineTest("junit-orders.asl.json")
class FailureScenariosExampleTest {

  // tag::failure-scenarios[]
  static Mocks happyPath() {
    Mocks mocks = Mocks.create();
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Ship").returns("{}");
    return mocks;
  }

  @TestFactory
  Stream<DynamicTest> no_failure_leaves_the_order_hanging(StateMachine machine, ExecutionOptions options) {
    return FailureScenarios.of(machine, "{\"orderId\": 1}", FailureScenariosExampleTest::happyPath,
            List.of(Failure.throttling(), Failure.error("Lambda.ServiceException", "boom")))
        .withOptions(options)                              // the class's seed and clock start
        .check(result -> result.status() != ExecutionStatus.TIMED_OUT);
  }

  @TestFactory
  Stream<DynamicTest> no_failure_ends_in_a_timeout(StateMachine machine) {
    return FailureScenarios.forEachTaskState(machine, "{\"orderId\": 1}", FailureScenariosExampleTest::happyPath,
        List.of(Failure.error("Lambda.ServiceException", "boom")),
        Invariant.asserting(result -> assertThat(result.error()).isNotEqualTo("States.Timeout")));
  }
  // end::failure-scenarios[]
}
