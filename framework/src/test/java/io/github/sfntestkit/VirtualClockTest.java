package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.at;
import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sfntestkit.mock.TaskResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

  private static String mapOfWaits(String maxConcurrency) {
    return """
        {"StartAt": "M", "States": {"M": {"Type": "Map", %s "End": true,
          "ItemProcessor": {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 10, "End": true}}}}}}"""
        .formatted(maxConcurrency);
  }

  private static String waitFor(String fields) {
    return """
        {"StartAt": "WaitState", "States": {
          "WaitState": {"Type": "Wait", %s, "Next": "After"},
          "After": {"Type": "Pass", "End": true}}}""".formatted(fields);
  }

  @Test
  void should_wait_a_year_without_waiting() {
    // GIVEN
    String definition = waitFor("\"Seconds\": 31536000");
    // WHEN
    ExecutionResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run(definition, "{}"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.duration()).isEqualTo(Duration.ofDays(365));
    assertThat(result.stopTime()).isEqualTo(Instant.parse("2024-12-31T00:00:00Z"));
  }

  @Test
  void should_wait_until_a_timestamp_a_year_ahead() {
    // GIVEN
    String definition = waitFor("\"Timestamp\": \"2025-01-01T00:00:00Z\"");
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(visit(result, "After").enteredTime()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(result.duration()).isEqualTo(Duration.ofDays(366));
  }

  @Test
  void should_start_at_the_configured_time() {
    // GIVEN
    String definition = waitFor("\"Seconds\": 60");
    Instant start = Instant.parse("2031-02-03T04:05:06Z");
    // WHEN
    ExecutionResult result = run(definition, "{}", ExecutionOptions.defaults().withStartTime(start));
    // THEN
    assertThat(result.startTime()).isEqualTo(start);
    assertThat(result.history().events().get(0).timestamp()).isEqualTo(start);
    assertThat(visit(result, "After").enteredTime()).isEqualTo(start.plusSeconds(60));
  }

  @Test
  void should_run_parallel_branches_concurrently() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "W1", "States": {"W1": {"Type": "Wait", "Seconds": 3600, "End": true}}},
          {"StartAt": "W2", "States": {"W2": {"Type": "Wait", "Seconds": 3600, "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.duration()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void should_overlap_task_latencies_in_parallel_branches() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}},
          {"StartAt": "B", "States": {"B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}", call -> TaskResponse.success(json("{}"))
        .after(Duration.ofSeconds(call.stateName().equals("A") ? 30 : 20)));
    // THEN
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(TestRuns.timestamps(result, "TaskSucceeded")).containsExactly(at(20), at(30));
  }

  @Test
  void should_run_map_items_one_at_a_time_with_max_concurrency_one() {
    // GIVEN
    String definition = mapOfWaits("\"MaxConcurrency\": 1,");
    // WHEN
    ExecutionResult result = run(definition, "[1, 2, 3, 4]");
    // THEN
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(40));
  }

  @Test
  void should_run_all_map_items_at_once_with_max_concurrency_zero() {
    // GIVEN
    String definition = mapOfWaits("\"MaxConcurrency\": 0,");
    // WHEN
    ExecutionResult result = run(definition, "[1, 2, 3, 4]");
    // THEN
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void should_run_all_map_items_at_once_without_max_concurrency() {
    // GIVEN
    String definition = mapOfWaits("");
    // WHEN
    ExecutionResult result = run(definition, "[1, 2, 3, 4]");
    // THEN
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void should_run_map_items_in_waves_of_max_concurrency() {
    // GIVEN
    String definition = mapOfWaits("\"MaxConcurrency\": 2,");
    // WHEN
    ExecutionResult result = run(definition, "[1, 2, 3, 4, 5]");
    // THEN
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void should_wait_until_the_timestamp_read_by_timestamp_path() {
    // GIVEN
    String definition = waitFor("\"TimestampPath\": \"$.until\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"until\": \"2024-01-01T01:00:00.500Z\"}");
    // THEN
    assertThat(visit(result, "After").enteredTime()).isEqualTo(at(3600.5));
  }

  @Test
  void should_accept_a_timestamp_with_an_offset() {
    // GIVEN
    String definition = waitFor("\"TimestampPath\": \"$.until\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"until\": \"2024-01-01T02:00:00+02:00\"}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.duration()).isZero();
  }

  @Test
  void should_wait_seconds_read_by_seconds_path() {
    // GIVEN
    String definition = waitFor("\"SecondsPath\": \"$.input.waitSeconds\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"input\": {\"waitSeconds\": 86400}}");
    // THEN
    assertThat(result.duration()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void should_fail_when_seconds_path_is_negative() {
    // GIVEN
    String definition = waitFor("\"SecondsPath\": \"$.input.waitSeconds\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"input\": {\"waitSeconds\": -1}}");
    // THEN
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'WaitState' (entered"
        + " at the event id #2). The SecondsPath parameter references a negative value:"
        + " $.input.waitSeconds == -1");
  }

  @Test
  void should_fail_when_seconds_path_is_not_an_integer() {
    // GIVEN
    String definition = waitFor("\"SecondsPath\": \"$.input.waitSeconds\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"input\": {\"waitSeconds\": 1.5}}");
    // THEN
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'WaitState' (entered"
        + " at the event id #2). The SecondsPath parameter cannot be parsed as a long value:"
        + " $.input.waitSeconds == 1.5");
  }

  @Test
  void should_fail_when_seconds_path_finds_nothing() {
    // GIVEN
    String definition = waitFor("\"SecondsPath\": \"$.missing\"");
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
  }

  @Test
  void should_fail_when_timestamp_path_has_no_offset() {
    // GIVEN
    String definition = waitFor("\"TimestampPath\": \"$.TimestampValue\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"TimestampValue\": \"2016-12-05T21:29:29\"}");
    // THEN
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'WaitState' (entered"
        + " at the event id #2). The TimestampPath parameter does not reference a valid ISO-8601 extended"
        + " offset date-time format string: $.TimestampValue == 2016-12-05T21:29:29");
  }

  @Test
  void should_fail_when_timestamp_path_is_not_a_date() {
    // GIVEN
    String definition = waitFor("\"TimestampPath\": \"$.TimestampValue\"");
    // WHEN
    ExecutionResult month13 = run(definition, "{\"TimestampValue\": \"2016-13-05T21:29:29Z\"}");
    ExecutionResult noT = run(definition, "{\"TimestampValue\": \"2016-12-05 21:29:29Z\"}");
    // THEN
    assertThat(month13.cause()).endsWith("format string: $.TimestampValue == 2016-13-05T21:29:29Z");
    assertThat(noT.error()).isEqualTo("States.Runtime");
    assertThat(noT.cause()).endsWith("format string: $.TimestampValue == 2016-12-05 21:29:29Z");
  }

  @Test
  void should_accept_nanosecond_timestamps_in_the_past() {
    // GIVEN
    String definition = waitFor("\"TimestampPath\": \"$.TimestampValue\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"TimestampValue\": \"2016-03-05T21:29:29.243167252Z\"}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.duration()).isZero();
  }
}
