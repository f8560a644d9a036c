package io.github.sfntestkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntestkit.history.HistoryEvent;
import io.github.sfntestkit.mock.TaskCall;
import io.github.sfntestkit.mock.TaskIntegration;
import io.github.sfntestkit.mock.TaskResponse;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shared fixtures for the interpreter tests: run a definition, read its history and visits. */
final class TestRuns {
  /** The virtual clock's default start ({@link ExecutionOptions#defaults()}). */
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TestRuns() {}

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ExecutionResult run(String definition, String input) {
    return run(definition, input, ExecutionOptions.defaults());
  }

  static ExecutionResult run(String definition, String input, TaskIntegration integration) {
    return run(definition, input, ExecutionOptions.defaults().withIntegration(integration));
  }

  static ExecutionResult run(String definition, String input, ExecutionOptions options) {
    return StateMachine.fromJson(definition).execute(input, options);
  }

  /** Virtual time {@code seconds} after {@link #T0}. */
  static Instant at(double seconds) {
    return T0.plusMillis(Math.round(seconds * 1000));
  }

  static List<String> types(ExecutionResult result) {
    return result.history().events().stream().map(HistoryEvent::type).collect(Collectors.toList());
  }

  static List<HistoryEvent> events(ExecutionResult result, String type) {
    return result.history().events().stream()
        .filter(e -> e.type().equals(type))
        .collect(Collectors.toList());
  }

  static List<Instant> timestamps(ExecutionResult result, String type) {
    return events(result, type).stream().map(HistoryEvent::timestamp).collect(Collectors.toList());
  }

  static HistoryEvent last(ExecutionResult result) {
    List<HistoryEvent> all = result.history().events();
    return all.get(all.size() - 1);
  }

  /** The first visit of a state. */
  static StateVisit visit(ExecutionResult result, String name) {
    return visits(result, name).get(0);
  }

  static List<StateVisit> visits(ExecutionResult result, String name) {
    List<StateVisit> found =
        result.visits().stream().filter(v -> v.name().equals(name)).collect(Collectors.toList());
    if (found.isEmpty()) {
      throw new AssertionError("state " + name + " was never entered; path " + result.path());
    }
    return found;
  }

  static TaskIntegration returning(String resultJson) {
    JsonNode result = json(resultJson);
    return call -> TaskResponse.success(result);
  }

  static TaskIntegration failing(String error, String cause) {
    return call -> TaskResponse.failure(error, cause);
  }

  /** Answers the n-th call (0-based, counted over all states) with the n-th response; repeats the last. */
  static TaskIntegration sequence(TaskResponse... responses) {
    int[] n = {0};
    return call -> responses[Math.min(n[0]++, responses.length - 1)];
  }

  static TaskResponse ok(String resultJson) {
    return TaskResponse.success(json(resultJson));
  }

  static TaskResponse error(String error) {
    return TaskResponse.failure(error, error + " cause");
  }

  static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }

  /** An integration that records every call it answers. */
  static final class Recorder implements TaskIntegration {
    private final Function<TaskCall, TaskResponse> answer;
    private final List<TaskCall> calls = new ArrayList<>();

    Recorder(Function<TaskCall, TaskResponse> answer) {
      this.answer = answer;
    }

    static Recorder answering(String resultJson) {
      JsonNode result = json(resultJson);
      return new Recorder(call -> TaskResponse.success(result));
    }

    static Recorder echoing() {
      return new Recorder(call -> TaskResponse.success(call.input()));
    }

    @Override
    public TaskResponse call(TaskCall call) {
      calls.add(call);
      return answer.apply(call);
    }

    List<TaskCall> calls() {
      return Collections.unmodifiableList(calls);
    }

    TaskCall only() {
      if (calls.size() != 1) {
        throw new AssertionError("expected one call but got " + calls.size() + ": " + calls);
      }
      return calls.get(0);
    }
  }
}
