package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.time.Duration;
import java.util.List;

/**
 * What a mock file says, checked and immutable: each part knows the DSL calls that build it, so a
 * file and the equivalent Java code register the same {@link TaskMock}s and injections.
 */
final class MockFileModel {
  private MockFileModel() {}

  /** One entry under {@code mocks}: which calls ({@code task}, {@code resource}, ...) and its answers. */
  record Mock(String matcher, String value, List<Step> steps) {
    Mock {
      steps = List.copyOf(steps);
    }

    void addTo(Mocks mocks) {
      TaskMock mock;
      switch (matcher) {
        case "task":
          mock = mocks.task(value);
          break;
        case "resource":
          mock = mocks.resource(value);
          break;
        case "lambda":
          mock = mocks.lambda(value);
          break;
        default:
          mock = mocks.activity(value);
      }
      for (Step step : steps) {
        step.addTo(mock);
      }
    }

    String dsl() {
      StringBuilder sb = new StringBuilder("mocks.").append(matcher).append("(").append(q(value)).append(")");
      for (Step step : steps) {
        sb.append(step.dsl());
      }
      return sb.toString();
    }
  }

  /** One answer in a sequence, used {@code times} times, after a virtual latency (or null). */
  record Step(Reply reply, int times, Duration after) {
    void addTo(TaskMock mock) {
      reply.addTo(mock);
      if (times > 1) {
        mock.times(times);
      }
      if (after != null) {
        mock.after(after);
      }
    }

    String dsl() {
      return "." + reply.dsl() + (times > 1 ? ".times(" + times + ")" : "")
          + (after == null ? "" : ".after(Duration.parse(" + q(after.toString()) + "))");
    }
  }

  /** The answer itself: one per DSL method. */
  sealed interface Reply {
    void addTo(TaskMock mock);

    String dsl();
  }

  record Returns(JsonNode result) implements Reply {
    @Override
    public void addTo(TaskMock mock) {
      mock.returns(result);
    }

    @Override
    public String dsl() {
      return "returns(" + q(Json.write(result)) + ")";
    }
  }

  record ReturnsPayload(JsonNode payload) implements Reply {
    @Override
    public void addTo(TaskMock mock) {
      mock.returnsPayload(payload);
    }

    @Override
    public String dsl() {
      return "returnsPayload(" + q(Json.write(payload)) + ")";
    }
  }

  record Throws(String error, String cause) implements Reply {
    @Override
    public void addTo(TaskMock mock) {
      mock.throwsError(error, cause);
    }

    @Override
    public String dsl() {
      return "throwsError(" + q(error) + ", " + (cause == null ? "null" : q(cause)) + ")";
    }
  }

  record NeverAnswers() implements Reply {
    @Override
    public void addTo(TaskMock mock) {
      mock.neverAnswers();
    }

    @Override
    public String dsl() {
      return "neverAnswers()";
    }
  }

  record Callback(Duration answerAt, JsonNode result, List<Duration> heartbeats) implements Reply {
    Callback {
      heartbeats = List.copyOf(heartbeats);
    }

    @Override
    public void addTo(TaskMock mock) {
      mock.callback(answerAt, result, heartbeats.toArray(new Duration[0]));
    }

    @Override
    public String dsl() {
      StringBuilder sb = new StringBuilder("callback(Duration.parse(").append(q(answerAt.toString()))
          .append("), json(").append(q(Json.write(result))).append(")");
      for (Duration d : heartbeats) {
        sb.append(", Duration.parse(").append(q(d.toString())).append(")");
      }
      return sb.append(")").toString();
    }
  }

  /**
   * One entry under {@code inject}: a failure ({@code kind} "error", "timeout" or "throttling") into
   * a state; {@code calls} holds 1-based inclusive ranges, empty for every call.
   */
  record Injection(String kind, String error, String cause, String into, List<int[]> calls) {
    Injection {
      calls = List.copyOf(calls);
    }

    Failure failure() {
      switch (kind) {
        case "timeout":
          return Failure.timeout();
        case "throttling":
          return Failure.throttling();
        default:
          return Failure.error(error, cause);
      }
    }

    void addTo(Mocks mocks) {
      if (calls.isEmpty()) {
        mocks.inject(failure()).into(into).always();
        return;
      }
      for (int[] range : calls) {
        mocks.inject(failure()).into(into).onCalls(range[0], range[1]);
      }
    }

    String dsl() {
      String failure = kind.equals("error")
          ? "Failure.error(" + q(error) + ", " + (cause == null ? "null" : q(cause)) + ")"
          : "Failure." + kind + "()";
      String start = "mocks.inject(" + failure + ").into(" + q(into) + ")";
      if (calls.isEmpty()) {
        return start + ".always()";
      }
      StringBuilder sb = new StringBuilder();
      for (int[] r : calls) {
        sb.append(sb.length() == 0 ? "" : "\n").append(start)
            .append(r[0] == r[1] ? ".onCall(" + r[0] + ")" : ".onCalls(" + r[0] + ", " + r[1] + ")");
      }
      return sb.toString();
    }
  }

  static String q(String s) {
    return io.github.sfntestkit.internal.text.Phrases.quote(s);
  }
}
