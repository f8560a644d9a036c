package io.github.sfntestkit.mock;

import static io.github.sfntestkit.mock.MockRuns.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.FailureSweepReport.Handling;
import io.github.sfntestkit.mock.FailureSweepReport.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sweeping failures over the Task states of the happy path. */
class FailureSweepTest {

  /**
   * Validate: no Retry or Catch. Charge: retried on Charge.Failed and throttling, timeouts caught
   * into a Fail state. Ship: a Parallel retried on anything, around the Task "Label".
   */
  private static final StateMachine ORDERS = StateMachine.fromJson("""
      {"StartAt": "Validate", "States": {
        "Validate": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "validate", "Payload.$": "$"}, "ResultPath": null, "Next": "Charge"},
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
          "Retry": [{"ErrorEquals": ["Charge.Failed", "Lambda.TooManyRequestsException"],
            "IntervalSeconds": 1, "MaxAttempts": 2}],
          "Catch": [{"ErrorEquals": ["States.Timeout"], "ResultPath": "$.error", "Next": "PaymentFailed"}],
          "ResultPath": null, "Next": "Ship"},
        "PaymentFailed": {"Type": "Fail", "Error": "Payment.Failed", "Cause": "charge timed out"},
        "Ship": {"Type": "Parallel", "ResultPath": null, "End": true,
          "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 1, "MaxAttempts": 1}],
          "Branches": [{"StartAt": "Label", "States": {
            "Label": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
              "Parameters": {"Message": "ship"}, "End": true}}}]}}}""");

  private static final List<Failure> FAILURES =
      List.of(Failure.error("Charge.Failed", "boom"), Failure.timeout(), Failure.throttling());

  private static Mocks orderMocks() {
    Mocks mocks = Mocks.create();
    mocks.lambda("validate").returnsPayload("{\"valid\": true}");
    mocks.lambda("charge").returnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Label").returnsPayload("{}");
    return mocks;
  }

  @Test
  void should_run_each_failure_once_per_task_state_of_the_happy_path() {
    // GIVEN
    FailureSweep sweep = FailureSweep.of(ORDERS, json("{\"order\": 1}"), FailureSweepTest::orderMocks, FAILURES);
    // WHEN
    FailureSweepReport report = sweep.run();
    // THEN
    assertThat(report.taskStates()).containsExactly("Validate", "Charge", "Label");
    assertThat(report.outcomes())
        .extracting(Outcome::stateName, o -> o.failure().toString(), Outcome::handling, Outcome::handledBy)
        .containsExactly(
            tuple("Validate", "error Charge.Failed", Handling.UNHANDLED, null),
            tuple("Validate", "timeout", Handling.UNHANDLED, null),
            tuple("Validate", "throttling", Handling.UNHANDLED, null),
            tuple("Charge", "error Charge.Failed", Handling.RETRIED, "Charge"),
            tuple("Charge", "timeout", Handling.CAUGHT, "Charge"),
            tuple("Charge", "throttling", Handling.RETRIED, "Charge"),
            tuple("Label", "error Charge.Failed", Handling.RETRIED, "Ship"),
            tuple("Label", "timeout", Handling.RETRIED, "Ship"),
            tuple("Label", "throttling", Handling.RETRIED, "Ship"));
  }

  @Test
  void should_list_the_unhandled_combinations_with_their_execution() {
    // GIVEN
    FailureSweep sweep = FailureSweep.of(ORDERS, json("{}"), FailureSweepTest::orderMocks, FAILURES);
    // WHEN
    List<Outcome> unhandled = sweep.run().unhandled();
    // THEN
    assertThat(unhandled).extracting(o -> o.result().error())
        .containsExactly("Charge.Failed", "States.Timeout", "Lambda.TooManyRequestsException");
    assertThat(unhandled.get(0)).hasToString("\"Validate\" x error Charge.Failed: UNHANDLED, FAILED Charge.Failed");
  }

  @Test
  void should_print_a_table_of_every_run() {
    // GIVEN
    FailureSweep sweep = FailureSweep.of(ORDERS, json("{}"), FailureSweepTest::orderMocks, FAILURES);
    // WHEN
    FailureSweepReport report = sweep.run();
    // THEN
    assertThat(report).hasToString("""
        Failure sweep: 3 Task states x 3 failures, injected into the first call: 9 runs, 3 unhandled
          state     failure              outcome    handled by         execution
          Validate  error Charge.Failed  UNHANDLED  -                  FAILED Charge.Failed
          Validate  timeout              UNHANDLED  -                  FAILED States.Timeout
          Validate  throttling           UNHANDLED  -                  FAILED Lambda.TooManyRequestsException
          Charge    error Charge.Failed  RETRIED    Retry on "Charge"  SUCCEEDED
          Charge    timeout              CAUGHT     Catch on "Charge"  FAILED Payment.Failed
          Charge    throttling           RETRIED    Retry on "Charge"  SUCCEEDED
          Label     error Charge.Failed  RETRIED    Retry on "Ship"    SUCCEEDED
          Label     timeout              RETRIED    Retry on "Ship"    SUCCEEDED
          Label     throttling           RETRIED    Retry on "Ship"    SUCCEEDED""");
  }

  @Test
  void should_leave_only_catchers_to_handle_failures_injected_into_every_call() {
    // GIVEN
    FailureSweep sweep = FailureSweep.of(ORDERS, json("{}"), FailureSweepTest::orderMocks, FAILURES)
        .intoEveryCall();
    // WHEN
    FailureSweepReport report = sweep.run();
    // THEN
    assertThat(report.handled())
        .extracting(Outcome::stateName, o -> o.failure().toString(), Outcome::handling)
        .containsExactly(tuple("Charge", "timeout", Handling.CAUGHT));
    assertThat(report.unhandled()).hasSize(8);
    assertThat(report.toString()).startsWith(
        "Failure sweep: 3 Task states x 3 failures, injected into every call: 9 runs, 8 unhandled\n");
  }

  @Test
  void should_keep_each_execution_for_inspection() {
    // GIVEN
    FailureSweep sweep = FailureSweep.of(ORDERS, "{}", FailureSweepTest::orderMocks, Failure.timeout());
    // WHEN
    FailureSweepReport report = sweep.run();
    // THEN
    Outcome chargeTimeout = report.outcomes().get(1);
    assertThat(chargeTimeout.stateName()).isEqualTo("Charge");
    assertThat(chargeTimeout.result().path()).containsExactly("Validate", "Charge", "PaymentFailed");
  }

  @Test
  void should_run_with_the_given_options() {
    // GIVEN
    Instant start = Instant.parse("2030-06-01T00:00:00Z");
    FailureSweep sweep = FailureSweep.of(ORDERS, "{}", FailureSweepTest::orderMocks, Failure.timeout())
        .withOptions(ExecutionOptions.defaults().withStartTime(start));
    // WHEN
    FailureSweepReport report = sweep.run();
    // THEN
    assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.result().startTime()).isEqualTo(start));
  }

  @Test
  void should_sweep_task_states_of_distributed_map_children_and_report_tolerated_failures() {
    // GIVEN
    StateMachine machine = StateMachine.fromJson("""
        {"StartAt": "Each", "States": {"Each": {"Type": "Map", "MaxConcurrency": 1,
          "ToleratedFailureCount": 1, "End": true,
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "End": true}}}}}}""");
    // WHEN
    FailureSweepReport report = FailureSweep.of(machine, "[1, 2, 3]", FailureSweepTest::orderMocks,
        Failure.error("Charge.Failed", "boom")).run();
    // THEN
    assertThat(report.taskStates()).containsExactly("Charge");
    assertThat(report.outcomes()).extracting(Outcome::handling).containsExactly(Handling.TOLERATED);
  }

  // ---- misuse

  @Test
  void should_refuse_a_happy_path_that_does_not_succeed() {
    // GIVEN
    FailureSweep sweep = FailureSweep.of(ORDERS, "{}", () -> {
      Mocks mocks = orderMocks();
      mocks.task("Validate").throwsError("Invalid.Order", "no items");
      return mocks;
    }, Failure.timeout());
    // WHEN / THEN
    assertThatThrownBy(sweep::run)
        .isInstanceOf(SfnTestKitException.class)
        .hasMessage("""
            A failure sweep starts from a happy path, but the run without injected failures ended FAILED\
             with Invalid.Order: no items
            Path taken: Validate
            Mock the Task states so that this input succeeds, then sweep.""");
  }

  @Test
  void should_refuse_a_supplier_that_hands_out_the_same_mocks_twice() {
    // GIVEN
    Mocks shared = orderMocks();
    FailureSweep sweep = FailureSweep.of(ORDERS, "{}", () -> shared, Failure.timeout());
    // WHEN / THEN
    assertThatThrownBy(sweep::run)
        .isInstanceOf(SfnTestKitException.class)
        .hasMessage("The Supplier<Mocks> of a failure sweep returned the same Mocks twice; each run needs its"
            + " own, e.g. () -> { Mocks m = Mocks.create(); m.task(...)...; return m; }");
  }

  @Test
  void should_refuse_an_empty_list_of_failures() {
    // WHEN / THEN
    assertThatThrownBy(() -> FailureSweep.of(ORDERS, json("{}"), FailureSweepTest::orderMocks, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A failure sweep needs at least one failure, e.g. Failure.timeout()");
  }
}
