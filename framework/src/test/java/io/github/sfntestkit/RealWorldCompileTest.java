package io.github.sfntestkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every real-world definition (deployed on AWS) loads, validates and compiles into a StateMachine. */
class RealWorldCompileTest {

  @Test
  void should_compile_every_real_world_definition() throws IOException {
    Path shared = Path.of(System.getProperty("sfntestkit.shared", "../../shared"));
    Path manifest = shared.resolve("real-world/manifest.json");
    assumeThat(Files.exists(manifest)).as("../shared/real-world is beside the project").isTrue();
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (JsonNode entry : Json.MAPPER.readTree(Files.readString(manifest)).path("definitions")) {
      Path file = shared.resolve("real-world").resolve(entry.path("file").asText());
      count++;
      try {
        StateMachine.fromFile(file);
      } catch (RuntimeException e) {
        failures.add(file.getFileName() + ": " + e.getMessage());
      }
    }
    assertThat(count).isEqualTo(158);
    assertThat(failures).isEmpty();
  }

  @Test
  void should_read_a_bare_word_in_a_filter_as_a_string_as_aws_does() {
    StateMachine sm = StateMachine.fromJson("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
        + "\"Parameters\":{\"es.$\":\"$.t[?(@.lang==es)].text\"},\"End\":true}}}");

    ExecutionResult r = sm.execute(Json.parse("{\"t\":[{\"lang\":\"en\",\"text\":\"hi\"},{\"lang\":\"es\",\"text\":\"hola\"}]}"));

    assertThat(r.output()).isEqualTo(Json.parse("{\"es\":[\"hola\"]}"));
  }
}
