package io.github.sfntestkit.mock;

import io.github.sfntestkit.SfnTestKitException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The mock registry: answers Task states and records every call. Strict by default: a call no mock
 * answers fails the run with a message naming the state, the resource and the line that mocks it.
 *
 * <pre>{@code
 * Mocks mocks = Mocks.create();
 * mocks.task("Validate").returnsPayload("{\"valid\": true}");
 * mocks.lambda("charge-card").throwsError("Payment.Throttled", "slow down").times(2)
 *     .thenReturnsPayload("{\"chargeId\": \"ch-1\"}");
 * mocks.resource("arn:aws:states:::sns:publish").returnsPayload("{}");
 * ExecutionResult r = sm.execute(input, ExecutionOptions.defaults().withIntegration(mocks));
 * mocks.calls("ChargeCard");   // what ChargeCard was called with, and when
 * }</pre>
 *
 * <p>Which mock answers: one for the state's name, else one whose predicate matches, else one for
 * the Lambda function, else one for the resource; among mocks of the same kind the one registered
 * last wins (as in WireMock). Not thread-safe: use one registry per test.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Mocks implements TaskIntegration {
  private final List<TaskMock> mocks = new ArrayList<>();
  private final Map<TaskMock, Integer> answered = new HashMap<>();
  private final List<Injection> injections = new ArrayList<>();
  private final List<RecordedCall> calls = new ArrayList<>();
  private TaskIntegration fallback;
  private ResponseShapeCheck shapeCheck; // null until checkResponsesAgainstSdk: no cost when unused

  private Mocks() {}

  public static Mocks create() {
    return new Mocks();
  }

  /** Mocks a Task state by name. */
  public TaskMock task(String stateName) {
    return register(TaskMatcher.state(stateName));
  }

  /** Mocks every Task calling this resource ARN ({@code arn:aws:states:::aws-sdk:s3:*} style prefixes allowed). */
  public TaskMock resource(String resourceArn) {
    return register(TaskMatcher.resource(resourceArn));
  }

  /** Mocks every call of a Lambda function (by function ARN or {@code lambda:invoke} FunctionName). */
  public TaskMock lambda(String functionName) {
    return register(TaskMatcher.lambdaFunction(functionName));
  }

  /** Mocks an activity by its ARN. */
  public TaskMock activity(String activityArn) {
    return register(TaskMatcher.resource(activityArn));
  }

  /**
   * Sends every HTTP Task ({@code arn:aws:states:::http:invoke}) to a server on loopback, e.g.
   * {@code mocks.http("http://localhost:" + wireMock.port())}. See {@link HttpEndpoints}.
   *
   * @throws IllegalArgumentException when the URL is not http(s) on loopback
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public TaskMock http(String baseUrl) {
    return http(HttpEndpoints.to(baseUrl));
  }

  /** Sends every HTTP Task through these endpoints (routes, timeout, recorded exchanges). */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public TaskMock http(HttpEndpoints endpoints) {
    return resource(HttpEndpoints.HTTP_INVOKE).answers(Objects.requireNonNull(endpoints, "endpoints"));
  }

  /**
   * Sends every API Gateway task ({@code arn:aws:states:::apigateway:invoke}) to a server on
   * loopback: {@code https://<ApiEndpoint>/<Stage>/<Path>} becomes {@code <baseUrl>/<Stage>/<Path>}.
   *
   * @throws IllegalArgumentException when the URL is not http(s) on loopback
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public TaskMock apiGateway(String baseUrl) {
    return apiGateway(HttpEndpoints.to(baseUrl));
  }

  /** Sends every API Gateway task through these endpoints (routes, timeout, recorded exchanges). */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public TaskMock apiGateway(HttpEndpoints endpoints) {
    return resource(HttpEndpoints.API_GATEWAY_INVOKE).answers(Objects.requireNonNull(endpoints, "endpoints"));
  }

  /** Mocks calls matching a predicate on the call (e.g. on its effective input). */
  public TaskMock when(String description, Predicate<TaskCall> predicate) {
    return register(TaskMatcher.matching(description, predicate));
  }

  /** Calls no mock answers go to this integration (e.g. a MockConfigFile test case) instead of failing. */
  public Mocks fallbackTo(TaskIntegration integration) {
    this.fallback = Objects.requireNonNull(integration, "integration");
    return this;
  }

  /** Starts a failure injection: {@code mocks.inject(Failure.timeout()).into("Charge").onCall(2)}. */
  public Injection inject(Failure failure) {
    Injection i = new Injection(Objects.requireNonNull(failure, "failure"));
    injections.add(i);
    return i;
  }

  /** Every call, in the order made. */
  public List<RecordedCall> calls() {
    return Collections.unmodifiableList(new ArrayList<>(calls));
  }

  /** The calls one Task state made. */
  public List<RecordedCall> calls(String stateName) {
    List<RecordedCall> out = new ArrayList<>();
    for (RecordedCall c : calls) {
      if (c.stateName().equals(stateName)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Forgets recorded calls and sequence positions (mocks and injections stay). */
  public void reset() {
    calls.clear();
    answered.clear();
  }

  /** Sequences start over with each execution; recorded calls are kept for verification. */
  @Override
  public void executionStarted() {
    answered.clear();
    if (fallback != null) {
      fallback.executionStarted();
    }
  }

  @Override
  public TaskResponse call(TaskCall call) {
    for (Injection i : injections) {
      if (i.applies(call)) {
        TaskResponse r = i.failure.response(call);
        calls.add(new RecordedCall(call, r, "injected " + i));
        return r;
      }
    }
    TaskMock mock = find(call);
    if (mock == null) {
      if (fallback != null) {
        TaskResponse r = fallback.call(call);
        calls.add(new RecordedCall(call, r, "fallback"));
        if (shapeCheck != null) {
          shapeCheck.check(call, r);
        }
        return r;
      }
      throw unmocked(call);
    }
    int index = answered.merge(mock, 1, Integer::sum) - 1;
    TaskResponse r = mock.answer(call, index);
    calls.add(new RecordedCall(call, r, mock.matcher().dsl()));
    if (shapeCheck != null) {
      shapeCheck.check(call, r);
    }
    return r;
  }

  // ---- Response shape check against the AWS SDK v2 models (opt-in; see ResponseShapeCheck) ----

  /**
   * Checks every mocked (and fallback) result against the AWS SDK for Java v2 model of the called
   * API, when that service's SDK module is on the test classpath: unknown fields (with the closest
   * member name) and wrong types. {@code LENIENT} collects them in {@link #responseShapeWarnings()};
   * {@code STRICT} fails the run with an {@link SfnTestKitException} listing each problem. {@code
   * OFF} (the default) checks nothing. Injected failures, errors and never-answers are not checked.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public Mocks checkResponsesAgainstSdk(ResponseShapeCheck.Mode mode) {
    Objects.requireNonNull(mode, "mode");
    if (shapeCheck != null) {
      shapeCheck.mode(mode);
    } else if (mode != ResponseShapeCheck.Mode.OFF) {
      shapeCheck = new ResponseShapeCheck(mode);
    }
    return this;
  }

  /**
   * What the response shape check found so far, each warning once: mismatches in {@code LENIENT}
   * mode, and in any mode the services it could not check (SDK module not on the classpath). Kept
   * across {@link #reset()}.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public List<String> responseShapeWarnings() {
    return shapeCheck == null ? List.of() : shapeCheck.warnings();
  }

  // ---- end of response shape check ----

  private TaskMock register(TaskMatcher matcher) {
    TaskMock mock = new TaskMock(matcher);
    mocks.add(mock);
    return mock;
  }

  /** One pass, newest first: the most specific kind wins, the newest mock within a kind. */
  private TaskMock find(TaskCall call) {
    TaskMock best = null;
    int bestRank = Integer.MAX_VALUE;
    for (int i = mocks.size() - 1; i >= 0; i--) {
      TaskMock m = mocks.get(i);
      int rank = m.matcher().kind().ordinal();
      if (rank < bestRank && m.hasAnswers() && m.matcher().matches(call)) {
        best = m;
        bestRank = rank;
        if (rank == 0) {
          break;
        }
      }
    }
    return best;
  }

  private UnmockedTaskException unmocked(TaskCall call) {
    StringBuilder b = new StringBuilder();
    b.append("No mock answers Task state \"").append(call.stateName()).append("\" (resource ")
        .append(call.resource()).append(", call #").append(call.callIndex() + 1).append(").");
    if (!mocks.isEmpty()) {
      b.append("\nMocks registered: ");
      for (int i = 0; i < mocks.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(mocks.get(i).matcher().dsl());
      }
      b.append('.');
    }
    b.append("\nAdd one: mocks.task(\"").append(call.stateName()).append("\").returns(...)");
    String fn = TaskMatcher.functionName(call);
    if (fn != null) {
      b.append(" or mocks.lambda(\"").append(fn).append("\").returnsPayload(...)");
    }
    b.append(".");
    return new UnmockedTaskException(b.toString());
  }

  /** Where and when an injected failure applies. */
  public final class Injection {
    private final Failure failure;
    private String state;
    private int fromCall = 1;
    private int toCall = Integer.MAX_VALUE;

    Injection(Failure failure) {
      this.failure = failure;
    }

    /** Into every call of this Task state (narrow it with {@link #onCall(int)}). */
    public Injection into(String stateName) {
      this.state = Objects.requireNonNull(stateName, "stateName");
      return this;
    }

    /** Only the n-th call (1-based, counted per state across retries and Map iterations). */
    public Mocks onCall(int n) {
      return onCalls(n, n);
    }

    /** Calls {@code from} to {@code to} (1-based, inclusive). */
    public Mocks onCalls(int from, int to) {
      if (from < 1 || to < from) {
        throw new SfnTestKitException("onCalls(from, to) needs 1 <= from <= to, got " + from + ", " + to);
      }
      this.fromCall = from;
      this.toCall = to;
      return Mocks.this;
    }

    /** Into every call (the default). */
    public Mocks always() {
      return Mocks.this;
    }

    boolean applies(TaskCall call) {
      if (state == null || !state.equals(call.stateName())) {
        return false;
      }
      int n = call.callIndex() + 1;
      return n >= fromCall && n <= toCall;
    }

    @Override
    public String toString() {
      return failure + " into \"" + state + "\"" + (toCall == Integer.MAX_VALUE && fromCall == 1 ? ""
          : " call " + fromCall + (toCall == fromCall ? "" : "-" + toCall));
    }
  }
}
