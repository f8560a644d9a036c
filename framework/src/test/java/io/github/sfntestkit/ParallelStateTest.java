package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.types;
import static io.github.sfntestkit.TestRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.TestRuns.Recorder;
import io.github.sfntestkit.mock.TaskCall;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class ParallelStateTest {

  @Test
  void should_collect_branch_outputs_in_branch_order_whatever_the_completion_order() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Slow", "States": {
            "Slow": {"Type": "Wait", "Seconds": 30, "Next": "SlowDone"},
            "SlowDone": {"Type": "Pass", "Result": "slow", "End": true}}},
          {"StartAt": "Fast", "States": {"Fast": {"Type": "Pass", "Result": "fast", "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("[\"slow\", \"fast\"]"));
    assertThat(result.history().enteredStates().indexOf("Fast"))
        .isLessThan(result.history().enteredStates().indexOf("SlowDone"));
  }

  @Test
  void should_give_every_branch_the_same_input_after_parameters() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
          "InputPath": "$.in", "Parameters": {"v.$": "$.v", "k": 1},
          "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"in\": {\"v\": 5, \"w\": 6}}");
    // THEN
    assertThat(visit(result, "A").input()).isEqualTo(json("{\"v\": 5, \"k\": 1}"));
    assertThat(visit(result, "B").input()).isEqualTo(json("{\"v\": 5, \"k\": 1}"));
    assertThat(result.output()).isEqualTo(json("[{\"v\": 5, \"k\": 1}, {\"v\": 5, \"k\": 1}]"));
  }

  @Test
  void should_apply_result_selector_and_result_path_to_the_branch_outputs() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
          "ResultSelector": {"first.$": "$[0]", "second.$": "$[1]"}, "ResultPath": "$.results",
          "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": 1, "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": 2, "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"id\": \"x\"}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"id\": \"x\", \"results\": {\"first\": 1, \"second\": 2}}"));
    assertThat(visit(result, "P").result()).isEqualTo(json("[1, 2]"));
  }

  @Test
  void should_fail_with_the_error_of_a_failing_branch_and_stop_the_other_branches() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Long", "States": {
            "Long": {"Type": "Wait", "Seconds": 60, "Next": "NeverReached"},
            "NeverReached": {"Type": "Pass", "End": true}}},
          {"StartAt": "Boom", "States": {
            "Boom": {"Type": "Fail", "Error": "Branch.Error", "Cause": "broken"}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Branch.Error");
    assertThat(result.cause()).isEqualTo("broken");
    assertThat(result.path()).doesNotContain("NeverReached");
    assertThat(types(result)).contains("ParallelStateFailed").doesNotContain("ParallelStateSucceeded");
  }

  @Test
  void should_drop_the_pending_task_of_another_branch_when_a_branch_fails() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "Next": "Done", "Branches": [
                  {"StartAt": "Slow", "States": {"Slow": {"Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke", "Next": "AfterSlow"},
                    "AfterSlow": {"Type": "Pass", "End": true}}},
                  {"StartAt": "Pause", "States": {
                    "Pause": {"Type": "Wait", "Seconds": 1, "Next": "Boom"},
                    "Boom": {"Type": "Fail", "Error": "Branch.Error"}}}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}]},
          "Caught": {"Type": "Wait", "Seconds": 100, "End": true},
          "Done": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}",
        call -> io.github.sfntestkit.mock.TaskResponse.success(json("{}")).after(java.time.Duration.ofSeconds(10)));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.path()).doesNotContain("AfterSlow", "Done").endsWith("Caught");
    assertThat(types(result)).doesNotContain("TaskSucceeded");
    assertThat(visit(result, "Caught").enteredTime()).isEqualTo(TestRuns.at(1));
  }

  @Test
  void should_catch_a_branch_error_by_its_name() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "Next": "Done",
                "Branches": [{"StartAt": "Boom", "States": {
                  "Boom": {"Type": "Fail", "Error": "Branch.Error", "Cause": "broken"}}}],
                "Catch": [{"ErrorEquals": ["Branch.Error"], "ResultPath": "$.error", "Next": "Caught"}]},
          "Caught": {"Type": "Pass", "End": true},
          "Done": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.path()).containsExactly("P", "Boom", "Caught");
    assertThat(result.output())
        .isEqualTo(json("{\"a\": 1, \"error\": {\"Error\": \"Branch.Error\", \"Cause\": \"broken\"}}"));
  }

  @Test
  void should_rerun_every_branch_when_retried() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
          "Retry": [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 1, "MaxAttempts": 1}],
          "Branches": [
            {"StartAt": "Ok", "States": {"Ok": {"Type": "Pass", "Result": "ok", "End": true}}},
            {"StartAt": "Call", "States": {"Call": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}]}}}""";
    Recorder mock = new Recorder(call -> call.callIndex() == 0
        ? io.github.sfntestkit.mock.TaskResponse.failure("Flaky", "once")
        : io.github.sfntestkit.mock.TaskResponse.success(json("\"called\"")));
    // WHEN
    ExecutionResult result = run(definition, "{}", mock);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Collections.frequency(result.path(), "Ok")).isEqualTo(2);
    assertThat(mock.calls()).extracting(TaskCall::callIndex).containsExactly(0, 1);
    assertThat(result.output()).isEqualTo(json("[\"ok\", \"called\"]"));
    assertThat(visit(result, "P").retries()).isEqualTo(1);
  }

  @Test
  void should_run_nested_parallel_states() {
    // GIVEN
    String definition = """
        {"StartAt": "Outer", "States": {"Outer": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Inner", "States": {"Inner": {"Type": "Parallel", "End": true, "Branches": [
            {"StartAt": "X", "States": {"X": {"Type": "Pass", "Result": "x", "End": true}}},
            {"StartAt": "Y", "States": {"Y": {"Type": "Pass", "Result": "y", "End": true}}}]}}},
          {"StartAt": "Z", "States": {"Z": {"Type": "Pass", "Result": "z", "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("[[\"x\", \"y\"], \"z\"]"));
  }

  @Test
  void should_emit_started_and_succeeded_events_around_the_branches() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "ParallelStateEntered",
        "ParallelStateStarted", "PassStateEntered", "PassStateExited", "ParallelStateSucceeded",
        "ParallelStateExited", "ExecutionSucceeded");
  }
}
