package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.T0;
import static io.github.sfntestkit.TestRuns.at;
import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.timestamps;
import static io.github.sfntestkit.TestRuns.types;
import static io.github.sfntestkit.TestRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitStateTest {

  private static String waitThenPass(String waitFields) {
    return """
        {"StartAt": "W", "States": {
          "W": {"Type": "Wait", %s, "Next": "After"},
          "After": {"Type": "Pass", "End": true}}}""".formatted(waitFields);
  }

  @Test
  void should_advance_the_virtual_clock_by_its_seconds() {
    // GIVEN
    String definition = waitThenPass("\"Seconds\": 10");
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(visit(result, "W").enteredTime()).isEqualTo(T0);
    assertThat(visit(result, "After").enteredTime()).isEqualTo(at(10));
    assertThat(timestamps(result, "WaitStateExited")).containsExactly(at(10));
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void should_pass_its_input_through() {
    // GIVEN
    String definition = waitThenPass("\"Seconds\": 1");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": [1, 2]}");
    // THEN
    assertThat(visit(result, "W").output()).isEqualTo(json("{\"a\": [1, 2]}"));
    assertThat(result.output()).isEqualTo(json("{\"a\": [1, 2]}"));
  }

  @Test
  void should_apply_input_path_and_output_path() {
    // GIVEN
    String definition = waitThenPass("\"Seconds\": 1, \"InputPath\": \"$.a\", \"OutputPath\": \"$.b\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"a\": {\"b\": 3}}");
    // THEN
    assertThat(result.output()).isEqualTo(json("3"));
  }

  @Test
  void should_not_wait_when_seconds_is_zero() {
    // GIVEN
    String definition = waitThenPass("\"Seconds\": 0");
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.duration()).isZero();
  }

  @Test
  void should_wait_until_its_timestamp() {
    // GIVEN
    String definition = waitThenPass("\"Timestamp\": \"2024-01-01T00:05:00Z\"");
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(visit(result, "After").enteredTime()).isEqualTo(at(300));
  }

  @Test
  void should_not_wait_for_a_timestamp_in_the_past() {
    // GIVEN
    String definition = waitThenPass("\"Timestamp\": \"2020-01-01T00:00:00Z\"");
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.duration()).isZero();
  }

  @Test
  void should_wait_for_seconds_read_from_the_input() {
    // GIVEN
    String definition = waitThenPass("\"SecondsPath\": \"$.delay\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"delay\": 7}");
    // THEN
    assertThat(visit(result, "After").enteredTime()).isEqualTo(at(7));
  }

  @Test
  void should_emit_entered_and_exited_events() {
    // GIVEN
    String definition = """
        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 3, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(types(result))
        .containsExactly("ExecutionStarted", "WaitStateEntered", "WaitStateExited", "ExecutionSucceeded");
    assertThat(timestamps(result, "WaitStateEntered")).containsExactly(T0);
    assertThat(timestamps(result, "ExecutionSucceeded")).containsExactly(at(3));
  }
}
