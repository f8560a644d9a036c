package io.github.sfntestkit.mock;

import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Answers HTTP Tasks ({@code arn:aws:states:::http:invoke}) and API Gateway tasks
 * ({@code arn:aws:states:::apigateway:invoke}) by sending the request they describe to a real HTTP
 * server on loopback, such as WireMock, and mapping its answer back as AWS does.
 *
 * <pre>{@code
 * WireMockServer wm = new WireMockServer(options().dynamicPort());
 * mocks.http("http://localhost:" + wm.port());          // every http:invoke goes to WireMock
 * mocks.apiGateway(HttpEndpoints.create()
 *     .route("abc123.execute-api.us-east-1.amazonaws.com", "http://localhost:" + wm.port()));
 * }</pre>
 *
 * <p>Where a request goes: the route with the longest prefix of where AWS would send it
 * ({@code ApiEndpoint} for HTTP Tasks, {@code https://<ApiEndpoint>/<Stage>/<Path>} for API
 * Gateway) replaces that prefix by its base URL; {@link #to(String)} routes everything. Base URLs
 * must be on loopback (localhost, 127.0.0.0/8, [::1]); redirects are not followed and no proxy is
 * used, so nothing leaves the machine.
 *
 * <p>What the task sees: success with {@code {"Headers": {name: [values]}, "ResponseBody": <JSON
 * when the response is JSON, else text>, "StatusCode": 200, "StatusText": "OK"}} for a 2xx
 * answer; otherwise the integration's error ({@code States.Http.StatusCode.<code>},
 * {@code ApiGateway.<code>}, see docs/http-tasks.md). Parameters AWS refuses fail with
 * {@code States.Runtime} before anything is sent. Not thread-safe, like {@link Mocks}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HttpEndpoints implements Answer {
  /** The HTTP Task resource. */
  public static final String HTTP_INVOKE = "arn:aws:states:::http:invoke";
  /** The API Gateway resource (request-response). */
  public static final String API_GATEWAY_INVOKE = "arn:aws:states:::apigateway:invoke";
  /** AWS gives up on an HTTP Task after 60 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final List<LoopbackRoute> routes = new ArrayList<>();
  private final List<HttpExchange> exchanges = new ArrayList<>();
  private Duration timeout = DEFAULT_TIMEOUT;
  private String region = "us-east-1";
  private HttpClient client;

  private HttpEndpoints() {}

  /** No routes yet: add them with {@link #route(String, String)}. */
  public static HttpEndpoints create() {
    return new HttpEndpoints();
  }

  /**
   * Every request goes to this loopback base URL, keeping its path and query:
   * {@code https://api.stripe.com/v1/customers?limit=3} becomes {@code <baseUrl>/v1/customers?limit=3}.
   *
   * @throws IllegalArgumentException when the URL is not http(s) on loopback
   */
  public static HttpEndpoints to(String baseUrl) {
    return create().route(LoopbackRoute.ANY, baseUrl);
  }

  /**
   * Requests for {@code from} go to {@code baseUrl} instead, the rest of their path appended.
   * {@code from} is a URL prefix ({@code https://api.stripe.com/v1}), a host name (API Gateway's
   * {@code abc123.execute-api.us-east-1.amazonaws.com}), or {@code *} for any request.
   *
   * @throws IllegalArgumentException when the URL is not http(s) on loopback
   */
  public HttpEndpoints route(String from, String baseUrl) {
    routes.add(LoopbackRoute.of(from, baseUrl));
    return this;
  }

  /** How long to wait for a response (default 60 s, AWS's limit); then the task fails as AWS's does. */
  public HttpEndpoints timeout(Duration timeout) {
    if (Objects.requireNonNull(timeout, "timeout").isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
    this.client = null;
    return this;
  }

  /** The region in the HTTP Task's {@code User-Agent: Amazon|StepFunctions|HttpInvoke|<region>} (default us-east-1). */
  public HttpEndpoints region(String region) {
    this.region = Objects.requireNonNull(region, "region");
    return this;
  }

  /** Every request sent, in order. */
  public List<HttpExchange> exchanges() {
    return Collections.unmodifiableList(new ArrayList<>(exchanges));
  }

  /**
   * Sends the call's request and maps the response.
   *
   * @throws SfnTestKitException when the resource is not one of the two, uses an integration
   *     pattern other than request-response, or no route takes the request
   */
  @Override
  public TaskResponse answer(TaskCall call) {
    InvokeMapping mapping = mappingFor(call);
    OutgoingRequest request;
    try {
      request = mapping.request(call.input(), region);
    } catch (InvalidParameters e) {
      return TaskResponse.failure("States.Runtime", "The Parameters '" + Json.write(call.input())
          + "' could not be used to start the Task: [" + e.getMessage() + "]");
    }
    URI target = route(call, request).target(request);
    HttpResponse<byte[]> response;
    try {
      response = client().send(toHttpRequest(request, target), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      exchanges.add(exchange(call, request, target, 0, null));
      return mapping.connectionFailure(target, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SfnTestKitException("Interrupted while calling " + target + " for \"" + call.stateName() + "\"", e);
    }
    ResponseMapping mapped = ResponseMapping.of(response);
    exchanges.add(exchange(call, request, target, response.statusCode(), mapped.rawBody()));
    int status = response.statusCode();
    return status >= 200 && status < 300
        ? TaskResponse.success(mapped.result())
        : mapping.statusFailure(mapped.result(), mapped.rawBody());
  }

  private static InvokeMapping mappingFor(TaskCall call) {
    String r = call.resource();
    if (r.equals(HTTP_INVOKE)) {
      return new HttpTaskMapping();
    }
    if (r.equals(API_GATEWAY_INVOKE)) {
      return new ApiGatewayMapping();
    }
    String hint = r.startsWith(HTTP_INVOKE) || r.startsWith(API_GATEWAY_INVOKE)
        ? " Only the request-response pattern is sent over HTTP; mock the callback with"
            + " mocks.task(\"" + call.stateName() + "\").callback(...)."
        : " Register HttpEndpoints for " + HTTP_INVOKE + " or " + API_GATEWAY_INVOKE + " only.";
    throw new SfnTestKitException("HttpEndpoints cannot answer Task state \"" + call.stateName()
        + "\" (resource " + r + ")." + hint);
  }

  private LoopbackRoute route(TaskCall call, OutgoingRequest request) {
    String location = request.location();
    return routes.stream()
        .filter(r -> r.matches(location))
        .max(Comparator.comparingInt(LoopbackRoute::specificity))
        .orElseThrow(() -> new SfnTestKitException("No HttpEndpoints route takes " + request.method() + " "
            + location + " (Task state \"" + call.stateName() + "\", call #" + (call.callIndex() + 1) + ").\n"
            + "Routes: " + (routes.isEmpty() ? "none" : routes) + ".\n"
            + "Add one: .route(\"" + request.origin() + "\", \"http://localhost:<port>\"), or use"
            + " HttpEndpoints.to(baseUrl) for every request."));
  }

  private HttpRequest toHttpRequest(OutgoingRequest request, URI target) {
    HttpRequest.BodyPublisher body = request.body() == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(request.body(), java.nio.charset.StandardCharsets.UTF_8);
    HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(timeout).method(request.method(), body);
    request.headers().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
    return b.build();
  }

  private HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .proxy(HttpClient.Builder.NO_PROXY)
          .connectTimeout(timeout)
          .build();
    }
    return client;
  }

  private static HttpExchange exchange(TaskCall call, OutgoingRequest request, URI target, int status,
      String responseBody) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.headers().forEach((k, v) -> headers.put(k, List.copyOf(v)));
    return new HttpExchange(call.stateName(), call.resource(), request.location(), request.method(), target,
        Collections.unmodifiableMap(headers), request.body(), request.connectionArn(), status, responseBody);
  }

  @Override
  public String toString() {
    return "HttpEndpoints" + routes;
  }
}
