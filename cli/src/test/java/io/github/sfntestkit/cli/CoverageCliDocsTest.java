package io.github.sfntestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command-line example of docs/coverage.md (the page quotes the tagged text blocks below,
 * which DocsCodeBlocksTest compares with the page): the commands from the repository root, with
 * {@code target/} in a temporary directory so that every run starts without coverage data, and
 * compares what the {@code coverage} commands print with the output the page shows.
 */
class CoverageCliDocsTest {
  @TempDir Path target;

  static final String COMMANDS =
      // tag::coverage-cli-commands[]
      """
      java -jar cli/target/sfn-testkit-cli.jar run --definition docs/examples/orders.asl.json \\
          --input docs/examples/order-input.json --coverage-dir target/sfn-coverage \\
          --mock-config docs/examples/orders.MockConfigFile.json --state-machine Orders --test-case HappyPath
      java -jar cli/target/sfn-testkit-cli.jar run --definition docs/examples/orders.asl.json \\
          --input docs/examples/order-input.json --coverage-dir target/sfn-coverage \\
          --mock-config docs/examples/orders.MockConfigFile.json --state-machine Orders --test-case CardDeclined   # exit 1
      java -jar cli/target/sfn-testkit-cli.jar coverage report --data target/sfn-coverage --out target/sfn-coverage-report
      java -jar cli/target/sfn-testkit-cli.jar coverage check --data target/sfn-coverage \\
          --rule states=0.8 --rule 'orders:choiceBranches=1.0' --rule '*:retries=1.0'   # exit 1
      """;
      // end::coverage-cli-commands[]

  static final String OUTPUT =
      // tag::coverage-cli-output[]
      """
      HTML report: target/sfn-coverage-report/index.html
      JSON report: target/sfn-coverage-report/sfn-coverage.json
      Cobertura XML: target/sfn-coverage-report/cobertura.xml
      orders: 2 executions, states 7/8 (87.5%), transitions 6/8 (75.0%), choice branches 1/2 (50.0%), catches 1/1 (100.0%), retries 0/1 (0.0%)
      """;
      // end::coverage-cli-output[]

  private static final Pattern EXIT = Pattern.compile("#\\s*exit\\s+(\\d+)\\s*$");

  @Test
  void the_documented_commands_record_report_and_check_coverage() throws IOException {
    StringBuilder shown = new StringBuilder();
    for (String command : commands(COMMANDS)) {
      Matcher exit = EXIT.matcher(command);
      int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
      List<String> words = words(exit.reset().replaceAll("").strip());
      assertThat(words.subList(0, 3)).containsExactly("java", "-jar", "cli/target/sfn-testkit-cli.jar");
      List<String> args = new ArrayList<>();
      for (String w : words.subList(3, words.size())) {
        args.add(w.startsWith("docs/") ? root().resolve(w).toString()
            : w.startsWith("target/") ? target.resolve(w).toString() : w);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
      String printed = out.toString(StandardCharsets.UTF_8).replace(target.toString() + "/", "");
      assertThat(code).as("exit code of %s, which printed:%n%s", command, printed).isEqualTo(expected);
      if (words.get(3).equals("coverage")) {
        shown.append(printed);
      }
    }
    assertThat(shown.toString().strip()).isEqualTo((OUTPUT + CheckOutput.TEXT).strip());
    assertThat(target.resolve("target/sfn-coverage-report/index.html")).exists();
  }

  @Test
  void the_documented_thresholds_file_is_read_rule_by_rule() throws IOException {
    for (String command : commands(COMMANDS)) {
      if (command.contains(" run ")) {
        List<String> words = words(command.replaceAll("#.*$", "").strip());
        List<String> args = new ArrayList<>();
        for (String w : words.subList(3, words.size())) {
          args.add(w.startsWith("docs/") ? root().resolve(w).toString()
              : w.startsWith("target/") ? target.resolve(w).toString() : w);
        }
        Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path file = root().resolve("cli/src/test/resources/coverage-thresholds.txt");

    int code = Main.run(new String[] {"coverage", "check", "--data", target.resolve("target/sfn-coverage").toString(),
        "--thresholds", file.toString()}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("sfn-testkit coverage check failed: 1 of 4 thresholds not met.")
        .contains("all state machines: states 7/8 (87.5%), required 100.0%. Not entered:")
        .contains("orders: Rejected (Fail)");
  }

  /** The check's message, quoted by the page on its own. */
  static final class CheckOutput {
    static final String TEXT =
        // tag::coverage-cli-check-output[]
        """
        sfn-testkit coverage check failed: 2 of 3 thresholds not met.
          orders: choice branches 1/2 (50.0%), required 100.0%. Not taken:
            IsValid -> Rejected [Default]
          orders: retries 0/1 (0.0%), required 100.0%. Not taken:
            Charge [Retry[0]]: Retry Lambda.TooManyRequestsException x3
        """;
        // end::coverage-cli-check-output[]
  }

  /** The commands of a shell block: continuation lines joined. */
  static List<String> commands(String block) {
    List<String> commands = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : block.split("\n")) {
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1);
        continue;
      }
      current.append(line);
      if (!current.toString().isBlank()) {
        commands.add(current.toString().replaceAll("\\s+", " ").strip());
      }
      current.setLength(0);
    }
    return commands;
  }

  /** Words, with single quotes as the shell reads them. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(command);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return words;
  }

  /** The repository root: the folder above with README.md, docs/ and cli/. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !(Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))
        && Files.isDirectory(dir.resolve("cli")))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the repository root above the working directory").isNotNull();
    return dir;
  }
}
