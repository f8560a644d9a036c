package io.github.sfntestkit.junit.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WireMockExampleTest {

  // tag::wiremock[]
  @Nested
  @WireMockTest
  @StateMachineTest("junit-checkout-http.asl.json")
  class WithWireMockTest {
    @Test
    void should_read_the_customer_over_http(WireMockRuntimeInfo wireMock, Mocks mocks, StateMachineRunner sfn) {
      stubFor(get("/customers/c-1").willReturn(okJson("{\"email\": \"ada@example.com\"}")));
      mocks.http(wireMock.getHttpBaseUrl());           // every http:invoke goes to WireMock

      ExecutionResult result = sfn.run("{\"customerId\": \"c-1\"}");

      assertThat(result.output().at("/customer/email").asText()).isEqualTo("ada@example.com");
    }
  }
  // end::wiremock[]
}
