package io.github.sfntestkit.junit.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.StateMachineExtension;
import io.github.sfntestkit.junit.StateMachineRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// tag::wiremock-builder[]
class WireMockBuilderExampleTest {
  @RegisterExtension
  static WireMockExtension wireMock = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static StateMachineExtension sfn = StateMachineExtension.builder()
      .definition("junit-checkout-http.asl.json")
      .httpBaseUrl(wireMock::baseUrl)                // read before each test, after WireMock started
      .build();

  @Test
  void should_read_the_customer_over_http(StateMachineRunner runner) {
    wireMock.stubFor(get("/customers/c-2").willReturn(okJson("{\"email\": \"grace@example.com\"}")));

    ExecutionResult result = runner.run("{\"customerId\": \"c-2\"}");

    assertThat(result.output().at("/customer/email").asText()).isEqualTo("grace@example.com");
  }
}
// end::wiremock-builder[]
