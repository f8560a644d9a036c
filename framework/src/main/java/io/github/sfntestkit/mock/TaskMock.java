package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * One mock: which calls it answers ({@link TaskMatcher}) and its sequence of answers. Each answer is
 * used once (or {@link #times(int)} times) in order; the last one answers every later call.
 *
 * <pre>{@code
 * mocks.task("ChargeCard")
 *     .throwsError("Payment.Throttled", "slow down").times(2)
 *     .thenReturnsPayload("{\"chargeId\": \"ch-1\"}");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TaskMock {
  private final TaskMatcher matcher;
  private final List<Step> steps = new ArrayList<>();

  TaskMock(TaskMatcher matcher) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  public TaskMatcher matcher() {
    return matcher;
  }

  /** Answers with this raw result (exactly what the integration returns, before ResultSelector). */
  public TaskMock returns(JsonNode result) {
    TaskResponse response = TaskResponse.success(Objects.requireNonNull(result, "result"));
    return add(call -> response, "returns " + Json.quote(result));
  }

  /** Answers with this raw result, given as JSON text. */
  public TaskMock returns(String json) {
    return returns(parse(json));
  }

  /**
   * Answers with a payload wrapped in the integration's realistic response shape, e.g. for
   * {@code lambda:invoke} {@code {"Payload": payload, "StatusCode": 200, "ExecutedVersion": ...}}.
   * See {@link ResponseShapes}.
   */
  public TaskMock returnsPayload(JsonNode payload) {
    Objects.requireNonNull(payload, "payload");
    return add(call -> TaskResponse.success(ResponseShapes.wrap(call, payload)),
        "returns payload " + Json.quote(payload));
  }

  public TaskMock returnsPayload(String json) {
    return returnsPayload(parse(json));
  }

  /** Answers with a result computed from the call's effective input. */
  public TaskMock returns(UnaryOperator<JsonNode> fromInput) {
    Objects.requireNonNull(fromInput, "fromInput");
    return add(call -> TaskResponse.success(fromInput.apply(call.input())), "returns f(input)");
  }

  /** Answers with whatever the function decides (result, error, latency, never). */
  public TaskMock answers(Answer answer) {
    return add(Objects.requireNonNull(answer, "answer"), "answers");
  }

  /** Fails the task with this error and cause. */
  public TaskMock throwsError(String error, String cause) {
    return add(call -> TaskResponse.failure(error, cause), "throws " + error);
  }

  /** Never answers: the task ends only by its TimeoutSeconds / HeartbeatSeconds. */
  public TaskMock neverAnswers() {
    return add(call -> TaskResponse.never(), "never answers");
  }

  /**
   * Runs real code in-process: a function of the task's input (for {@code lambda:invoke}, of the
   * {@code Payload}; the function's value becomes the {@code Payload} of the response).
   */
  public TaskMock handledBy(Function<JsonNode, JsonNode> handler) {
    return add(JavaHandlers.function(handler), "handled by " + handler);
  }

  /**
   * Runs an AWS Lambda handler in-process: any object with a {@code handleRequest(I input, Context
   * ctx)} method (aws-lambda-java-core's {@code RequestHandler} style). The input is converted from
   * JSON to {@code I} with Jackson; an exception fails the task with the exception's class name as
   * error, as the Java Lambda runtime reports it.
   */
  public TaskMock handledByLambda(Object requestHandler) {
    return add(JavaHandlers.requestHandler(requestHandler), "handled by " + requestHandler.getClass().getName());
  }

  /**
   * A callback task ({@code .waitForTaskToken}) or activity: heartbeats at the given times after
   * the call, then the answer at {@code answerAt}. The task token is {@link TaskCall#taskToken()}.
   */
  public TaskMock callback(Duration answerAt, JsonNode result, Duration... heartbeats) {
    Objects.requireNonNull(result, "result");
    List<Duration> beats = List.of(heartbeats);
    return add(call -> TaskResponse.success(result).after(answerAt).withHeartbeats(beats),
        "calls back after " + answerAt);
  }

  /** Alias of {@link #returns(JsonNode)} for reading a sequence. */
  public TaskMock thenReturns(JsonNode result) {
    return returns(result);
  }

  public TaskMock thenReturns(String json) {
    return returns(json);
  }

  public TaskMock thenReturnsPayload(String json) {
    return returnsPayload(json);
  }

  public TaskMock thenThrows(String error, String cause) {
    return throwsError(error, cause);
  }

  public TaskMock thenAnswers(Answer answer) {
    return answers(answer);
  }

  public TaskMock thenNeverAnswers() {
    return neverAnswers();
  }

  /** The previous answer is used {@code n} times before the next one. */
  public TaskMock times(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("times(n) needs n >= 1 but was " + n);
    }
    last().times = n;
    return this;
  }

  /** The previous answer comes after this virtual latency (for timeouts and heartbeats). */
  public TaskMock after(Duration latency) {
    Objects.requireNonNull(latency, "latency");
    Step step = last();
    Answer inner = step.answer;
    step.answer = call -> inner.answer(call).after(latency);
    step.description += " after " + latency;
    return this;
  }

  /** The answer for this mock's {@code index}-th call (0-based). */
  TaskResponse answer(TaskCall call, int index) {
    int remaining = index;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (i == steps.size() - 1 || remaining < s.times) {
        return s.answer.answer(call);
      }
      remaining -= s.times;
    }
    throw new IllegalStateException(matcher.dsl() + " has no answer: add .returns(...) or .throwsError(...)");
  }

  boolean hasAnswers() {
    return !steps.isEmpty();
  }

  /** The answers in order, for messages. */
  List<String> describe() {
    List<String> out = new ArrayList<>();
    for (Step s : steps) {
      out.add(s.description + (s.times > 1 ? " x" + s.times : ""));
    }
    return Collections.unmodifiableList(out);
  }

  private TaskMock add(Answer answer, String description) {
    steps.add(new Step(answer, description));
    return this;
  }

  private Step last() {
    if (steps.isEmpty()) {
      throw new IllegalStateException(matcher.dsl() + " has no answer yet: call returns(...), throwsError(...)"
          + " or answers(...) first");
    }
    return steps.get(steps.size() - 1);
  }

  private static JsonNode parse(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not valid JSON: " + json + " (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public String toString() {
    return matcher.dsl() + " " + describe();
  }

  private static final class Step {
    Answer answer;
    String description;
    int times = 1;

    Step(Answer answer, String description) {
      this.answer = answer;
      this.description = description;
    }
  }
}
