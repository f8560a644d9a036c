package io.github.sfntestkit.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import io.github.sfntestkit.junit.scenario.ScenarioTestEngine;
import io.github.sfntestkit.scenario.ScenarioFile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.function.IntSupplier;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * {@code test [--tag T]... [--exclude-tag T]... [--name REGEX] [--reports-dir DIR] PATH...}: runs
 * scenario files, and the scenario files found in directories, with the JUnit Platform Launcher and
 * the {@code sfn-scenarios} engine only; prints each file and scenario with PASS, FAIL or SKIP and
 * a totals line, and writes JUnit XML to {@code --reports-dir}. Exit code 0 when every scenario
 * passed, 1 when one failed, 65 when a scenario file or its state machine is invalid, 2 on wrong
 * arguments.
 */
final class TestCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Path workingDir;

  TestCommand(PrintStream out, PrintStream err) {
    this(out, err, Paths.get("").toAbsolutePath());
  }

  /** @param workingDir the folder the summary shows file paths relative to */
  TestCommand(PrintStream out, PrintStream err, Path workingDir) {
    this.out = out;
    this.err = err;
    this.workingDir = workingDir;
  }

  /** The parsed arguments: repeated {@code --tag} and {@code --exclude-tag} are all kept. */
  private static final class Options {
    final List<String> tags = new ArrayList<>();
    final List<String> excludedTags = new ArrayList<>();
    final List<Path> paths = new ArrayList<>();
    String name;
    Path reportsDir;
    Path coverageDir;
  }

  int run(String[] args) {
    Options o = parse(args);
    List<DiscoverySelector> selectors = selectors(o.paths);
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request().selectors(selectors)
        .configurationParameter(ScenarioTestEngine.FILE_PATTERN, ScenarioTestEngine.DEFAULT_FILE_PATTERN);
    if (o.name != null) {
      request.configurationParameter(ScenarioTestEngine.NAME_PATTERN, o.name);
    }
    if (!o.tags.isEmpty()) {
      request.filters(TagFilter.includeTags(o.tags));
    }
    if (!o.excludedTags.isEmpty()) {
      request.filters(TagFilter.excludeTags(o.excludedTags));
    }
    TestSummary summary = new TestSummary(out, workingDir);
    List<TestExecutionListener> listeners = new ArrayList<>();
    listeners.add(summary);
    if (o.reportsDir != null) {
      listeners.add(xmlReports(o.reportsDir));
    }
    IntSupplier scenarios = () -> {
      execute(request.build(), listeners);
      return Main.OK;
    };
    int coverage = o.coverageDir == null ? scenarios.getAsInt() : CoverageCommand.recording(o.coverageDir, err, scenarios);
    out.flush();
    return coverage != Main.OK ? coverage : summary.invalidFiles() > 0 ? Main.INVALID_INPUT : summary.failed() > 0 ? Main.FAILED : Main.OK;
  }

  private static void execute(LauncherDiscoveryRequest request, List<TestExecutionListener> listeners) {
    LauncherConfig config = LauncherConfig.builder()
        .enableTestEngineAutoRegistration(false)
        .enableLauncherSessionListenerAutoRegistration(false)
        .enableLauncherDiscoveryListenerAutoRegistration(false)
        .enablePostDiscoveryFilterAutoRegistration(false)
        .enableTestExecutionListenerAutoRegistration(false)
        .addTestEngines(new ScenarioTestEngine())
        .build();
    Launcher launcher = LauncherFactory.create(config);
    launcher.execute(request, listeners.toArray(new TestExecutionListener[0]));
  }

  private TestExecutionListener xmlReports(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new Main.UsageException("Cannot create the reports directory " + dir + ": " + e.getMessage());
    }
    return new LegacyXmlReportGeneratingListener(dir, new PrintWriter(err, true, StandardCharsets.UTF_8));
  }

  private static Options parse(String[] args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--tag":
          o.tags.add(value(args, ++i, arg));
          break;
        case "--exclude-tag":
          o.excludedTags.add(value(args, ++i, arg));
          break;
        case "--name":
          o.name = regex(value(args, ++i, arg));
          break;
        case "--reports-dir":
          o.reportsDir = Paths.get(value(args, ++i, arg));
          break;
        case "--coverage-dir":
          o.coverageDir = Paths.get(value(args, ++i, arg));
          break;
        default:
          if (arg.startsWith("--")) {
            throw new Main.UsageException("Unknown option " + arg + " for test. Options: --tag, --exclude-tag, --name,"
                + " --reports-dir.");
          }
          o.paths.add(Paths.get(arg));
      }
    }
    if (o.paths.isEmpty()) {
      throw new Main.UsageException("test needs at least one PATH: a scenario file (*.sfn-test.yaml, *.sfn-test.yml,"
          + " *.sfn-test.json) or a directory holding some.");
    }
    return o;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new Main.UsageException("Option " + option + " needs a value.");
    }
    return args[i];
  }

  private static String regex(String name) {
    try {
      Pattern.compile(name);
      return name;
    } catch (PatternSyntaxException e) {
      throw new Main.UsageException("--name " + name + " is not a valid regular expression: "
          + e.getDescription() + ".");
    }
  }

  /** A file selector per scenario file, a directory selector per directory holding one. */
  private static List<DiscoverySelector> selectors(List<Path> paths) {
    List<DiscoverySelector> selectors = new ArrayList<>();
    List<Path> empty = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        if (holdsScenarioFiles(p)) {
          selectors.add(selectDirectory(p.toFile()));
        } else {
          empty.add(p);
        }
      } else if (Files.isRegularFile(p)) {
        if (!ScenarioFile.isScenarioFileName(p.getFileName().toString())) {
          throw new Main.UsageException(p + " is not a scenario file: their names end in .sfn-test.yaml, .sfn-test.yml"
              + " or .sfn-test.json.");
        }
        selectors.add(selectFile(p.toFile()));
      } else {
        throw new Main.UsageException("No such file or directory: " + p);
      }
    }
    if (selectors.isEmpty()) {
      throw new Main.UsageException("No scenario files (*.sfn-test.yaml, *.sfn-test.yml, *.sfn-test.json) in " + empty
          + ".");
    }
    return selectors;
  }

  private static boolean holdsScenarioFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(f -> ScenarioFile.isScenarioFileName(f.getFileName().toString()) && Files.isRegularFile(f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
