package io.github.sfntestkit.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.StateMachine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example of docs/http-tasks.md, compiled and run (keep the two in step). */
class HttpTasksDocExampleTest {
  private static WireMockServer wireMock;

  @BeforeAll
  static void startWireMock() {
    wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wireMock.start();
  }

  @AfterAll
  static void stopWireMock() {
    wireMock.stop();
  }

  // tag::example[]
  static final String CHECKOUT = """
      {
        "StartAt": "GetCustomer",
        "States": {
          "GetCustomer": {
            "Type": "Task",
            "Resource": "arn:aws:states:::http:invoke",
            "Parameters": {
              "ApiEndpoint.$": "States.Format('https://api.stripe.com/v1/customers/{}', $.customerId)",
              "Method": "GET",
              "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/Stripe/1"}
            },
            "Retry": [{"ErrorEquals": ["States.Http.StatusCode.503"], "IntervalSeconds": 5, "MaxAttempts": 2}],
            "ResultSelector": {"email.$": "$.ResponseBody.email"},
            "ResultPath": "$.customer",
            "Next": "Charge"
          },
          "Charge": {
            "Type": "Task",
            "Resource": "arn:aws:states:::http:invoke",
            "Parameters": {
              "ApiEndpoint": "https://api.stripe.com/v1/charges",
              "Method": "POST",
              "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/Stripe/1"},
              "Headers": {"Content-Type": "application/x-www-form-urlencoded"},
              "Transform": {"RequestBodyEncoding": "URL_ENCODED"},
              "RequestBody": {"customer.$": "$.customerId", "amount.$": "$.amount", "currency": "eur"}
            },
            "Catch": [{"ErrorEquals": ["States.Http.StatusCode.402"], "ResultPath": "$.error", "Next": "Declined"}],
            "ResultSelector": {"chargeId.$": "$.ResponseBody.id"},
            "ResultPath": "$.charge",
            "Next": "Notify"
          },
          "Notify": {
            "Type": "Task",
            "Resource": "arn:aws:states:::apigateway:invoke",
            "Parameters": {
              "ApiEndpoint": "abc123.execute-api.us-east-1.amazonaws.com",
              "Method": "POST",
              "Stage": "prod",
              "Path": "notifications",
              "Headers": {"X-Order.$": "States.Array($.orderId)"},
              "RequestBody": {"to.$": "$.customer.email", "charge.$": "$.charge.chargeId"}
            },
            "ResultSelector": {"status.$": "$.StatusCode"},
            "ResultPath": "$.notification",
            "End": true
          },
          "Declined": {"Type": "Fail", "Error": "PaymentDeclined"}
        }
      }
      """;

  @Test
  void should_charge_the_customer_after_the_api_recovers() {
    // GIVEN: Stripe answers 503 once, then the customer; the charge and the notification succeed
    wireMock.stubFor(get("/v1/customers/cus_1").inScenario("stripe").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wireMock.stubFor(get("/v1/customers/cus_1").inScenario("stripe").whenScenarioStateIs("up")
        .willReturn(okJson("{\"id\": \"cus_1\", \"email\": \"ada@example.com\"}")));
    wireMock.stubFor(post("/v1/charges").willReturn(okJson("{\"id\": \"ch_9\"}")));
    wireMock.stubFor(post("/prod/notifications").willReturn(aResponse().withStatus(202)));

    String base = "http://localhost:" + wireMock.port();
    Mocks mocks = Mocks.create();
    mocks.http(base);                                   // every http:invoke goes to WireMock
    HttpEndpoints gateway = HttpEndpoints.create()
        .route("abc123.execute-api.us-east-1.amazonaws.com", base);
    mocks.apiGateway(gateway);                          // only this API; others fail the test

    // WHEN
    ExecutionResult result = StateMachine.fromJson(CHECKOUT).execute(
        "{\"orderId\": \"o-7\", \"customerId\": \"cus_1\", \"amount\": 1999}",
        ExecutionOptions.defaults().withIntegration(mocks));

    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().at("/charge/chargeId").asText()).isEqualTo("ch_9");
    assertThat(result.output().at("/notification/status").asInt()).isEqualTo(202);
    assertThat(mocks.calls("GetCustomer")).hasSize(2);   // the 503, then the retry
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/charges"))
        .withRequestBody(equalTo("customer=cus_1&amount=1999&currency=eur")));
    wireMock.verify(postRequestedFor(urlEqualTo("/prod/notifications"))
        .withHeader("X-Order", equalTo("o-7")));
    assertThat(gateway.exchanges().get(0).awsUrl())
        .isEqualTo("https://abc123.execute-api.us-east-1.amazonaws.com/prod/notifications");
  }
  // end::example[]

  @Test
  void should_end_in_declined_when_the_card_is_refused() {
    // GIVEN
    wireMock.resetAll();
    wireMock.stubFor(get("/v1/customers/cus_2").willReturn(okJson("{\"email\": \"bob@example.com\"}")));
    wireMock.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(402)
        .withHeader("Content-Type", "application/json").withBody("{\"error\": {\"code\": \"card_declined\"}}")));
    Mocks mocks = Mocks.create();
    mocks.http("http://localhost:" + wireMock.port());
    // WHEN
    ExecutionResult result = StateMachine.fromJson(CHECKOUT).execute(
        "{\"orderId\": \"o-8\", \"customerId\": \"cus_2\", \"amount\": 5}",
        ExecutionOptions.defaults().withIntegration(mocks));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("PaymentDeclined");
    assertThat(result.path()).containsExactly("GetCustomer", "Charge", "Declined");
  }

  @Test
  void should_match_the_copy_in_the_docs() throws IOException {
    // GIVEN
    Path root = Files.isDirectory(Path.of("docs")) ? Path.of("") : Path.of("..");
    String source = Files.readString(
        root.resolve("framework/src/test/java/io/github/sfntestkit/mock/HttpTasksDocExampleTest.java"),
        StandardCharsets.UTF_8);
    String region = source.substring(source.indexOf("// tag::example[]\n") + "// tag::example[]\n".length(),
        source.indexOf("  // end::example[]"));
    String dedented = region.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l)
        .collect(Collectors.joining("\n"));
    // WHEN
    String doc = Files.readString(root.resolve("docs/http-tasks.md"), StandardCharsets.UTF_8);
    // THEN
    assertThat(doc).as("docs/http-tasks.md must hold the tagged example verbatim").contains(dedented.strip());
  }
}
