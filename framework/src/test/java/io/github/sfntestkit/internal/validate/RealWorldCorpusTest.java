package io.github.sfntestkit.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.definition.DefinitionProblem;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.load.DefinitionLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every definition of the shared real-world corpus was deployed on AWS, so the validator must
 * accept all of them. The corpus is read in place (never copied into the project).
 */
class RealWorldCorpusTest {

  static Path corpus() {
    String shared = System.getProperty("sfntestkit.shared");
    Path base = shared != null ? Path.of(shared) : Path.of("../../shared");
    Path dir = base.resolve("real-world");
    if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
      dir = Path.of("../../shared/real-world");
    }
    return dir;
  }

  @TestFactory
  Stream<DynamicTest> every_deployed_definition_validates_without_problems() throws Exception {
    Path dir = corpus();
    assumeTrue(Files.isRegularFile(dir.resolve("manifest.json")), "no real-world corpus at " + dir);
    JsonNode manifest = Json.MAPPER.readTree(dir.resolve("manifest.json").toFile());
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode entry : manifest.get("definitions")) {
      Path file = dir.resolve(entry.get("file").asText());
      tests.add(
          dynamicTest(
              entry.get("file").asText(),
              file.toUri(),
              () -> {
                List<DefinitionProblem> problems =
                    DefinitionValidator.validate(DefinitionLoader.load(file));
                assertThat(problems.isEmpty() ? "" : new DefinitionException(file.toString(), problems).getMessage())
                    .isEmpty();
              }));
    }
    assertThat(tests).hasSize(158);
    return tests.stream();
  }
}
