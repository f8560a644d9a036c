package io.github.sfntestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code test} commands docs/scenarios.md and docs/cli.md show run, from the repository root as
 * the pages say, with the exit code their comment states (0 without one), and print the output
 * block that follows them.
 */
class ScenarioCliDocsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern COMMAND = Pattern.compile("java -jar cli/target/sfn-testkit-cli\\.jar (test .*?)(?:\\s+# exit (\\d+))?");

  /** A command of a page and the output block right after it (null when there is none). */
  record Example(String page, int line, List<String> args, int exitCode, String output) {}

  @Test
  void should_find_the_examples() throws IOException {
    assertThat(examples()).extracting(Example::page).contains("docs/scenarios.md", "docs/cli.md");
  }

  @TestFactory
  Stream<DynamicTest> every_test_command_of_the_docs_runs_as_shown() throws IOException {
    return examples().stream().map(e -> DynamicTest.dynamicTest(e.page() + ":" + e.line(), () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      List<String> args = new ArrayList<>(e.args());
      args.remove(0);
      for (int i = 0; i < args.size(); i++) {
        if (!args.get(i).startsWith("--") && (i == 0 || !args.get(i - 1).startsWith("--"))) {
          args.set(i, ROOT.resolve(args.get(i)).toString());
        }
      }
      int code = new TestCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), ROOT).run(args.toArray(new String[0]));
      String stdout = out.toString(StandardCharsets.UTF_8);
      assertThat(code).as(stdout).isEqualTo(e.exitCode());
      if (e.output() != null) {
        assertThat(stdout + err.toString(StandardCharsets.UTF_8)).isEqualTo(e.output() + "\n");
      }
    }));
  }

  private static List<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    for (String page : List.of("docs/scenarios.md", "docs/cli.md")) {
      List<String> lines = Files.readAllLines(ROOT.resolve(page), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).equals("```bash")) {
          continue;
        }
        int start = i;
        List<String> commands = new ArrayList<>();
        for (i++; !lines.get(i).equals("```"); i++) {
          commands.add(lines.get(i));
        }
        String output = outputAfter(lines, i + 1);
        for (String command : commands) {
          Matcher m = COMMAND.matcher(command.trim());
          if (m.matches()) {
            out.add(new Example(page, start + 1, List.of(m.group(1).split("\\s+")),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), commands.size() == 1 ? output : null));
          }
        }
      }
    }
    return out;
  }

  /** The text block starting at {@code from} after blank lines, or null. */
  private static String outputAfter(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    if (i >= lines.size() || !lines.get(i).equals("```text")) {
      return null;
    }
    List<String> body = new ArrayList<>();
    for (i++; !lines.get(i).equals("```"); i++) {
      body.add(lines.get(i));
    }
    return String.join("\n", body);
  }
}
