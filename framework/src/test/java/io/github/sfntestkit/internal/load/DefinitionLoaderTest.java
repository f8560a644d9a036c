package io.github.sfntestkit.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.definition.DefinitionException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionLoaderTest {

  @TempDir Path dir;

  private static final String JSON =
      "{\n"
          + "  \"StartAt\": \"A/B\",\n"
          + "  \"States\": {\n"
          + "    \"A/B\": {\"Type\": \"Pass\", \"Result\": [1, 2.50], \"End\": true}\n"
          + "  }\n"
          + "}\n";

  @Test
  void should_read_json_with_the_location_of_every_value() {
    LoadedDefinition d = DefinitionLoader.load(JSON, "m.asl.json");

    assertThat(d.source()).isEqualTo("m.asl.json");
    assertThat(d.root().get("StartAt").textValue()).isEqualTo("A/B");
    assertThat(d.location("")).isEqualTo(new SourceLocation(1, 1));
    assertThat(d.location("/StartAt")).isEqualTo(new SourceLocation(2, 14));
    assertThat(d.location("/States/A~1B")).isEqualTo(new SourceLocation(4, 12));
    assertThat(d.location("/States/A~1B/Result/1")).isEqualTo(new SourceLocation(4, 43));
    assertThat(d.root().at("/States/A~1B/Result/1").decimalValue()).isEqualByComparingTo("2.5");
  }

  @Test
  void should_fall_back_to_the_nearest_ancestor_location() {
    LoadedDefinition d = DefinitionLoader.load(JSON, "m.asl.json");

    assertThat(d.location("/States/A~1B/Next")).isEqualTo(new SourceLocation(4, 12));
    assertThat(DefinitionLoader.fromTree(d.root(), "built").location("/StartAt"))
        .isEqualTo(SourceLocation.UNKNOWN);
  }

  @Test
  void should_read_yaml_by_extension_or_content() {
    String yaml = "StartAt: A\nStates:\n  A:\n    Type: Succeed\n";

    LoadedDefinition byExtension = DefinitionLoader.load(yaml, "m.asl.yaml");
    LoadedDefinition byContent = DefinitionLoader.load(yaml);

    assertThat(byExtension.root()).isEqualTo(byContent.root());
    assertThat(byContent.source()).isEqualTo("<string>");
    assertThat(byContent.location("/States/A/Type")).isEqualTo(new SourceLocation(4, 11));
    assertThat(DefinitionLoader.isYaml("x.yml", "{}")).isTrue();
    assertThat(DefinitionLoader.isYaml("x.json", "a: 1")).isFalse();
    assertThat(DefinitionLoader.isYaml("x", "  {\"a\": 1}")).isFalse();
  }

  @Test
  void should_read_a_file_and_a_classpath_resource() throws Exception {
    Path file = dir.resolve("m.asl.json");
    Files.writeString(file, "\uFEFF" + JSON, StandardCharsets.UTF_8);

    assertThat(DefinitionLoader.load(file).root().get("StartAt").textValue()).isEqualTo("A/B");
    assertThat(DefinitionLoader.load(file).source()).isEqualTo(file.toString());
    assertThat(DefinitionLoader.loadResource("/malformed/ok-minimal.asl.json").source())
        .isEqualTo("malformed/ok-minimal.asl.json");
  }

  @Test
  void should_report_truncated_json_at_the_unclosed_object() {
    assertThatThrownBy(() -> DefinitionLoader.load("{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\"Type\": \"Succeed\"", "t.json"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(
            "Invalid state machine definition (t.json): 1 problem\n"
                + "  State machine at /States/A (line 4, column 28)\n"
                + "    unexpected end of input: the object opened at line 4, column 10 is not closed with \"}\". Is the text truncated?");
  }

  @Test
  void should_report_duplicate_keys_in_json_and_yaml() {
    assertThatThrownBy(() -> DefinitionLoader.load("{\"StartAt\": \"A\", \"StartAt\": \"B\"}", "t.json"))
        .hasMessage(
            "Invalid state machine definition (t.json): 1 problem\n"
                + "  State machine at /StartAt (line 1, column 27)\n"
                + "    duplicate field \"StartAt\" in the object at the top level: each field may appear only once in an object.");
    assertThatThrownBy(() -> DefinitionLoader.load("StartAt: A\nStartAt: B\n", "t.yaml"))
        .hasMessage(
            "Invalid state machine definition (t.yaml): 1 problem\n"
                + "  State machine at /StartAt (line 2, column 8)\n"
                + "    duplicate field \"StartAt\" in the object at the top level: each field may appear only once in an object.");
  }

  @Test
  void should_report_yaml_syntax_errors() {
    assertThatThrownBy(() -> DefinitionLoader.load("StartAt: A\n  States: x\n", "t.yaml"))
        .hasMessage(
            "Invalid state machine definition (t.yaml): 1 problem\n"
                + "  State machine at /StartAt (line 2, column 9)\n"
                + "    invalid YAML: mapping values are not allowed here.");
  }

  @Test
  void should_report_empty_input_and_values_that_are_not_objects() {
    assertThatThrownBy(() -> DefinitionLoader.load(" \n", "t.json"))
        .hasMessage(
            "Invalid state machine definition (t.json): 1 problem\n"
                + "  State machine\n"
                + "    the definition is empty: expected a JSON object with \"StartAt\" and \"States\".");
    assertThatThrownBy(() -> DefinitionLoader.load("[1,2]", "t.json"))
        .hasMessage(
            "Invalid state machine definition (t.json): 1 problem\n"
                + "  State machine (line 1, column 1)\n"
                + "    the definition must be a JSON object with \"StartAt\" and \"States\", but was array [1,2].");
  }

  @Test
  void should_report_content_after_the_definition() {
    assertThatThrownBy(() -> DefinitionLoader.load("{\"a\":1} {\"b\":2}", "t.json"))
        .hasMessage(
            "Invalid state machine definition (t.json): 1 problem\n"
                + "  State machine (line 1, column 9)\n"
                + "    unexpected content after the end of the definition object.");
  }

  @Test
  void should_report_files_and_resources_that_cannot_be_read() {
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> DefinitionLoader.load(missing))
        .hasMessage(
            "Invalid state machine definition ("
                + missing
                + "): 1 problem\n  State machine\n    cannot read the definition: no such file.");
    assertThatThrownBy(() -> DefinitionLoader.load(dir))
        .hasMessageEndingWith("cannot read the definition: it is a directory, expected a file.");
    assertThatThrownBy(() -> DefinitionLoader.loadResource("no/such.json"))
        .hasMessage(
            "Invalid state machine definition (no/such.json): 1 problem\n"
                + "  State machine\n"
                + "    cannot read the definition: no such classpath resource.");
  }

  @Test
  void should_report_invalid_utf8() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
    assertThatThrownBy(() -> DefinitionLoader.load(file))
        .hasMessageEndingWith("cannot read the definition: the file is not valid UTF-8 text.");
  }

  @Test
  void should_escape_pointer_tokens() {
    assertThat(Pointers.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(Pointers.child("/States", "x/y")).isEqualTo("/States/x~1y");
    assertThat(Pointers.child("/Branches", 2)).isEqualTo("/Branches/2");
  }
}
