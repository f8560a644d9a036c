package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.history.HistoryEvent;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** Shared fixtures for the HTTP and API Gateway task tests: a loopback WireMock and one-state workflows. */
final class HttpFixtures {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HttpFixtures() {}

  /** WireMock on a free port of 127.0.0.1 only. */
  static WireMockServer startWireMock() {
    WireMockServer server = new WireMockServer(
        WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return server;
  }

  static String baseUrl(WireMockServer server) {
    return "http://127.0.0.1:" + server.port();
  }

  /** A workflow of one Task state "Call" with these Parameters and extra fields (Retry, Catch...). */
  static String oneTask(String resource, String parameters, String extraFields) {
    return "{\"StartAt\": \"Call\", \"States\": {\"Call\": {\"Type\": \"Task\", \"Resource\": \"" + resource
        + "\", \"Parameters\": " + parameters + (extraFields.isEmpty() ? "" : ", " + extraFields)
        + ", \"End\": true}}}";
  }

  static ExecutionResult run(String definition, String input, Mocks mocks) {
    return StateMachine.fromJson(definition).execute(input, ExecutionOptions.defaults().withIntegration(mocks));
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> types(ExecutionResult result) {
    return result.history().events().stream().map(HistoryEvent::type).collect(Collectors.toList());
  }
}
