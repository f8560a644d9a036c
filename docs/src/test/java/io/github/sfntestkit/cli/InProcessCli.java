package io.github.sfntestkit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs the command-line runner in this JVM, as {@code java -jar sfn-testkit-cli.jar ARGS} would,
 * through the same entry point its own tests use ({@code Main.run}, package-private, hence this
 * class in the CLI's package). Test code of the docs module only.
 */
public final class InProcessCli {
  private InProcessCli() {}

  /** What a run printed and returned. */
  public record Outcome(int exitCode, String stdout, String stderr) {
    /** What a terminal shows: standard output, then standard error. */
    public String shown() {
      return stdout + stderr;
    }
  }

  public static Outcome run(List<String> args, String stdin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args.toArray(new String[0]),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
