package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.T0;
import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.returning;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfntestkit.history.HistoryEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {

  private static String task(String resource) {
    return """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}""".formatted(resource);
  }

  @Test
  void should_record_a_pass_state() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(types(result))
        .containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
  }

  @Test
  void should_number_events_from_one_and_link_each_to_the_previous() {
    // GIVEN
    String definition = """
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    List<HistoryEvent> events = result.history().events();
    assertThat(events).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(events).extracting(HistoryEvent::previousEventId).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    assertThat(events).extracting(HistoryEvent::timestamp).containsOnly(T0);
    assertThat(result.history().enteredStates()).containsExactly("A", "B");
    assertThat(TestRuns.visit(result, "B").enteredEventId()).isEqualTo(4L);
  }

  @Test
  void should_render_events_as_get_execution_history_does() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"r": 1}, "End": true}}}""";
    // WHEN
    ArrayNode history = run(definition, "{\"in\": true}").history().toJson();
    // THEN
    assertThat(history).hasSize(4);
    JsonNode started = history.get(0);
    assertThat(started.path("type").asText()).isEqualTo("ExecutionStarted");
    assertThat(started.path("id").asLong()).isEqualTo(1);
    assertThat(started.path("previousEventId").asLong()).isEqualTo(0);
    assertThat(started.path("timestamp").asText()).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(started.path("executionStartedEventDetails").path("input").asText()).isEqualTo("{\"in\":true}");
    assertThat(started.path("executionStartedEventDetails").path("roleArn").asText())
        .isEqualTo("arn:aws:iam::123456789012:role/StepFunctionsRole");
    JsonNode entered = history.get(1).path("stateEnteredEventDetails");
    assertThat(entered.path("name").asText()).isEqualTo("P");
    assertThat(entered.path("input").isTextual()).isTrue();
    assertThat(entered.path("input").asText()).isEqualTo("{\"in\":true}");
    assertThat(entered.path("inputDetails")).isEqualTo(json("{\"truncated\": false}"));
    JsonNode exited = history.get(2).path("stateExitedEventDetails");
    assertThat(exited.path("name").asText()).isEqualTo("P");
    assertThat(exited.path("output").asText()).isEqualTo("{\"r\":1}");
    assertThat(history.get(3).path("executionSucceededEventDetails").path("output").asText()).isEqualTo("{\"r\":1}");
  }

  @Test
  void should_record_an_optimised_lambda_invoke_task() {
    // GIVEN
    String definition = task("arn:aws:states:::lambda:invoke");
    // WHEN
    ExecutionResult result = run(definition, "{}", returning("{\"Payload\": 1}"));
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
        "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
    HistoryEvent scheduled = TestRuns.events(result, "TaskScheduled").get(0);
    assertThat(scheduled.details().path("resourceType").asText()).isEqualTo("lambda");
    assertThat(scheduled.details().path("resource").asText()).isEqualTo("invoke");
    assertThat(scheduled.details().path("region").asText()).isEqualTo("us-east-1");
    JsonNode rendered = scheduled.toJson().path("taskScheduledEventDetails");
    assertThat(rendered.path("parameters").asText()).isEqualTo("{}");
    assertThat(TestRuns.events(result, "TaskSucceeded").get(0).toJson()
        .path("taskSucceededEventDetails").path("output").asText()).isEqualTo("{\"Payload\":1}");
  }

  @Test
  void should_record_a_failed_task() {
    // GIVEN
    String definition = task("arn:aws:states:::lambda:invoke");
    // WHEN
    ExecutionResult result = run(definition, "{}", TestRuns.failing("Boom", "bad"));
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
        "TaskStarted", "TaskFailed", "ExecutionFailed");
    HistoryEvent failed = TestRuns.events(result, "TaskFailed").get(0);
    assertThat(failed.details().path("error").asText()).isEqualTo("Boom");
    assertThat(failed.details().path("cause").asText()).isEqualTo("bad");
    assertThat(TestRuns.last(result).toJson().path("executionFailedEventDetails"))
        .isEqualTo(json("{\"error\": \"Boom\", \"cause\": \"bad\"}"));
  }

  @Test
  void should_record_a_legacy_lambda_task() {
    // GIVEN
    String definition = task("arn:aws:lambda:us-east-1:123456789012:function:f");
    // WHEN
    ExecutionResult result = run(definition, "{}", returning("{}"));
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "TaskStateEntered",
        "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited",
        "ExecutionSucceeded");
    assertThat(TestRuns.events(result, "LambdaFunctionScheduled").get(0).details().path("resource").asText())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:f");
  }

  @Test
  void should_record_a_failed_legacy_lambda_task() {
    // GIVEN
    String definition = task("arn:aws:lambda:us-east-1:123456789012:function:f");
    // WHEN
    ExecutionResult result = run(definition, "{}", TestRuns.failing("Exception", "x"));
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "TaskStateEntered",
        "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionFailed", "ExecutionFailed");
  }

  @Test
  void should_record_an_activity_task() {
    // GIVEN
    String definition = task("arn:aws:states:us-east-1:123456789012:activity:work");
    // WHEN
    ExecutionResult ok = run(definition, "{}", returning("{}"));
    ExecutionResult failed = run(definition, "{}", TestRuns.failing("E", "c"));
    // THEN
    assertThat(types(ok)).containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
        "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "ExecutionSucceeded");
    assertThat(types(failed)).containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
        "ActivityStarted", "ActivityFailed", "ExecutionFailed");
  }

  @Test
  void should_record_a_wait_for_task_token_task_with_task_submitted() {
    // GIVEN
    String definition = task("arn:aws:states:::sqs:sendMessage.waitForTaskToken");
    // WHEN
    ExecutionResult ok = run(definition, "{}", returning("{}"));
    ExecutionResult failed = run(definition, "{}", TestRuns.failing(null, null));
    // THEN
    assertThat(types(ok)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
        "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
    assertThat(types(failed)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
        "TaskStarted", "TaskSubmitted", "TaskFailed", "ExecutionFailed");
    assertThat(TestRuns.events(ok, "TaskScheduled").get(0).details().path("resource").asText())
        .isEqualTo("sendMessage.waitForTaskToken");
  }

  @Test
  void should_record_choice_and_wait_states() {
    // GIVEN
    String definition = """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.go", "BooleanEquals": true, "Next": "W"}],
                "Default": "W"},
          "W": {"Type": "Wait", "Seconds": 2, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"go\": true}");
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "ChoiceStateEntered", "ChoiceStateExited",
        "WaitStateEntered", "WaitStateExited", "ExecutionSucceeded");
    assertThat(result.history().events()).extracting(HistoryEvent::timestamp)
        .containsExactly(T0, T0, T0, T0, TestRuns.at(2), TestRuns.at(2));
  }

  @Test
  void should_record_a_map_state_with_its_iterations() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 1, "End": true,
          "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[1, 2]");
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
        "MapIterationStarted", "PassStateEntered", "PassStateExited", "MapIterationSucceeded",
        "MapIterationStarted", "PassStateEntered", "PassStateExited", "MapIterationSucceeded",
        "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded");
    assertThat(TestRuns.events(result, "MapStateStarted").get(0).details().path("length").asInt()).isEqualTo(2);
    assertThat(TestRuns.events(result, "MapIterationStarted")).extracting(e -> e.details().path("index").asInt())
        .containsExactly(0, 1);
    assertThat(TestRuns.events(result, "MapIterationStarted")).extracting(e -> e.details().path("name").asText())
        .containsOnly("M");
  }

  @Test
  void should_record_a_failing_map_iteration() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
          "ItemProcessor": {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E"}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[1]");
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
        "MapIterationStarted", "FailStateEntered", "MapIterationFailed", "MapStateFailed", "ExecutionFailed");
  }

  @Test
  void should_record_map_state_failed_only_when_the_retries_are_exhausted() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
          "Retry": [{"ErrorEquals": ["E"], "MaxAttempts": 1}],
          "ItemProcessor": {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E"}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[1]");
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
        "MapIterationStarted", "FailStateEntered", "MapIterationFailed", "MapStateStarted",
        "MapIterationStarted", "FailStateEntered", "MapIterationFailed", "MapStateFailed", "ExecutionFailed");
  }

  @Test
  void should_record_a_parallel_state() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
          {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    List<String> types = types(result);
    assertThat(types).startsWith("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted")
        .endsWith("ParallelStateSucceeded", "ParallelStateExited", "ExecutionSucceeded");
    assertThat(types.subList(3, 7)).containsExactlyInAnyOrder(
        "PassStateEntered", "PassStateExited", "PassStateEntered", "PassStateExited");
    assertThat(result.history().enteredStates()).containsExactly("P", "A", "B");
  }

  @Test
  void should_link_the_first_event_of_every_branch_to_parallel_state_started() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
          {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    long started = TestRuns.events(result, "ParallelStateStarted").get(0).id();
    assertThat(TestRuns.events(result, "PassStateEntered")).extracting(HistoryEvent::previousEventId)
        .containsOnly(started);
    assertThat(TestRuns.events(result, "PassStateExited")).extracting(HistoryEvent::previousEventId)
        .containsExactlyElementsOf(TestRuns.events(result, "PassStateEntered").stream()
            .map(HistoryEvent::id).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void should_record_a_failing_parallel_state() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Branch1", "States": {"Branch1": {"Type": "Fail", "Error": "FailureType"}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "ParallelStateEntered",
        "ParallelStateStarted", "FailStateEntered", "ParallelStateFailed", "ExecutionFailed");
  }

  @Test
  void should_record_parallel_state_failed_only_when_the_retries_are_exhausted() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
          "Retry": [{"ErrorEquals": ["FailureType"], "MaxAttempts": 1}], "Branches": [
          {"StartAt": "Branch1", "States": {"Branch1": {"Type": "Fail", "Error": "FailureType"}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "ParallelStateEntered",
        "ParallelStateStarted", "FailStateEntered", "ParallelStateStarted", "FailStateEntered",
        "ParallelStateFailed", "ExecutionFailed");
  }

  @Test
  void should_record_a_fail_state() {
    // GIVEN
    String definition = """
        {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E", "Cause": "C"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "FailStateEntered", "ExecutionFailed");
    assertThat(TestRuns.last(result).toJson().path("executionFailedEventDetails"))
        .isEqualTo(json("{\"error\": \"E\", \"cause\": \"C\"}"));
  }

  @Test
  void should_record_a_caught_error_with_the_exited_event_of_the_failing_state() {
    // GIVEN
    String definition = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "H"}], "End": true},
          "H": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}", TestRuns.failing("E", "c"));
    // THEN
    assertThat(types(result)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
        "TaskStarted", "TaskFailed", "TaskStateExited", "PassStateEntered", "PassStateExited",
        "ExecutionSucceeded");
  }

  @Test
  void should_order_events_by_virtual_time() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Slow", "States": {"Slow": {"Type": "Wait", "Seconds": 20, "End": true}}},
          {"StartAt": "Fast", "States": {"Fast": {"Type": "Wait", "Seconds": 10, "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.history().events()).extracting(HistoryEvent::timestamp).isSorted();
    assertThat(result.history().events()).extracting(HistoryEvent::id).isSorted();
  }
}
