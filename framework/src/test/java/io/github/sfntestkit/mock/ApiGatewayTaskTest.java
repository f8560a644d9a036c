package io.github.sfntestkit.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.sfntestkit.mock.HttpFixtures.baseUrl;
import static io.github.sfntestkit.mock.HttpFixtures.json;
import static io.github.sfntestkit.mock.HttpFixtures.oneTask;
import static io.github.sfntestkit.mock.HttpFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API Gateway (arn:aws:states:::apigateway:invoke) sent to WireMock on loopback; shapes follow the
 * recorded AWS runs in the shared conformance set (service-tasks/apigetway-*).
 */
class ApiGatewayTaskTest {
  private static final String APIGW = "arn:aws:states:::apigateway:invoke";
  private static final String API = "apiid5f37.execute-api.us-east-1.amazonaws.com";
  /** The recorded definition's Parameters: everything from the input. */
  private static final String FROM_INPUT = "{\"ApiEndpoint.$\": \"$.ApiEndpoint\", \"Method.$\": \"$.Method\","
      + " \"Path.$\": \"$.Path\", \"Stage.$\": \"$.Stage\", \"RequestBody.$\": \"$.RequestBody\","
      + " \"Headers.$\": \"$.Headers\", \"QueryParameters.$\": \"$.QueryParameters\"}";

  private static WireMockServer wm;
  private Mocks mocks;

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
    mocks.apiGateway(HttpEndpoints.create().route(API, baseUrl(wm)));
  }

  private static String input(String method, String path, String body, String headers, String query) {
    return "{\"ApiEndpoint\": \"" + API + "\", \"Method\": \"" + method + "\", \"Path\": \"" + path + "\","
        + " \"Stage\": \"sfn-apigw-api\", \"RequestBody\": " + body + ", \"Headers\": " + headers
        + ", \"QueryParameters\": " + query + "}";
  }

  @Test
  void should_call_stage_and_path_and_return_headers_as_arrays() {
    // GIVEN
    wm.stubFor(post("/sfn-apigw-api/get_constant").willReturn(okJson("{}").withHeader("X-Cache", "Miss from cloudfront")));
    // WHEN
    ExecutionResult result = run(oneTask(APIGW, FROM_INPUT, ""), input("POST", "get_constant", "null", "{}", "{}"), mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().get("ResponseBody")).isEqualTo(json("{}"));
    assertThat(result.output().get("StatusCode").asInt()).isEqualTo(200);
    assertThat(result.output().get("StatusText").asText()).isEqualTo("OK");
    assertThat(result.output().get("Headers").get("x-cache")).isEqualTo(json("[\"Miss from cloudfront\"]"));
    LoggedRequest sent = wm.findAll(postRequestedFor(urlEqualTo("/sfn-apigw-api/get_constant"))).get(0);
    assertThat(sent.getBodyAsString()).isEmpty();
    assertThat(sent.containsHeader("Content-Type")).isFalse();
  }

  @Test
  void should_send_every_value_of_an_array_header_and_the_body_as_json() {
    // GIVEN
    wm.stubFor(post("/sfn-apigw-api/id_func").willReturn(okJson("{\"message\": \"HelloWorld!\"}")));
    String in = input("POST", "id_func", "{\"message\": \"HelloWorld!\"}",
        "{\"custom_header\": [\"arrayHeader0\", \"arrayHeader1\"]}", "{}");
    // WHEN
    ExecutionResult result = run(oneTask(APIGW, FROM_INPUT, ""), in, mocks);
    // THEN
    assertThat(result.output().get("ResponseBody")).isEqualTo(json("{\"message\": \"HelloWorld!\"}"));
    LoggedRequest sent = wm.findAll(postRequestedFor(urlEqualTo("/sfn-apigw-api/id_func"))).get(0);
    assertThat(sent.getHeaders().getHeader("custom_header").values()).containsExactly("arrayHeader0", "arrayHeader1");
    assertThat(sent.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(sent.getBodyAsString()).isEqualTo("{\"message\":\"HelloWorld!\"}");
  }

  @Test
  void should_send_a_string_body_as_a_json_string() {
    // GIVEN
    wm.stubFor(post("/sfn-apigw-api/id_func").willReturn(okJson("\"HelloWorld\"")));
    // WHEN
    ExecutionResult result = run(oneTask(APIGW, FROM_INPUT, ""),
        input("POST", "id_func", "\"HelloWorld\"", "{}", "{}"), mocks);
    // THEN
    assertThat(result.output().get("ResponseBody")).isEqualTo(json("\"HelloWorld\""));
    wm.verify(postRequestedFor(urlEqualTo("/sfn-apigw-api/id_func")).withRequestBody(equalTo("\"HelloWorld\"")));
  }

  @Test
  void should_append_array_query_parameters() {
    // GIVEN
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    String in = input("GET", "/bills", "null", "{}", "{\"param1\": [\"Hello\"], \"param2\": [\"World\", \"!\"]}");
    // WHEN
    run(oneTask(APIGW, FROM_INPUT, ""), in, mocks);
    // THEN
    wm.verify(anyRequestedFor(urlEqualTo("/sfn-apigw-api/bills?param1=Hello&param2=World&param2=%21")));
  }

  @Test
  void should_fail_with_states_runtime_for_a_single_string_header_as_aws_does() {
    // GIVEN
    String in = input("POST", "id_func", "{\"message\": \"HelloWorld!\"}", "{\"custom_header\": \"singleStringHeader\"}", "{}");
    // WHEN
    ExecutionResult result = run(oneTask(APIGW, FROM_INPUT, ""), in, mocks);
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).matches("An error occurred while executing the state 'Call' \\(entered at the event id #2\\)\\."
        + " The Parameters '[\\s\\S]*?' could not be used to start the Task:"
        + " \\[The value of the field 'Headers' has an invalid format\\]");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void should_fail_with_the_status_code_and_the_body_as_cause() {
    // GIVEN
    wm.stubFor(post("/sfn-apigw-api/id_funcinvalid").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Missing Authentication Token\"}")));
    // WHEN
    ExecutionResult result = run(oneTask(APIGW, FROM_INPUT, ""),
        input("POST", "id_funcinvalid", "\"HelloWorld\"", "{}", "{}"), mocks);
    // THEN
    assertThat(result.error()).isEqualTo("ApiGateway.403");
    assertThat(result.cause()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
  }

  @Test
  void should_call_the_path_alone_without_a_stage() {
    // GIVEN
    wm.stubFor(any(anyUrl()).willReturn(okJson("[]")));
    String def = oneTask(APIGW, "{\"ApiEndpoint\": \"" + API + "\", \"Method\": \"GET\", \"Path\": \"bills/2024 Q1\"}", "");
    // WHEN
    ExecutionResult result = run(def, "{}", mocks);
    // THEN
    assertThat(result.output().get("ResponseBody")).isEqualTo(json("[]"));
    List<LoggedRequest> sent = wm.findAll(anyRequestedFor(anyUrl()));
    assertThat(sent).extracting(LoggedRequest::getUrl).containsExactly("/bills/2024%20Q1");
  }

  @Test
  void should_refuse_the_authorization_header() {
    // GIVEN
    String def = oneTask(APIGW, "{\"ApiEndpoint\": \"" + API + "\", \"Method\": \"GET\","
        + " \"Headers\": {\"Authorization\": [\"Bearer x\"]}}", "");
    // WHEN
    ExecutionResult result = run(def, "{}", mocks);
    // THEN
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).endsWith("[The 'Headers' field contains unsupported values: [authorization]]");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
