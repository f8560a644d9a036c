package io.github.sfntestkit.coverage;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import java.util.function.Consumer;

/** Definitions exercising every transition kind, and a way to run them with mocks. */
final class Workflows {
  private Workflows() {}

  /**
   * Every transition kind: Choice rules and Default, a Task with two Retriers and two Catchers, Next,
   * a Parallel with a Map nested in its second branch.
   */
  static final String ORDER = """
      {"Comment": "every transition kind", "StartAt": "Route", "States": {
        "Route": {"Type": "Choice", "Choices": [
            {"Variable": "$.kind", "StringEquals": "fan", "Next": "Fan"},
            {"Variable": "$.kind", "StringEquals": "charge", "Next": "Charge"}],
          "Default": "Reject"},
        "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
          "Retry": [{"ErrorEquals": ["Throttled"], "MaxAttempts": 2, "IntervalSeconds": 1},
                    {"ErrorEquals": ["Busy"], "MaxAttempts": 3, "IntervalSeconds": 1}],
          "Catch": [{"ErrorEquals": ["Declined"], "Next": "Refund"},
                    {"ErrorEquals": ["States.ALL"], "Next": "Reject"}],
          "Next": "Done"},
        "Refund": {"Type": "Pass", "Next": "Done"},
        "Fan": {"Type": "Parallel", "Next": "Done", "Branches": [
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
          {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
             "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": true}}}}}}]},
        "Reject": {"Type": "Fail", "Error": "Rejected"},
        "Done": {"Type": "Succeed"}}}""";

  /** A distributed Map whose child executions take a Choice rule or its Default. */
  static final String DISTRIBUTED = """
      {"StartAt": "Items", "States": {
        "Items": {"Type": "Map", "Next": "Finish",
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Default": "Good",
                        "Choices": [{"Variable": "$.bad", "IsPresent": true, "Next": "Bad"}]},
              "Bad": {"Type": "Pass", "End": true},
              "Good": {"Type": "Pass", "End": true}}}},
        "Finish": {"Type": "Succeed"}}}""";

  static final StateMachine ORDER_MACHINE = StateMachine.fromJson(ORDER);

  static ExecutionResult run(StateMachine sm, String input) {
    return sm.execute(input, ExecutionOptions.defaults());
  }

  static ExecutionResult run(StateMachine sm, String input, Consumer<Mocks> mocking) {
    Mocks mocks = Mocks.create();
    mocking.accept(mocks);
    return sm.execute(input, ExecutionOptions.defaults().withIntegration(mocks));
  }

  /** Route -> Charge -> Done, Charge answering {@code ok}. */
  static ExecutionResult charged(StateMachine sm) {
    return run(sm, "{\"kind\": \"charge\"}", m -> m.task("Charge").returns("{\"ok\": true}"));
  }
}
