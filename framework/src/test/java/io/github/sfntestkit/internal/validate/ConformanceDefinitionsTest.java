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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every definition of the AWS-recorded conformance cases was created on AWS (each case records an
 * execution, even those that fail at run time, such as {@code {% $doesNotExist %}}), so the
 * validator must accept all of them. The cases are read in place from the shared workspace
 * (system property {@code sfntestkit.shared}); the test is skipped when they are absent.
 */
class ConformanceDefinitionsTest {

  /**
   * Cases AWS would refuse at creation, with the reason. None so far: every recorded definition was
   * accepted by CreateStateMachine.
   */
  private static final Map<String, String> INVALID_ON_AWS = Map.of();

  static Path corpus() {
    String shared = System.getProperty("sfntestkit.shared");
    Path base = shared != null ? Path.of(shared) : Path.of("../../shared");
    Path dir = base.resolve("conformance/aws-recorded");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("../../shared/conformance/aws-recorded");
    }
    return dir;
  }

  @TestFactory
  Stream<DynamicTest> every_recorded_definition_validates_without_problems() throws Exception {
    Path dir = corpus();
    assumeTrue(Files.isDirectory(dir), "no AWS-recorded conformance cases at " + dir);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
              .sorted()
              .collect(Collectors.toList());
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(
            file -> {
              String name = dir.relativize(file).toString().replace('\\', '/');
              return dynamicTest(
                  name,
                  file.toUri(),
                  () -> {
                    JsonNode recorded = Json.MAPPER.readTree(file.toFile());
                    JsonNode definition = recorded.get("definition");
                    assertThat(definition).as("definition of %s", name).isNotNull();
                    List<DefinitionProblem> problems =
                        DefinitionValidator.validate(
                            DefinitionLoader.load(Json.write(definition), name));
                    String report =
                        problems.isEmpty()
                            ? ""
                            : new DefinitionException(name, problems).getMessage();
                    if (INVALID_ON_AWS.containsKey(name)) {
                      assertThat(report).as(INVALID_ON_AWS.get(name)).isNotEmpty();
                    } else {
                      assertThat(report).isEmpty();
                    }
                  });
            });
  }
}
