package io.github.sfntestkit.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@code java -jar sfn-testkit-cli.jar COMMAND ...}: validate and run state machines. */
public final class Main {
  /** Exit codes (jlox style): 0 ok, 1 failed check or run, 2 usage, 65 invalid input. */
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int INVALID_INPUT = 65;
  static final int INTERNAL_ERROR = 70;

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, System.in, out, err);
    out.flush();
    System.exit(code);
  }

  static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      out.println(USAGE_TEXT);
      return args.length == 0 ? USAGE : OK;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      switch (args[0]) {
        case "validate":
          return new ValidateCommand(out, err).run(rest);
        case "run":
          return new RunCommand(in, out, err).run(rest);
        case "coverage":
          return new CoverageCommand(out, err).run(rest);
        case "test":
          return new TestCommand(out, err).run(rest);
        default:
          err.println("Unknown command \"" + args[0] + "\". Commands: validate, test, run, coverage.");
          err.println(USAGE_TEXT);
          return USAGE;
      }
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    } catch (RuntimeException e) {
      err.println("Internal error (please report it): " + e);
      return INTERNAL_ERROR;
    }
  }

  static final String USAGE_TEXT =
      "Usage: java -jar sfn-testkit-cli.jar COMMAND\n"
          + "  validate FILE...                 check definitions; prints every problem\n"
          + "  test [--tag T]... [--exclude-tag T]... [--name REGEX] [--reports-dir DIR] PATH...\n"
          + "                                   run scenario files (*.sfn-test.yaml) and directories\n"
          + "  run --definition FILE [--input FILE] [--coverage-dir DIR]\n"
          + "      [--mock-config FILE --state-machine NAME --test-case NAME]\n"
          + "                                   run one execution, print the result as JSON\n"
          + "  run --jsonl [--coverage-dir DIR] run one job per stdin line, one result per stdout line\n"
          + "  coverage report --data DIR --out DIR [--format html,json,cobertura]\n"
          + "                                   HTML, JSON and Cobertura reports of recorded coverage\n"
          + "  coverage check --data DIR --rule RULE... [--thresholds FILE]\n"
          + "                                   exit 1 below a threshold (RULE: [machine:]metric=min),\n"
          + "                                   listing what is uncovered";

  /** Wrong arguments. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
