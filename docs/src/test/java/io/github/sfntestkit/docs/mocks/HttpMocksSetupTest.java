package io.github.sfntestkit.docs.mocks;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The set-up at the top of docs/http-tasks.md: both HTTP resources sent to one loopback server. */
class HttpMocksSetupTest {
  private static final String DEFINITION = """
      {"StartAt": "GetCustomer", "States": {
        "GetCustomer": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
          "Parameters": {"ApiEndpoint": "https://api.example.com/customers/c-1", "Method": "GET",
            "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/Api/1"}},
          "ResultSelector": {"email.$": "$.ResponseBody.email"}, "ResultPath": "$.customer", "Next": "Notify"},
        "Notify": {"Type": "Task", "Resource": "arn:aws:states:::apigateway:invoke",
          "Parameters": {"ApiEndpoint": "abc123.execute-api.us-east-1.amazonaws.com", "Method": "POST",
            "Stage": "prod", "Path": "notifications", "RequestBody.$": "$.customer"},
          "ResultSelector": {"status.$": "$.StatusCode"}, "ResultPath": "$.notified", "End": true}}}
      """;

  private WireMockServer wireMock;

  @BeforeEach
  void start() {
    wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wireMock.start();
  }

  @AfterEach
  void stop() {
    wireMock.stop();
  }

  @Test
  void sends_http_and_api_gateway_tasks_to_the_local_server() {
    // GIVEN
    wireMock.stubFor(get("/customers/c-1").willReturn(okJson("{\"email\": \"ada@example.com\"}")));
    wireMock.stubFor(post("/prod/notifications").willReturn(okJson("{}")));
    // tag::http-mocks[]
    Mocks mocks = Mocks.create();
    mocks.http("http://localhost:" + wireMock.port());        // every http:invoke
    mocks.apiGateway("http://localhost:" + wireMock.port());  // every apigateway:invoke
    // end::http-mocks[]
    // WHEN
    ExecutionResult result = StateMachine.fromJson(DEFINITION)
        .execute("{}", ExecutionOptions.defaults().withIntegration(mocks));
    // THEN
    assertThat(result.succeeded()).as("%s", result).isTrue();
    assertThat(result.output().at("/customer/email").asText()).isEqualTo("ada@example.com");
    assertThat(result.output().at("/notified/status").asInt()).isEqualTo(200);
    assertThat(wireMock.getAllServeEvents()).hasSize(2);
  }
}
