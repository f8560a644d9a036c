package io.github.sfntestkit.cli;

import io.github.sfntestkit.coverage.CheckResult;
import io.github.sfntestkit.coverage.CoberturaReport;
import io.github.sfntestkit.coverage.CoverageCheck;
import io.github.sfntestkit.coverage.CoverageData;
import io.github.sfntestkit.coverage.CoverageException;
import io.github.sfntestkit.coverage.CoverageMetric;
import io.github.sfntestkit.coverage.CoverageRecorder;
import io.github.sfntestkit.coverage.CoverageThresholds;
import io.github.sfntestkit.coverage.JsonReport;
import io.github.sfntestkit.coverage.StateMachineCoverage;
import io.github.sfntestkit.report.HtmlReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * {@code coverage report} writes the HTML, JSON and Cobertura reports of the coverage files that test
 * runs left in a directory; {@code coverage check} fails (exit 1) when they fall below thresholds,
 * listing what is uncovered.
 */
final class CoverageCommand {
  static final String HTML = "html";
  static final String JSON = "json";
  static final String COBERTURA = "cobertura";
  private static final List<String> FORMATS = List.of(HTML, JSON, COBERTURA);

  private final PrintStream out;
  private final PrintStream err;

  CoverageCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    if (args.length == 0) {
      throw new Main.UsageException("coverage needs a subcommand: report or check.");
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      switch (args[0]) {
        case "report":
          return report(rest);
        case "check":
          return check(rest);
        default:
          throw new Main.UsageException(
              "Unknown coverage subcommand \"" + args[0] + "\". Subcommands: report, check.");
      }
    } catch (CoverageException e) {
      err.println(e.getMessage());
      return Main.INVALID_INPUT;
    } catch (UncheckedIOException e) {
      err.println(e.getMessage() + ": " + e.getCause().getMessage());
      return Main.INVALID_INPUT;
    }
  }

  private int report(String[] args) {
    Arguments a = Arguments.parse(args, Set.of("--data", "--out", "--format"), Set.of());
    noPositional(a, "coverage report");
    Path data = required(a, "--data", "coverage report");
    Path outDir = required(a, "--out", "coverage report");
    Set<String> formats = formats(a.get("--format"));
    CoverageData coverage = read(data);
    if (formats.contains(HTML)) {
      HtmlReport.write(coverage, outDir);
      out.println("HTML report: " + outDir.resolve("index.html"));
    }
    if (formats.contains(JSON)) {
      JsonReport.write(coverage, outDir.resolve("sfn-coverage.json"));
      out.println("JSON report: " + outDir.resolve("sfn-coverage.json"));
    }
    if (formats.contains(COBERTURA)) {
      CoberturaReport.write(coverage, outDir.resolve("cobertura.xml"));
      out.println("Cobertura XML: " + outDir.resolve("cobertura.xml"));
    }
    summary(coverage);
    return Main.OK;
  }

  private int check(String[] args) {
    List<String> rules = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--rule")) {
        if (i + 1 >= args.length) {
          throw new Main.UsageException("Option --rule needs a value, for example --rule states=1.0,transitions=0.8");
        }
        rules.add(args[++i]);
      } else {
        others.add(args[i]);
      }
    }
    Arguments a = Arguments.parse(others.toArray(String[]::new), Set.of("--data", "--thresholds"), Set.of());
    noPositional(a, "coverage check");
    Path data = required(a, "--data", "coverage check");
    if (a.get("--thresholds") != null) {
      rules.addAll(thresholdsFile(Path.of(a.get("--thresholds"))));
    }
    if (rules.isEmpty()) {
      throw new Main.UsageException(
          "coverage check needs at least one --rule RULE (e.g. --rule states=1.0) or --thresholds FILE.");
    }
    CoverageThresholds thresholds = CoverageThresholds.parse(String.join(";", rules));
    CoverageData coverage = read(data);
    CheckResult result = CoverageCheck.run(coverage, thresholds);
    out.println(result.message());
    return result.passed() ? Main.OK : Main.FAILED;
  }

  /**
   * Runs {@code command} with every execution recorded into {@code directory} ({@code run} and
   * {@code test} with {@code --coverage-dir}), writes the data file, and gives back the recording the
   * JVM had before (from {@code -Dsfntestkit.coverage.dir}), if any.
   */
  static int recording(Path directory, PrintStream err, IntSupplier command) {
    Path before = CoverageRecorder.directory();
    CoverageRecorder.enable(directory);
    int code;
    try {
      code = command.getAsInt();
    } catch (RuntimeException e) {
      stopRecording(before);
      throw e;
    }
    try {
      CoverageRecorder.disable();
    } catch (UncheckedIOException e) {
      err.println("Cannot write the coverage data into " + directory + ": " + e.getMessage());
      code = Main.INVALID_INPUT;
    }
    stopRecording(before);
    return code;
  }

  private static void stopRecording(Path before) {
    if (CoverageRecorder.isEnabled()) {
      try {
        CoverageRecorder.disable();
      } catch (UncheckedIOException ignored) {
        // already failing: the command's own error is the one to report
      }
    }
    if (before != null) {
      CoverageRecorder.enable(before);
    }
  }

  /** One rule per line; blank lines and {@code #} comments are ignored. */
  private static List<String> thresholdsFile(Path file) {
    List<String> rules = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new CoverageException("Cannot read the thresholds file " + file + ": " + e.getMessage(), e);
    }
    for (String line : lines) {
      int hash = line.indexOf('#');
      String rule = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!rule.isEmpty()) {
        rules.add(rule);
      }
    }
    return rules;
  }

  private static CoverageData read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CoverageException("No coverage data: " + dir + " is not a directory. Record coverage with "
          + "run/test --coverage-dir " + dir + ", or -Dsfntestkit.coverage.dir=" + dir + " in the test JVM.");
    }
    CoverageData coverage = CoverageData.readDirectory(dir);
    if (coverage.isEmpty()) {
      throw new CoverageException("No coverage data: " + dir + " holds no *" + CoverageData.FILE_SUFFIX
          + " file with an execution in it.");
    }
    return coverage;
  }

  private void summary(CoverageData coverage) {
    for (StateMachineCoverage m : coverage.machines()) {
      StringBuilder line = new StringBuilder(m.name()).append(": ")
          .append(m.executions()).append(m.executions() == 1 ? " execution" : " executions");
      for (CoverageMetric metric : CoverageMetric.values()) {
        line.append(", ").append(metric.label()).append(' ').append(m.counter(metric));
      }
      out.println(line);
    }
  }

  private static Set<String> formats(String list) {
    if (list == null) {
      return new LinkedHashSet<>(FORMATS);
    }
    Set<String> formats = new LinkedHashSet<>();
    for (String f : list.split(",")) {
      String format = f.strip().toLowerCase(Locale.ROOT);
      if (!FORMATS.contains(format)) {
        throw new Main.UsageException("Unknown report format \"" + f.strip() + "\" in --format. Formats: "
            + String.join(", ", FORMATS) + ".");
      }
      formats.add(format);
    }
    return formats;
  }

  private static Path required(Arguments a, String option, String command) {
    String value = a.get(option);
    if (value == null) {
      throw new Main.UsageException(command + " needs " + option + " DIR.");
    }
    return Path.of(value);
  }

  private static void noPositional(Arguments a, String command) {
    if (!a.positional.isEmpty()) {
      throw new Main.UsageException(command + " takes no argument \"" + a.positional.get(0) + "\".");
    }
  }
}
