package io.github.sfntestkit.report;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.coverage.CoverageData;
import io.github.sfntestkit.mock.Mocks;

/** Executions of {@code fulfillment.asl.json} (a Choice, a Parallel, a Map, Retry and Catch) for the tests. */
final class Fulfillment {
  static final StateMachine SM = StateMachine.fromResource("fulfillment.asl.json");
  static final String INPUT = "{\"orderId\": \"o-1\", \"amount\": 50, \"recipients\": [\"ann\", \"bob\"]}";

  private Fulfillment() {}

  /** Valid, small amount: Default branch, stock reserved, both notified, charged after one throttle. */
  static ExecutionResult happy() {
    Mocks mocks = base();
    mocks.task("Charge").throwsError("Payment.Throttled", "slow down").times(1)
        .thenReturnsPayload("{\"chargeId\": \"ch-1\"}");
    return run(mocks, INPUT);
  }

  /** The card is declined: Charge's Catch goes to PaymentFailed. */
  static ExecutionResult declined() {
    Mocks mocks = base();
    mocks.task("Charge").throwsError("Payment.Declined", "card declined");
    return run(mocks, INPUT);
  }

  /** Validation fails: the first Choice rule goes to Rejected. */
  static ExecutionResult invalid() {
    Mocks mocks = Mocks.create();
    mocks.task("Validate").returnsPayload("{\"valid\": false}");
    return run(mocks, INPUT);
  }

  /** Coverage of the given executions. */
  static CoverageData coverage(ExecutionResult... results) {
    CoverageData data = CoverageData.empty();
    for (ExecutionResult r : results) {
      data.record(SM, r);
    }
    return data;
  }

  private static Mocks base() {
    Mocks mocks = Mocks.create();
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Reserve").returnsPayload("{\"reserved\": true}");
    mocks.task("PrintLabel").returnsPayload("{\"label\": \"L-42\"}");
    mocks.task("Notify").returns("{\"MessageId\": \"m-1\"}");
    return mocks;
  }

  private static ExecutionResult run(Mocks mocks, String input) {
    return SM.execute(input, ExecutionOptions.defaults().withIntegration(mocks));
  }
}
