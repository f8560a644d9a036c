package io.github.sfntestkit.samples.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.SfnInject;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.HttpEndpoints;
import io.github.sfntestkit.mock.HttpExchange;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.samples.SampleFiles;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The support ticket workflow against its two APIs, both played by one WireMock server on loopback.
 * {@link HttpEndpoints} routes each API's URL prefix to WireMock; a call to any other URL stops the
 * test, so nothing leaves the machine. HTTP status codes become the errors AWS raises
 * ({@code States.Http.StatusCode.503}), which the workflow's Retry and Catch handle.
 */
@StateMachineTest("http-integration/support.asl.json")
class SupportTicketHttpTest {

  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String REQUEST = SampleFiles.text("http-integration/input.json");
  static final String CUSTOMER = "/v2/customers/c-1?fields=email%2Ctier";

  @SfnInject Mocks mocks;
  @SfnInject StateMachineRunner sfn;
  HttpEndpoints endpoints;

  @BeforeEach
  void route_both_apis_to_wiremock() {
    endpoints = HttpEndpoints.create()
        .route("https://api.crm.example.com", api.baseUrl())
        .route("https://helpdesk.example.com", api.baseUrl());
    mocks.http(endpoints);
  }

  static void customerIs(String tier) {
    api.stubFor(get(urlPathEqualTo("/v2/customers/c-1"))
        .willReturn(okJson("{\"id\": \"c-1\", \"email\": \"ada@example.com\", \"tier\": \"" + tier + "\"}")));
  }

  static void helpdeskOpens(String ticketId) {
    api.stubFor(post("/api/tickets").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\": \"" + ticketId + "\"}")));
  }

  @Test
  void should_open_a_normal_ticket_for_a_standard_customer() {
    // GIVEN
    customerIs("standard");
    helpdeskOpens("T-1");
    // WHEN
    ExecutionResult result = sfn.run(REQUEST);
    // THEN
    assertThat(result).succeeded().outputAt("$.ticket").isEqualTo("{\"ticketId\": \"T-1\", \"status\": 201}");
    assertThat(result).path().containsExactly("GetCustomer", "IsEnterprise", "Normal", "CreateTicket", "TicketOpened");
    api.verify(getRequestedFor(urlEqualTo(CUSTOMER))
        .withHeader("User-Agent", containing("Amazon|StepFunctions|HttpInvoke")));
    api.verify(postRequestedFor(urlEqualTo("/api/tickets"))
        .withHeader("Idempotency-Key", equalTo(result.name()))
        .withRequestBody(equalToJson("""
            {"requester": "ada@example.com", "subject": "Cannot log in",
             "description": "The login page says my password expired.", "priority": "normal"}""")));
  }

  @Test
  void should_open_an_urgent_ticket_for_an_enterprise_customer() {
    // GIVEN
    customerIs("enterprise");
    helpdeskOpens("T-2");
    // WHEN
    ExecutionResult result = sfn.run(REQUEST);
    // THEN
    assertThat(result).succeeded().visited("Urgent");
    api.verify(postRequestedFor(urlEqualTo("/api/tickets"))
        .withRequestBody(equalToJson("{\"priority\": \"urgent\"}", true, true)));
  }

  @Test
  void should_send_each_request_where_aws_would_with_the_connection_of_its_api() {
    // GIVEN
    customerIs("standard");
    helpdeskOpens("T-3");
    // WHEN
    sfn.run(REQUEST);
    // THEN: HttpEndpoints records what AWS would have called, and where it went instead
    assertThat(endpoints.exchanges()).extracting(HttpExchange::awsUrl).containsExactly(
        "https://api.crm.example.com/v2/customers/c-1", "https://helpdesk.example.com/api/tickets");
    assertThat(endpoints.exchanges()).extracting(HttpExchange::connectionArn)
        .containsExactly("${CrmConnectionArn}", "${HelpdeskConnectionArn}");
    assertThat(endpoints.exchanges()).extracting(HttpExchange::statusCode).containsExactly(200, 201);
  }

  @Test
  void should_retry_the_crm_while_it_answers_503() {
    // GIVEN: the CRM is unavailable twice, then answers
    api.stubFor(get(urlPathEqualTo("/v2/customers/c-1")).inScenario("crm").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("still down"));
    api.stubFor(get(urlPathEqualTo("/v2/customers/c-1")).inScenario("crm").whenScenarioStateIs("still down")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    api.stubFor(get(urlPathEqualTo("/v2/customers/c-1")).inScenario("crm").whenScenarioStateIs("up")
        .willReturn(okJson("{\"email\": \"ada@example.com\", \"tier\": \"standard\"}")));
    helpdeskOpens("T-4");
    // WHEN
    ExecutionResult result = sfn.run(REQUEST);
    // THEN: IntervalSeconds 3, BackoffRate 2: 3 s then 6 s of virtual time
    assertThat(result).succeeded();
    assertThat(result).state("GetCustomer").wasRetried(2);
    assertThat(result.visits().get(0).retryDelays()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6));
    assertThat(result).tookExactly(Duration.ofSeconds(9));
    assertThat(api.findAll(getRequestedFor(urlPathEqualTo("/v2/customers/c-1")))).hasSize(3);
  }

  @Test
  void should_fail_when_the_crm_stays_down_past_the_retries() {
    // GIVEN
    api.stubFor(get(urlPathEqualTo("/v2/customers/c-1")).willReturn(aResponse().withStatus(503)
        .withHeader("Content-Type", "application/json").withBody("{\"message\": \"maintenance\"}")));
    // WHEN
    ExecutionResult result = sfn.run(REQUEST);
    // THEN: MaxAttempts 3 means four requests; the 503 is not caught
    assertThat(result).failedWith("States.Http.StatusCode.503").withCauseContaining("maintenance");
    assertThat(result).state("GetCustomer").wasRetried(3);
    assertThat(result).tookExactly(Duration.ofSeconds(3 + 6 + 12));
    api.verify(0, postRequestedFor(urlEqualTo("/api/tickets")));
  }

  @Test
  void should_stop_without_a_ticket_when_the_crm_does_not_know_the_customer() {
    // GIVEN
    api.stubFor(get(urlPathEqualTo("/v2/customers/c-1")).willReturn(aResponse().withStatus(404)));
    // WHEN
    ExecutionResult result = sfn.run(REQUEST);
    // THEN: a 4xx is not retried; the Catch takes it
    assertThat(result).failedWith("Support.UnknownCustomer");
    assertThat(result).state("GetCustomer").wasRetried(0).caught("States.Http.StatusCode.404");
    api.verify(1, getRequestedFor(urlPathEqualTo("/v2/customers/c-1")));
    api.verify(0, postRequestedFor(urlEqualTo("/api/tickets")));
  }

  @Test
  void should_fail_with_the_helpdesk_s_answer_when_it_refuses_the_ticket() {
    // GIVEN
    customerIs("standard");
    api.stubFor(post("/api/tickets").willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json").withBody("{\"error\": \"subject too short\"}")));
    // WHEN
    ExecutionResult result = sfn.run(REQUEST);
    // THEN: the cause is the HTTP response, as AWS reports it
    assertThat(result).failedWith("Support.TicketRefused").withCauseContaining("subject too short");
    assertThat(result).state("CreateTicket").caught("States.Http.StatusCode.422");
    assertThat(result).state("TicketRefused").input().at("$.error.Error").hasText("States.Http.StatusCode.422");
  }
}
