package io.github.sfntestkit.docs.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The convention on small pages in a throw-away repository: what passes, what fails and the message. */
class DocsConventionTest {
  @TempDir Path root;
  private DocsConvention convention;

  @BeforeEach
  void repository() throws IOException {
    write("pom.xml", """
        <project><groupId>io.github.sfntestkit</groupId><artifactId>parent</artifactId><version>1.0</version>
          <properties><lib.version>2.0</lib.version></properties>
          <modules><module>core</module></modules>
          <dependencyManagement><dependencies>
            <dependency><groupId>org.example</groupId><artifactId>lib</artifactId><version>${lib.version}</version></dependency>
          </dependencies></dependencyManagement></project>""");
    write("core/pom.xml", "<project><artifactId>sfn-testkit-core</artifactId></project>");
    write("core/src/test/java/p/UsesTest.java", "class UsesTest { String f = \"used.json\"; }");
    write("docs/used.json", "{\"a\": 1}");
    write("docs/unused.json", "{\"a\": 1}");
    write("docs/ok.asl.json", "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");
    TaggedRegions regions = TaggedRegions.ofSource("core/src/test/java/p/ATest.java", List.of(
        "// tag::demo[]", "run();", "// end::demo[]",
        "// tag::message[]", "\"\"\"", "It failed.", "\"\"\"", "// end::message[]"));
    convention = new DocsConvention(Repository.at(root), regions, Map.of("mvn -B verify", "the build"));
  }

  @Test
  void should_fail_a_java_block_without_marker_with_its_place_and_the_fix() {
    // WHEN
    Throwable failure = failureOf("Intro.", "", "```java", "run();", "```");
    // THEN
    assertThat(failure).hasMessageStartingWith("docs/p.md:3: this ```java block is not checked by any test (it starts with: run();).")
        .hasMessageContaining("write <!-- snippet: NAME --> on the line above the fence")
        .hasMessageContaining("// tag::NAME[] and // end::NAME[]")
        .hasMessageContaining("<!-- not-code: REASON -->");
  }

  @Test
  void should_pass_a_snippet_equal_to_its_region_and_fail_a_stale_one() {
    assertThat(failureOf("<!-- snippet: demo -->", "```java", "    run();", "```")).isNull();
    assertThat(failureOf("<!-- snippet: demo -->", "```java", "walk();", "```"))
        .hasMessageContaining("docs/p.md:2: the block differs from the region \"demo\" at core/src/test/java/p/ATest.java:1")
        .hasMessageContaining("the page has `walk();`, the source has `run();`")
        .hasMessageEndingWith("The region is:\nrun();");
    assertThat(failureOf("<!-- snippet: nothing -->", "```java", "run();", "```"))
        .hasMessageContaining("no test source has a region // tag::nothing[] ... // end::nothing[]");
  }

  @Test
  void should_compare_a_text_snippet_with_the_content_of_a_text_block_region() {
    assertThat(failureOf("<!-- snippet: message -->", "```text", "It failed.", "```")).isNull();
    assertThat(failureOf("<!-- snippet: message -->", "```text", "It worked.", "```")).isNotNull();
  }

  @Test
  void should_fail_a_name_tagged_in_two_sources_and_say_how_to_name_one() {
    // GIVEN
    TaggedRegions twice = TaggedRegions.ofSource("a/src/test/java/ATest.java", List.of("// tag::x[]", "a", "// end::x[]"))
        .withSource("b/src/test/java/BTest.java", List.of("// tag::x[]", "a", "// end::x[]"));
    convention = new DocsConvention(Repository.at(root), twice, Map.of());
    // THEN
    assertThat(failureOf("<!-- snippet: x -->", "```java", "a", "```"))
        .hasMessageContaining("is tagged in several sources").hasMessageContaining("<!-- snippet: ATest#x -->");
  }

  @Test
  void should_require_a_reason_for_not_code() {
    assertThat(failureOf("<!-- not-code: a grammar -->", "```", "a := b", "```")).isNull();
    assertThat(failureOf("<!-- not-code: -->", "```", "a := b", "```")).hasMessageContaining("say why");
    assertThat(failureOf("<!-- snipet: demo -->", "```java", "run();", "```"))
        .hasMessageContaining("unknown marker <!-- snipet: ... -->");
    assertThat(failureOf("```text", "unclosed")).hasMessageContaining("the fence is never closed");
  }

  @Test
  void should_parse_data_and_load_definitions_mock_files_and_mock_configs() {
    assertThat(failureOf("```json", "{\"any\": [1, 2]}", "```")).isNull();
    assertThat(failureOf("```yaml", "any: [1, 2]", "```")).isNull();
    assertThat(failureOf("```json", "{\"status\": ...}", "```")).hasMessageContaining("does not parse as JSON");
    assertThat(failureOf("```json", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Nxt\": \"B\"}}}", "```"))
        .hasMessageContaining("looks like a state machine definition (StartAt and States) but does not load")
        .hasMessageContaining("unknown field \"Nxt\" for a Pass state. Did you mean \"Next\"?");
    assertThat(failureOf("```yaml", "mocks:", "  - task: A", "    retruns: {}", "```"))
        .hasMessageContaining("looks like a mock file").hasMessageContaining("retruns");
    assertThat(failureOf("```json", "{\"StateMachines\": {\"M\": {\"TestCases\": {\"T\": {\"A\": \"R\"}}}}, \"MockedResponses\": {}}", "```"))
        .hasMessageContaining("which is not defined under MockedResponses");
  }

  @Test
  void should_compare_a_file_block_with_the_file_and_require_a_test_to_use_it() {
    assertThat(failureOf("<!-- file: docs/used.json -->", "```json", "{\"a\": 1}", "```")).isNull();
    assertThat(failureOf("<!-- file: ./used.json -->", "```json", "{\"a\": 2}", "```"))
        .hasMessageContaining("differs from docs/used.json");
    assertThat(failureOf("<!-- file: docs/unused.json -->", "```json", "{\"a\": 1}", "```"))
        .hasMessageContaining("no test source under */src/test/java mentions \"unused.json\"");
    assertThat(failureOf("<!-- file: docs/none.json -->", "```json", "{}", "```")).hasMessageContaining("names no file");
  }

  @Test
  void should_check_maven_coordinates_against_the_build() {
    assertThat(failureOf("```xml", "<dependency><groupId>io.github.sfntestkit</groupId><artifactId>sfn-testkit-core</artifactId>"
        + "<version>1.0</version></dependency>", "```")).isNull();
    assertThat(failureOf("```xml", "<dependency><groupId>org.example</groupId><artifactId>lib</artifactId>"
        + "<version>2.0</version></dependency>", "```")).isNull();
    assertThat(failureOf("```xml", "<dependency><groupId>io.github.sfntestkit</groupId><artifactId>sfn-testkit-nope</artifactId>"
        + "</dependency>", "```")).hasMessageContaining("is not an artifact of this build");
    assertThat(failureOf("```xml", "<dependency><groupId>io.github.sfntestkit</groupId><artifactId>sfn-testkit-core</artifactId>"
        + "<version>0.9</version></dependency>", "```")).hasMessageContaining("the build is 1.0");
    assertThat(failureOf("```xml", "<dependency><groupId>org.example</groupId><artifactId>lib</artifactId>"
        + "<version>1.5</version></dependency>", "```")).hasMessageContaining("the poms declare [2.0]");
    assertThat(failureOf("```xml", "<dependency>", "```")).hasMessageContaining("not well-formed XML");
  }

  @Test
  void should_run_runner_commands_compare_their_output_and_allow_listed_commands() {
    assertThat(failureOf("```bash", "java -jar cli/target/sfn-testkit-cli.jar validate docs/ok.asl.json", "```",
        "", "```text", "OK docs/ok.asl.json", "```")).isNull();
    assertThat(failureOf("```bash", "java -jar cli/target/sfn-testkit-cli.jar validate docs/ok.asl.json", "```",
        "", "```text", "OK docs/other.asl.json", "```"))
        .hasMessageContaining("docs/p.md:5: the output shown differs")
        .hasMessageContaining("the commands print `OK docs/ok.asl.json`");
    assertThat(failureOf("```bash", "java -jar cli/target/sfn-testkit-cli.jar validate docs/nothing.json   # exit 1", "```"))
        .isNull();
    assertThat(failureOf("```bash", "java -jar cli/target/sfn-testkit-cli.jar validate docs/nothing.json", "```"))
        .hasMessageContaining("exited with 1, the page says 0");
    assertThat(failureOf("```bash", "mvn -B verify   # the build", "```")).isNull();
    assertThat(failureOf("```bash", "rm -rf /", "```"))
        .hasMessageContaining("docs/p.md:2: the command `rm -rf /` is not run by any test")
        .hasMessageContaining("DocsCodeBlocksTest.ALLOWED_COMMANDS");
  }

  /** The failure of the only (or first failing) check of a page, or null when all pass. */
  private Throwable failureOf(String... lines) {
    for (BlockCheck check : convention.checks("docs/p.md", List.of(lines))) {
      Throwable t = catchThrowable(() -> check.check().run());
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
