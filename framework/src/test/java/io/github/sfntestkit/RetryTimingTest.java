package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.T0;
import static io.github.sfntestkit.TestRuns.at;
import static io.github.sfntestkit.TestRuns.error;
import static io.github.sfntestkit.TestRuns.failing;
import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.ok;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.sequence;
import static io.github.sfntestkit.TestRuns.timestamps;
import static io.github.sfntestkit.TestRuns.types;
import static io.github.sfntestkit.TestRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.TestRuns.Recorder;
import io.github.sfntestkit.mock.TaskCall;
import io.github.sfntestkit.mock.TaskResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryTimingTest {

  /** A lambda:invoke Task with the given Retry array; a Catch on States.ALL when catchAll. */
  private static String task(String retry, boolean catchAll) {
    String catcher = catchAll ? "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Caught\"}]," : "";
    String caught = catchAll ? ", \"Caught\": {\"Type\": \"Pass\", \"End\": true}" : "";
    return """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Retry": %s, %s "End": true}
          %s}}""".formatted(retry, catcher, caught);
  }

  private static List<Instant> attempts(ExecutionResult result) {
    return timestamps(result, "TaskScheduled");
  }

  @Test
  void should_retry_with_exponential_backoff() {
    // GIVEN
    String definition = task("""
        [{"ErrorEquals": ["Boom"], "IntervalSeconds": 2, "BackoffRate": 3, "MaxAttempts": 3}]""", false);
    // WHEN
    ExecutionResult result = run(definition, "{}", failing("Boom", "always"));
    // THEN
    assertThat(attempts(result)).containsExactly(T0, at(2), at(8), at(26));
    assertThat(visit(result, "T").retryDelays())
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(6), Duration.ofSeconds(18));
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Boom");
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(26));
  }

  @Test
  void should_use_interval_one_backoff_two_and_three_attempts_by_default() {
    // GIVEN
    String definition = task("[{\"ErrorEquals\": [\"States.ALL\"]}]", false);
    // WHEN
    ExecutionResult result = run(definition, "{}", failing("Boom", "always"));
    // THEN
    assertThat(attempts(result)).containsExactly(T0, at(1), at(3), at(7));
  }

  @Test
  void should_apply_a_fractional_backoff_rate() {
    // GIVEN
    String definition = task("""
        [{"ErrorEquals": ["Boom"], "IntervalSeconds": 2, "BackoffRate": 1.5, "MaxAttempts": 3}]""", false);
    // WHEN
    ExecutionResult result = run(definition, "{}", failing("Boom", "always"));
    // THEN
    assertThat(attempts(result)).containsExactly(T0, at(2), at(5), at(9.5));
  }

  @Test
  void should_cap_each_delay_at_max_delay_seconds() {
    // GIVEN
    String definition = task("""
        [{"ErrorEquals": ["Boom"], "IntervalSeconds": 3, "BackoffRate": 2, "MaxAttempts": 3,
          "MaxDelaySeconds": 4}]""", false);
    // WHEN
    ExecutionResult result = run(definition, "{}", failing("Boom", "always"));
    // THEN
    assertThat(visit(result, "T").retryDelays())
        .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(4), Duration.ofSeconds(4));
    assertThat(attempts(result)).containsExactly(T0, at(3), at(7), at(11));
  }

  @Test
  void should_keep_virtual_time_moving_forward_for_very_long_backoffs() {
    // GIVEN
    String definition = task("""
        [{"ErrorEquals": ["Boom"], "IntervalSeconds": 1, "BackoffRate": 10, "MaxAttempts": 20}]""", false);
    // WHEN
    ExecutionResult result = run(definition, "{}", failing("Boom", "always"));
    // THEN
    assertThat(attempts(result)).hasSize(21).doesNotHaveDuplicates().isSorted();
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  void should_never_retry_when_max_attempts_is_zero() {
    // GIVEN
    String definition = task("""
        [{"ErrorEquals": ["Boom"], "MaxAttempts": 0}]""", false);
    // WHEN
    ExecutionResult result = run(definition, "{}", failing("Boom", "once"));
    // THEN
    assertThat(attempts(result)).containsExactly(T0);
    assertThat(visit(result, "T").retries()).isZero();
    assertThat(types(result)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
        "TaskStarted", "TaskFailed", "ExecutionFailed");
  }

  @Test
  void should_keep_a_separate_counter_per_retrier_as_in_the_spec_example() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Retry": [{"ErrorEquals": ["ErrorA", "ErrorB"], "IntervalSeconds": 1, "BackoffRate": 2,
                           "MaxAttempts": 2},
                          {"ErrorEquals": ["ErrorC"], "IntervalSeconds": 5}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}",
        sequence(error("ErrorA"), error("ErrorB"), error("ErrorC"), error("ErrorB")));
    // THEN
    assertThat(visit(result, "T").retryDelays())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5));
    assertThat(attempts(result)).containsExactly(T0, at(1), at(3), at(8));
    assertThat(result.path()).containsExactly("T", "Caught");
    assertThat(result.output()).isEqualTo(json("{\"Error\": \"ErrorB\", \"Cause\": \"ErrorB cause\"}"));
  }

  @Test
  void should_stop_retrying_as_soon_as_an_attempt_succeeds() {
    // GIVEN
    String definition = task("[{\"ErrorEquals\": [\"Boom\"], \"MaxAttempts\": 5}]", false);
    Recorder mock = new Recorder(call -> call.attempt() < 2 ? error("Boom") : ok("{\"done\": true}"));
    // WHEN
    ExecutionResult result = run(definition, "{}", mock);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("{\"done\": true}"));
    assertThat(mock.calls()).extracting(TaskCall::attempt).containsExactly(0, 1, 2);
    assertThat(mock.calls()).extracting(TaskCall::time).containsExactly(T0, at(1), at(3));
  }

  @Test
  void should_start_the_interval_when_the_failed_attempt_ends() {
    // GIVEN
    String definition = task("[{\"ErrorEquals\": [\"Boom\"], \"IntervalSeconds\": 2, \"MaxAttempts\": 1}]", false);
    // WHEN
    ExecutionResult result = run(definition, "{}",
        call -> TaskResponse.failure("Boom", "slow failure").after(Duration.ofSeconds(30)));
    // THEN
    assertThat(attempts(result)).containsExactly(T0, at(32));
    assertThat(timestamps(result, "TaskFailed")).containsExactly(at(30), at(62));
  }

  @Test
  void should_give_every_visit_of_a_state_fresh_retry_counters() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": "$.n",
                "Retry": [{"ErrorEquals": ["Boom"], "MaxAttempts": 1}], "Next": "Loop"},
          "Loop": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericLessThan": 3, "Next": "T"}],
                   "Default": "Done"},
          "Done": {"Type": "Pass", "End": true}}}""";
    Recorder mock = new Recorder(call -> call.callIndex() % 2 == 0
        ? error("Boom")
        : TaskResponse.success(json(String.valueOf(call.callIndex()))));
    // WHEN
    ExecutionResult result = run(definition, "{}", mock);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(mock.calls()).extracting(TaskCall::attempt).containsExactly(0, 1, 0, 1);
    assertThat(result.path()).containsExactly("T", "Loop", "T", "Loop", "Done");
  }

  @Test
  void should_draw_full_jitter_delays_between_zero_and_the_backoff_deterministically_per_seed() {
    // GIVEN
    String definition = task("""
        [{"ErrorEquals": ["Boom"], "IntervalSeconds": 10, "BackoffRate": 2, "MaxAttempts": 3,
          "JitterStrategy": "FULL"}]""", false);
    ExecutionOptions options = ExecutionOptions.defaults().withIntegration(failing("Boom", "always"));
    // WHEN
    List<Duration> first = visit(run(definition, "{}", options.withSeed(7)), "T").retryDelays();
    List<Duration> again = visit(run(definition, "{}", options.withSeed(7)), "T").retryDelays();
    Set<List<Duration>> bySeed = new HashSet<>();
    for (long seed = 1; seed <= 5; seed++) {
      bySeed.add(visit(run(definition, "{}", options.withSeed(seed)), "T").retryDelays());
    }
    // THEN
    assertThat(first).isEqualTo(again).hasSize(3);
    assertThat(first.get(0)).isBetween(Duration.ZERO, Duration.ofSeconds(10));
    assertThat(first.get(1)).isBetween(Duration.ZERO, Duration.ofSeconds(20));
    assertThat(first.get(2)).isBetween(Duration.ZERO, Duration.ofSeconds(40));
    assertThat(first).isNotEqualTo(List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40)));
    assertThat(bySeed).hasSizeGreaterThan(1);
  }

  @Test
  void should_schedule_jittered_attempts_after_exactly_the_recorded_delays() {
    // GIVEN
    String definition = task("""
        [{"ErrorEquals": ["Boom"], "IntervalSeconds": 3, "MaxAttempts": 2, "MaxDelaySeconds": 5,
          "JitterStrategy": "FULL"}]""", false);
    // WHEN
    ExecutionResult result = run(definition, "{}",
        ExecutionOptions.defaults().withIntegration(failing("Boom", "always")).withSeed(3));
    // THEN
    List<Duration> delays = visit(result, "T").retryDelays();
    List<Instant> expected = new ArrayList<>(List.of(T0));
    for (Duration d : delays) {
      expected.add(expected.get(expected.size() - 1).plus(d));
    }
    assertThat(attempts(result)).isEqualTo(expected);
    assertThat(delays.get(1)).isLessThanOrEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void should_catch_after_the_retries_are_exhausted() {
    // GIVEN
    String definition = task("[{\"ErrorEquals\": [\"Boom\"], \"MaxAttempts\": 2}]", true);
    // WHEN
    ExecutionResult result = run(definition, "{}", failing("Boom", "always"));
    // THEN
    assertThat(attempts(result)).hasSize(3);
    assertThat(result.path()).containsExactly("T", "Caught");
    assertThat(visit(result, "T").caughtError()).isEqualTo("Boom");
    assertThat(visit(result, "Caught").enteredTime()).isEqualTo(at(3));
  }

  @Test
  void should_catch_at_once_an_error_that_no_retrier_matches() {
    // GIVEN
    String definition = task("[{\"ErrorEquals\": [\"Other\"], \"MaxAttempts\": 2}]", true);
    // WHEN
    ExecutionResult result = run(definition, "{}", failing("Boom", "once"));
    // THEN
    assertThat(attempts(result)).containsExactly(T0);
    assertThat(result.path()).containsExactly("T", "Caught");
  }

  @Test
  void should_retry_any_error_for_states_all() {
    // GIVEN
    String definition = task("[{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 1}]", false);
    // WHEN
    ExecutionResult result = run(definition, "{}", sequence(error("States.Timeout"), ok("1")));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(attempts(result)).containsExactly(T0, at(1));
  }

  @Test
  void should_not_match_states_timeout_with_states_task_failed() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Retry": [{"ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 3}],
                "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "TaskFailed"},
                          {"ErrorEquals": ["States.Timeout"], "Next": "TimedOut"}], "End": true},
          "TaskFailed": {"Type": "Pass", "End": true},
          "TimedOut": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult timeout = run(definition, "{}", failing("States.Timeout", null));
    ExecutionResult custom = run(definition, "{}", failing("My.Error", "x"));
    // THEN
    assertThat(attempts(timeout)).containsExactly(T0);
    assertThat(timeout.path()).containsExactly("T", "TimedOut");
    assertThat(attempts(custom)).hasSize(4);
    assertThat(custom.path()).containsExactly("T", "TaskFailed");
  }

  @Test
  void should_never_retry_or_catch_states_runtime() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.missing",
                "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 3}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}", TestRuns.returning("{}"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(attempts(result)).containsExactly(T0);
    assertThat(result.path()).containsExactly("T");
  }

  @Test
  void should_emit_a_full_attempt_of_task_events_per_retry() {
    // GIVEN
    String definition = task("[{\"ErrorEquals\": [\"Boom\"], \"MaxAttempts\": 3}]", true);
    // WHEN
    ExecutionResult result = run(definition, "{}", failing("Boom", "always"));
    // THEN
    List<String> expected = new ArrayList<>(List.of("ExecutionStarted", "TaskStateEntered"));
    for (int i = 0; i < 4; i++) {
      expected.addAll(List.of("TaskScheduled", "TaskStarted", "TaskFailed"));
    }
    expected.addAll(List.of("TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"));
    assertThat(types(result)).isEqualTo(expected);
  }
}
