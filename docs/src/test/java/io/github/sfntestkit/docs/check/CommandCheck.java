package io.github.sfntestkit.docs.check;

import io.github.sfntestkit.cli.InProcessCli;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code bash} block: each command of the command-line runner ({@code java -jar
 * .../sfn-testkit-cli.jar ARGS} or {@code sfn-testkit ARGS}) runs in-process through the CLI's
 * {@code Main}, from the repository root, with {@code < file} as standard input. It must exit 0,
 * or with the code its comment states ({@code # exit 1}). When a {@code text} block follows the
 * command block directly, it is the expected output (standard output, then standard error, of all
 * the block's commands); {@code ...} in it stands for any text. Any other command must be in the
 * allow-list, with the reason it cannot run in a test.
 */
final class CommandCheck {
  private static final Pattern EXIT = Pattern.compile("(?i)\\bexit(?:s| code)?\\s*(?:with\\s*)?(\\d+)\\b");

  private final Repository repository;
  private final Map<String, String> allowed;

  CommandCheck(Repository repository, Map<String, String> allowed) {
    this.repository = repository;
    this.allowed = allowed;
  }

  void check(Markdown.Block block, Markdown.Block output) {
    List<ShellLine> commands;
    try {
      commands = ShellLine.parse(block.body(), block.line() + 1);
    } catch (IllegalArgumentException e) {
      throw BlockCheck.failure(block, e.getMessage());
    }
    StringBuilder shown = new StringBuilder();
    for (ShellLine command : commands) {
      List<String> args = cliArguments(command.words());
      if (args == null) {
        if (!allowed.containsKey(command.text())) {
          throw new AssertionError(block.page() + ":" + command.line() + ": the command `" + command.text()
              + "` is not run by any test. Use the command-line runner (java -jar cli/target/sfn-testkit-cli.jar ...),"
              + " which DocsCodeBlocksTest runs, or add the exact command to DocsCodeBlocksTest.ALLOWED_COMMANDS"
              + " with the reason it cannot run in a test.");
        }
        if (output != null) {
          throw BlockCheck.failure(output, "this output follows a block whose command `" + command.text()
              + "` is not run; only the command-line runner's output can be compared.");
        }
        continue;
      }
      shown.append(run(block, command, args));
    }
    if (output != null) {
      String expected = normalize(output.text());
      String actual = normalize(shown.toString());
      if (!Text.matchesWithEllipsis(expected, actual)) {
        throw BlockCheck.failure(output, "the output shown differs from what the commands at line " + block.line()
            + " print " + SnippetCheck.firstDifference(actual, expected, "the commands print") + ". They print:\n" + actual);
      }
    }
  }

  private String run(Markdown.Block block, ShellLine command, List<String> args) {
    String stdin = "";
    if (command.stdinFile() != null) {
      Path file = repository.resolve(command.stdinFile());
      if (!Files.isRegularFile(file)) {
        throw new AssertionError(block.page() + ":" + command.line() + ": the command reads " + command.stdinFile()
            + ", which does not exist (paths are relative to the repository root).");
      }
      stdin = Repository.read(file);
    }
    List<String> resolved = new ArrayList<>();
    for (String arg : args) {
      boolean file = !arg.startsWith("-") && !arg.isEmpty() && Files.exists(repository.resolve(arg));
      resolved.add(file ? repository.resolve(arg).toString() : arg);
    }
    InProcessCli.Outcome outcome = InProcessCli.run(resolved, stdin);
    int expected = expectedExit(command.comment());
    String shown = outcome.shown().replace(repository.root().toString() + File.separator, "");
    if (outcome.exitCode() != expected) {
      throw new AssertionError(block.page() + ":" + command.line() + ": `" + command.text() + "` exited with "
          + outcome.exitCode() + ", the page says " + expected
          + " (a command that should fail says so in its comment: # exit N). It printed:\n" + shown);
    }
    return shown;
  }

  /** The runner's arguments when the words are a runner command, else null. */
  static List<String> cliArguments(List<String> words) {
    if (words.get(0).equals("sfn-testkit")) {
      return words.subList(1, words.size());
    }
    if (words.size() >= 3 && words.get(0).equals("java") && words.get(1).equals("-jar")
        && words.get(2).endsWith("sfn-testkit-cli.jar")) {
      return words.subList(3, words.size());
    }
    return null;
  }

  static int expectedExit(String comment) {
    Matcher m = EXIT.matcher(comment);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String normalize(String text) {
    return Text.dedent(List.of(text.split("\\R", -1)));
  }
}
