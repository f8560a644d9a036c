package io.github.sfntestkit.samples.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.StateMachineExtension;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.samples.SampleFiles;
import io.github.sfntestkit.template.Template;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The support ticket workflow from its SAM template, registered programmatically so that every HTTP
 * Task goes to WireMock ({@code httpBaseUrl}): the simplest set-up when all the APIs are stubbed on
 * one server.
 */
class SupportTicketTemplateTest {

  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static StateMachineExtension sfn = StateMachineExtension.builder()
      .template("http-integration/template.yaml", "SupportTicketStateMachine")
      .httpBaseUrl(api::baseUrl)
      .build();

  @Test
  void should_deploy_the_asl_file_with_the_template_s_connections() {
    // WHEN
    Template template = Template.load(Path.of("http-integration/template.yaml"));
    // THEN
    assertThat(template.definition("SupportTicketStateMachine")).isEqualTo(SampleFiles.substituted(
        "http-integration/support.asl.json", Map.of(
            "CrmConnectionArn", "arn:aws:events:us-east-1:123456789012:connection/crm",
            "HelpdeskConnectionArn", "arn:aws:events:us-east-1:123456789012:connection/helpdesk")));
  }

  @Test
  void should_open_a_ticket_through_the_deployed_definition(StateMachineRunner runner) {
    // GIVEN
    api.stubFor(get(urlPathEqualTo("/v2/customers/c-1"))
        .willReturn(okJson("{\"email\": \"ada@example.com\", \"tier\": \"enterprise\"}")));
    api.stubFor(post("/api/tickets").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\": \"T-9\"}")));
    // WHEN
    ExecutionResult result = runner.run(SampleFiles.text("http-integration/input.json"));
    // THEN
    assertThat(result).succeeded().outputAt("$.ticket.ticketId").hasText("T-9");
    assertThat(result).visited("Urgent");
  }
}
