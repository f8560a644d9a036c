package io.github.sfntestkit.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.github.sfntestkit.mock.HttpFixtures.baseUrl;
import static io.github.sfntestkit.mock.HttpFixtures.oneTask;
import static io.github.sfntestkit.mock.HttpFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.sfntestkit.SfnTestKitException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing: requests go only to the loopback base URLs a test gives, never where AWS would send them. */
class HttpEndpointsTest {
  private static final String HTTP = "arn:aws:states:::http:invoke";

  private static WireMockServer wm;

  @BeforeAll
  static void startServer() {
    wm = HttpFixtures.startWireMock();
  }

  @AfterAll
  static void stopServer() {
    wm.stop();
  }

  @BeforeEach
  void resetServer() {
    wm.resetAll();
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
  }

  @Test
  void should_refuse_a_base_url_off_loopback() {
    assertThatIllegalArgumentException().isThrownBy(() -> HttpEndpoints.to("https://api.stripe.com"))
        .withMessage("HTTP tasks only go to this machine's loopback interface, but \"https://api.stripe.com\" is on"
            + " api.stripe.com. Use localhost, 127.0.0.1 or [::1], e.g. \"http://localhost:\" + wireMock.port().");
    assertThatIllegalArgumentException().isThrownBy(() -> HttpEndpoints.to("http://10.0.0.1:8080"));
    assertThatIllegalArgumentException().isThrownBy(() -> HttpEndpoints.to("http://127.0.0.1.nip.io:8080"));
    assertThatIllegalArgumentException().isThrownBy(() -> HttpEndpoints.to("http://user@127.0.0.1:8080"));
    assertThatIllegalArgumentException().isThrownBy(() -> Mocks.create().http("ftp://localhost:21"));
  }

  @Test
  void should_accept_loopback_base_urls() {
    HttpEndpoints.to("http://localhost:8080");
    HttpEndpoints.to("http://127.0.0.2:1/base/");
    HttpEndpoints.to("https://[::1]:8443");
  }

  @Test
  void should_replace_the_longest_matching_prefix_by_its_base_url() {
    // GIVEN
    HttpEndpoints endpoints = HttpEndpoints.create()
        .route("*", baseUrl(wm) + "/other")
        .route("https://api.stripe.com/v1", baseUrl(wm) + "/stripe/");
    Mocks mocks = Mocks.create();
    mocks.http(endpoints);
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://API.stripe.com/v1/customers/cus_1?expand=x\","
        + " \"Method\": \"DELETE\"}", "");
    // WHEN
    run(def, "{}", mocks);
    // THEN
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).extracting(LoggedRequest::getUrl)
        .containsExactly("/stripe/customers/cus_1?expand=x");
    assertThat(endpoints.exchanges()).singleElement().satisfies(e -> {
      assertThat(e.awsUrl()).isEqualTo("https://api.stripe.com/v1/customers/cus_1");
      assertThat(e.uri().toString()).isEqualTo(baseUrl(wm) + "/stripe/customers/cus_1?expand=x");
      assertThat(e.statusCode()).isEqualTo(200);
    });
  }

  @Test
  void should_stop_with_a_harness_error_when_no_route_takes_the_request() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.http(HttpEndpoints.create().route("https://api.stripe.com", baseUrl(wm)));
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://api.github.com/repos\", \"Method\": \"GET\"}", "");
    // WHEN / THEN
    assertThatThrownBy(() -> run(def, "{}", mocks))
        .isInstanceOf(SfnTestKitException.class)
        .hasMessage("No HttpEndpoints route takes GET https://api.github.com/repos (Task state \"Call\", call #1).\n"
            + "Routes: [https://api.stripe.com -> " + baseUrl(wm) + "].\n"
            + "Add one: .route(\"https://api.github.com\", \"http://localhost:<port>\"), or use"
            + " HttpEndpoints.to(baseUrl) for every request.");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void should_not_route_a_host_that_only_starts_like_a_routed_one() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.http(HttpEndpoints.create().route("https://api.stripe.com", baseUrl(wm)));
    String def = oneTask(HTTP, "{\"ApiEndpoint\": \"https://api.stripe.com.evil.example/x\", \"Method\": \"GET\"}", "");
    // WHEN / THEN
    assertThatThrownBy(() -> run(def, "{}", mocks)).isInstanceOf(SfnTestKitException.class);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void should_refuse_the_callback_pattern() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.resource("arn:aws:states:::apigateway:invoke.waitForTaskToken").answers(HttpEndpoints.to(baseUrl(wm)));
    String def = oneTask("arn:aws:states:::apigateway:invoke.waitForTaskToken",
        "{\"ApiEndpoint\": \"abc.execute-api.us-east-1.amazonaws.com\", \"Method\": \"GET\"}", "");
    // WHEN / THEN
    assertThatThrownBy(() -> run(def, "{}", mocks))
        .isInstanceOf(SfnTestKitException.class)
        .hasMessageContaining("Only the request-response pattern is sent over HTTP");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
