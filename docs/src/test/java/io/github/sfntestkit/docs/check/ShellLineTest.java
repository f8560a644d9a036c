package io.github.sfntestkit.docs.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellLineTest {

  @Test
  void should_join_continuations_and_split_words_comments_and_redirection() {
    // GIVEN
    List<String> body = List.of(
        "# a comment line",
        "java -jar cli/target/sfn-testkit-cli.jar run \\",
        "    --definition 'a b.json' --input \"in put.json\"   # exit 1",
        "",
        "java -jar x/sfn-testkit-cli.jar run --jsonl < jobs.jsonl");
    // WHEN
    List<ShellLine> lines = ShellLine.parse(body, 10);
    // THEN
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).line()).isEqualTo(11);
    assertThat(lines.get(0).words()).containsExactly("java", "-jar", "cli/target/sfn-testkit-cli.jar", "run",
        "--definition", "a b.json", "--input", "in put.json");
    assertThat(lines.get(0).comment()).isEqualTo("exit 1");
    assertThat(lines.get(0).text())
        .isEqualTo("java -jar cli/target/sfn-testkit-cli.jar run --definition 'a b.json' --input \"in put.json\"");
    assertThat(lines.get(1).stdinFile()).isEqualTo("jobs.jsonl");
    assertThat(lines.get(1).words()).endsWith("--jsonl");
  }

  @Test
  void should_refuse_what_it_cannot_run_faithfully() {
    assertThatThrownBy(() -> ShellLine.of(1, "cat 'unclosed")).hasMessageContaining("unclosed ' quote");
    assertThatThrownBy(() -> ShellLine.of(1, "run < in.json --flag")).hasMessageContaining("final '< file'");
  }

  @Test
  void should_recognise_runner_commands_and_expected_exit_codes() {
    assertThat(CommandCheck.cliArguments(List.of("java", "-jar", "cli/target/sfn-testkit-cli.jar", "validate", "a")))
        .containsExactly("validate", "a");
    assertThat(CommandCheck.cliArguments(List.of("sfn-testkit", "run"))).containsExactly("run");
    assertThat(CommandCheck.cliArguments(List.of("mvn", "test"))).isNull();
    assertThat(CommandCheck.expectedExit("exit 65")).isEqualTo(65);
    assertThat(CommandCheck.expectedExit("exits with 2: wrong arguments")).isEqualTo(2);
    assertThat(CommandCheck.expectedExit("build the runner")).isZero();
  }
}
