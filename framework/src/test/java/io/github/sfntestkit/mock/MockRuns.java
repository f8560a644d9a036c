package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.history.HistoryEvent;
import io.github.sfntestkit.internal.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Shared fixtures for the mock DSL tests: run a definition against {@link Mocks}, read the history. */
final class MockRuns {
  /** The virtual clock's default start ({@link ExecutionOptions#defaults()}). */
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";

  private MockRuns() {}

  /** Parses with the framework's mapper, so numbers compare equal to what the interpreter produces. */
  static JsonNode json(String text) {
    return Json.parse(text);
  }

  static ExecutionResult run(String definition, String input, TaskIntegration integration) {
    return StateMachine.fromJson(definition)
        .execute(input, ExecutionOptions.defaults().withIntegration(integration));
  }

  /** A one-Task machine: {@code "T"} with this resource and extra fields (each ending with a comma). */
  static String task(String resource, String extraFields) {
    return """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "%s", %s "End": true}}}"""
        .formatted(resource, extraFields);
  }

  /** Virtual time {@code seconds} after {@link #T0}. */
  static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  static List<HistoryEvent> events(ExecutionResult result, String type) {
    return result.history().events().stream()
        .filter(e -> e.type().equals(type))
        .collect(Collectors.toList());
  }

  static List<String> types(ExecutionResult result) {
    return result.history().events().stream().map(HistoryEvent::type).collect(Collectors.toList());
  }

  static StateVisit visit(ExecutionResult result, String name) {
    return result.visits().stream()
        .filter(v -> v.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " was never entered; path " + result.path()));
  }

  static List<String> answeredBy(List<RecordedCall> calls) {
    return calls.stream().map(RecordedCall::answeredBy).collect(Collectors.toList());
  }
}
