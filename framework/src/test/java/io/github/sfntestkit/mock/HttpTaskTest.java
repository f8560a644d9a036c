package io.github.sfntestkit.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.sfntestkit.mock.HttpFixtures.baseUrl;
import static io.github.sfntestkit.mock.HttpFixtures.json;
import static io.github.sfntestkit.mock.HttpFixtures.oneTask;
import static io.github.sfntestkit.mock.HttpFixtures.run;
import static io.github.sfntestkit.mock.HttpFixtures.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP Task (arn:aws:states:::http:invoke) sent to WireMock on loopback. */
class HttpTaskTest {
  private static final String HTTP = "arn:aws:states:::http:invoke";
  private static final String CONNECTION =
      "\"Authentication\": {\"ConnectionArn\": \"arn:aws:events:us-east-1:123456789012:connection/Stripe/abc\"}";

  private static WireMockServer wm;
  private Mocks mocks;
  private HttpEndpoints endpoints;

  @BeforeAll
  static void startServer() {
    wm = HttpFixtures.startWireMock();
  }

  @AfterAll
  static void stopServer() {
    wm.stop();
  }

  @BeforeEach
  void resetServerAndMocks() {
    wm.resetAll();
    mocks = Mocks.create();
    endpoints = HttpEndpoints.to(baseUrl(wm));
    mocks.http(endpoints);
  }

  @Test
  void should_send_a_get_with_headers_and_query_parameters_and_map_the_json_response() {
    // GIVEN
    wm.stubFor(get(urlPathEqualTo("/v1/customers"))
        .willReturn(okJson("{\"data\": [{\"id\": \"cus_1\"}], \"has_more\": false}").withHeader("X-Request-Id", "r-1")));
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://api.stripe.com/v1/customers?expand=data\","
        + " \"Method\": \"GET\", " + CONNECTION + ","
        + " \"Headers\": {\"Accept\": \"application/json\", \"X-Tenant\": 42},"
        + " \"QueryParameters\": {\"limit\": \"3\", \"email\": \"a b@example.com\", \"tag\": [\"x\", \"y\"]}}", "");
    // WHEN
    ExecutionResult result = run(def, "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    JsonNode out = result.output();
    assertThat(out.get("StatusCode").asInt()).isEqualTo(200);
    assertThat(out.get("StatusText").asText()).isEqualTo("OK");
    assertThat(out.get("ResponseBody")).isEqualTo(json("{\"data\": [{\"id\": \"cus_1\"}], \"has_more\": false}"));
    assertThat(out.get("Headers").get("x-request-id")).isEqualTo(json("[\"r-1\"]"));
    assertThat(out.get("Headers").get("content-type")).isEqualTo(json("[\"application/json\"]"));
    wm.verify(getRequestedFor(urlEqualTo(
            "/v1/customers?expand=data&limit=3&email=a%20b%40example.com&tag=x&tag=y"))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("X-Tenant", equalTo("42"))
        .withHeader("User-Agent", equalTo("Amazon|StepFunctions|HttpInvoke|us-east-1"))
        .withHeader("Range", equalTo("bytes=0-262144"))
        .withHeader("Content-Type", absent()));
    HttpExchange exchange = endpoints.exchanges().get(0);
    assertThat(exchange.awsUrl()).isEqualTo("https://api.stripe.com/v1/customers");
    assertThat(exchange.connectionArn()).isEqualTo("arn:aws:events:us-east-1:123456789012:connection/Stripe/abc");
    assertThat(exchange.uri().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void should_post_a_json_body_with_the_default_content_type() {
    // GIVEN
    wm.stubFor(post("/orders").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json; charset=utf-8").withBody("{\"id\": \"o-1\"}")));
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://shop.example.com/orders\", \"Method\": \"POST\","
        + " \"RequestBody\": {\"sku.$\": \"$.sku\", \"qty\": 2}}", "");
    // WHEN
    ExecutionResult result = run(def, "{\"sku\": \"A-1\"}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().get("StatusCode").asInt()).isEqualTo(201);
    assertThat(result.output().get("StatusText").asText()).isEqualTo("Created");
    assertThat(result.output().get("ResponseBody")).isEqualTo(json("{\"id\": \"o-1\"}"));
    wm.verify(postRequestedFor(urlEqualTo("/orders"))
        .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
        .withRequestBody(equalToJson("{\"sku\": \"A-1\", \"qty\": 2}")));
  }

  @Test
  void should_send_a_string_body_as_is_and_keep_a_text_response_as_a_string() {
    // GIVEN
    wm.stubFor(post("/echo").willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody("pong")));
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://x.example.com/echo\", \"Method\": \"POST\","
        + " \"Headers\": {\"Content-Type\": \"text/xml\"}, \"RequestBody\": \"<ping/>\"}", "");
    // WHEN
    ExecutionResult result = run(def, "{}", mocks);
    // THEN
    assertThat(result.output().get("ResponseBody").asText()).isEqualTo("pong");
    wm.verify(postRequestedFor(urlEqualTo("/echo"))
        .withHeader("Content-Type", equalTo("text/xml"))
        .withRequestBody(equalTo("<ping/>")));
  }

  @Test
  void should_url_encode_the_body_with_the_array_format() {
    // GIVEN
    wm.stubFor(post("/v1/charges").willReturn(okJson("{}")));
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://api.stripe.com/v1/charges\", \"Method\": \"POST\","
        + " \"Headers\": {\"Content-Type\": \"application/x-www-form-urlencoded\"},"
        + " \"Transform\": {\"RequestBodyEncoding\": \"URL_ENCODED\","
        + "   \"RequestEncodingOptions\": {\"ArrayFormat\": \"BRACKETS\"}},"
        + " \"RequestBody\": {\"customer\": \"cus_1\", \"description\": \"Monthly subscription\","
        + "   \"metadata\": {\"order_details\": \"monthly report\"}, \"tags\": [\"a\", \"b\"]}}", "");
    // WHEN
    ExecutionResult result = run(def, "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    wm.verify(postRequestedFor(urlEqualTo("/v1/charges"))
        .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
        .withRequestBody(equalTo("customer=cus_1&description=Monthly%20subscription"
            + "&metadata%5Border_details%5D=monthly%20report&tags%5B%5D=a&tags%5B%5D=b")));
  }

  @Test
  void should_fail_a_4xx_with_the_status_code_error_and_the_response_as_cause() {
    // GIVEN
    wm.stubFor(get("/v1/customers/cus_404").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"error\": {\"type\": \"invalid_request_error\"}}")));
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://api.stripe.com/v1/customers/cus_404\", \"Method\": \"GET\"}", "");
    // WHEN
    ExecutionResult result = run(def, "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Http.StatusCode.404");
    JsonNode cause = json(result.cause());
    assertThat(cause.get("StatusCode").asInt()).isEqualTo(404);
    assertThat(cause.get("StatusText").asText()).isEqualTo("Not Found");
    assertThat(cause.get("ResponseBody")).isEqualTo(json("{\"error\": {\"type\": \"invalid_request_error\"}}"));
    assertThat(cause.get("Headers").get("content-type")).isEqualTo(json("[\"application/json\"]"));
    assertThat(types(result)).containsSubsequence("TaskScheduled", "TaskStarted", "TaskFailed", "ExecutionFailed");
  }

  @Test
  void should_let_a_catcher_take_a_5xx_by_its_error_name() {
    // GIVEN
    wm.stubFor(get("/flaky").willReturn(aResponse().withStatus(500).withBody("boom")));
    String def = "{\"StartAt\": \"Call\", \"States\": {"
        + "\"Call\": {\"Type\": \"Task\", \"Resource\": \"" + HTTP + "\","
        + " \"Parameters\": {\"ApiEndpoint\": \"https://x.example.com/flaky\", \"Method\": \"GET\"},"
        + " \"Catch\": [{\"ErrorEquals\": [\"States.Http.StatusCode.500\"], \"ResultPath\": \"$.err\", \"Next\": \"Handled\"}],"
        + " \"End\": true},"
        + "\"Handled\": {\"Type\": \"Pass\", \"End\": true}}}";
    // WHEN
    ExecutionResult result = run(def, "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().at("/err/Error").asText()).isEqualTo("States.Http.StatusCode.500");
    JsonNode cause = json(result.output().at("/err/Cause").asText());
    assertThat(cause.get("ResponseBody").asText()).isEqualTo("boom");
    assertThat(cause.get("StatusText").asText()).isEqualTo("Internal Server Error");
  }

  @Test
  void should_retry_a_503_and_succeed_when_the_server_recovers() {
    // GIVEN
    wm.stubFor(get("/inventory").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withBody("busy")).willSetStateTo("recovered"));
    wm.stubFor(get("/inventory").inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(okJson("{\"inStock\": 7}")));
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://inventory.example.com/inventory\", \"Method\": \"GET\"}",
        "\"Retry\": [{\"ErrorEquals\": [\"States.Http.StatusCode.503\"], \"IntervalSeconds\": 2, \"MaxAttempts\": 3}]");
    // WHEN
    ExecutionResult result = run(def, "{}", mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().get("ResponseBody")).isEqualTo(json("{\"inStock\": 7}"));
    assertThat(types(result).stream().filter("TaskFailed"::equals).count()).isEqualTo(1);
    assertThat(types(result).stream().filter("TaskScheduled"::equals).count()).isEqualTo(2);
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(2));
    wm.verify(2, getRequestedFor(urlEqualTo("/inventory")));
    assertThat(mocks.calls("Call")).extracting(c -> c.call().attempt()).containsExactly(0, 1);
  }

  @Test
  void should_fail_with_states_runtime_before_sending_a_refused_header() {
    // GIVEN
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://x.example.com/a\", \"Method\": \"GET\","
        + " \"Headers\": {\"Host\": \"evil.example.com\", \"X-Amz-Date\": \"now\", \"X-Ok\": \"1\"}}", "");
    // WHEN
    ExecutionResult result = run(def, "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'Call' (entered at the event id #2)."
        + " The Parameters '{\"ApiEndpoint\":\"https://x.example.com/a\",\"Method\":\"GET\","
        + "\"Headers\":{\"Host\":\"evil.example.com\",\"X-Amz-Date\":\"now\",\"X-Ok\":\"1\"}}'"
        + " could not be used to start the Task: [The 'Headers' field contains unsupported values: [host, x-amz-date]]");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void should_fail_with_states_runtime_for_a_method_aws_does_not_accept() {
    // GIVEN
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://x.example.com/a\", \"Method\": \"TRACE\"}", "");
    // WHEN
    ExecutionResult result = run(def, "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).endsWith("could not be used to start the Task: [The value of the field 'Method' has an invalid format]");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void should_fail_with_states_http_socket_when_nothing_listens() throws Exception {
    // GIVEN
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Mocks refused = Mocks.create();
    refused.http("http://127.0.0.1:" + closedPort);
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://x.example.com/a\", \"Method\": \"GET\"}", "");
    // WHEN
    ExecutionResult result = run(def, "{}", refused);
    // THEN
    assertThat(result.error()).isEqualTo("States.Http.Socket");
    assertThat(result.cause()).startsWith("The HTTP request to http://127.0.0.1:" + closedPort + "/a failed (ConnectException)");
  }

  @Test
  void should_fail_with_states_http_socket_when_the_server_is_too_slow() {
    // GIVEN
    wm.stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(2_000)));
    Mocks slow = Mocks.create();
    slow.http(HttpEndpoints.to(baseUrl(wm)).timeout(Duration.ofMillis(200)));
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://x.example.com/slow\", \"Method\": \"GET\"}", "");
    // WHEN
    ExecutionResult result = run(def, "{}", slow);
    // THEN
    assertThat(result.error()).isEqualTo("States.Http.Socket");
    assertThat(result.cause()).contains("/slow timed out");
  }
}
