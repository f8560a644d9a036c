package io.github.sfntestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import io.github.sfntestkit.junit.scenario.ScenarioTestEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code test PATH...}: the same results as the engine, a readable summary, JUnit XML, exit codes. */
class TestCommandTest {
  /** The extension's example scenario files and fixtures. */
  private static final Path EXAMPLES = Path.of("..", "extension", "src", "test", "resources", "scenarios");

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int main(String... args) {
    return Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** A copy of the examples where the fixtures that fail on purpose are named as scenario files. */
  @BeforeEach
  void copy_the_examples() throws IOException {
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        String name = f.getFileName().toString().replace(".sfn-test-fails.", ".sfn-test.").replace(".sfn-test-bad.", ".sfn-test.");
        Path target = dir.resolve(EXAMPLES.relativize(f)).resolveSibling(name);
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
  }

  @Test
  void should_pass_the_passing_examples_and_print_a_summary() {
    int code = main("test", EXAMPLES.toString());

    assertThat(code).as(stdout()).isZero();
    assertThat(stdout()).contains(
        "Order processing (" + shown(EXAMPLES.resolve("orders.sfn-test.yaml")) + ")\n"
            + "  PASS charges the card and notifies\n"
            + "  PASS throttled twice then charged\n"
            + "  PASS a declined card ends in PaymentFailed\n"
            + "  PASS an invalid order is rejected\n"
            + "  PASS the notification service is down\n"
            + "  SKIP refunds: refunds are not modelled yet\n")
        .endsWith("\nTests: 13 passed, 0 failed, 1 skipped\n");
  }

  @Test
  void should_print_a_failing_scenario_with_its_report_and_exit_1() throws IOException {
    Path file = dir.resolve("failing/unmocked.sfn-test.yaml");

    int code = main("test", file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(stdout()).isEqualTo("unmocked.sfn-test.yaml (" + shown(file) + ")\n"
        + "  FAIL notify is not mocked\n"
        + "       Scenario \"notify is not mocked\" (unmocked.sfn-test.yaml, line 9) could not run:\n"
        + "       No mock answers Task state \"Notify\" (resource arn:aws:states:::sns:publish, call #1).\n"
        + "       Mocks registered: mocks.task(\"ValidateOrder\"), mocks.task(\"ChargeCard\").\n"
        + "       Add one: mocks.task(\"Notify\").returns(...).\n"
        + "\n"
        + "Tests: 0 passed, 1 failed, 0 skipped\n");
  }

  @Test
  void should_print_an_invalid_file_as_one_failure_and_exit_65() {
    Path file = dir.resolve("malformed/missing-definition.sfn-test.yaml");

    int code = main("test", file.toString());

    assertThat(code).isEqualTo(65);
    assertThat(stdout()).isEqualTo("FAIL missing-definition.sfn-test.yaml (" + shown(file) + ")\n"
        + "       Invalid scenario file (" + file + "): 1 problem\n"
        + "         Scenario file at /definition (line 1, column 13)\n"
        + "           \"definition\" names no file: \"../order.asl.json\" (looked for " + dir.resolve("order.asl.json")
        + "). Did you mean \"../orders.asl.json\"?\n"
        + "\n"
        + "Tests: 0 passed, 1 failed, 0 skipped (1 file could not be loaded)\n");
  }

  @Test
  void should_give_the_same_results_as_the_engine_on_the_same_files() {
    Map<String, String> engine = engineResults(dir);

    int code = main("test", dir.toString());

    assertThat(code).isEqualTo(65);
    assertThat(cliResults(stdout())).isEqualTo(engine);
    assertThat(engine).hasSize(26).containsEntry("every expectation wrong", "FAIL")
        .containsEntry("charges the card and notifies", "PASS").containsEntry("refunds", "SKIP")
        .containsEntry("typos.sfn-test.yaml", "FAIL");
    assertThat(stdout()).endsWith("\nTests: 13 passed, 12 failed, 1 skipped (6 files could not be loaded)\n");
  }

  @Test
  void should_write_junit_xml_reports() throws Exception {
    Path reports = dir.resolve("reports/xml");

    int code = main("test", "--reports-dir", reports.toString(), dir.resolve("orders.sfn-test.yaml").toString(),
        dir.resolve("failing/orders-failing.sfn-test.yaml").toString());

    assertThat(code).isEqualTo(1);
    Path xml = reports.resolve("TEST-sfn-scenarios.xml");
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    Element suite = doc.getDocumentElement();
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("name")).isEqualTo("sfn-testkit scenarios");
    assertThat(suite.getAttribute("tests")).isEqualTo("11");
    assertThat(suite.getAttribute("failures")).as("unmet expectations").isEqualTo("4");
    assertThat(suite.getAttribute("errors")).as("a scenario naming states the machine does not have").isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    NodeList cases = doc.getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      names.add(c.getAttribute("classname") + " / " + c.getAttribute("name"));
    }
    assertThat(names).contains(dir.resolve("orders.sfn-test.yaml") + " / throttled twice then charged",
        dir.resolve("failing/orders-failing.sfn-test.yaml") + " / wrong path and retries");
    assertThat(Files.readString(xml)).contains("expect.retries.ChargeCard (line 19, column 29):");
    assertThat(stderr()).isEmpty();
  }

  @Test
  void should_filter_by_tag_and_name() {
    assertThat(main("test", "--tag", "smoke", "--exclude-tag", "callback", EXAMPLES.toString())).isZero();
    assertThat(stdout()).contains("  PASS charges the card and notifies\n", "  PASS echoes its input\n")
        .doesNotContain("approved after").endsWith("Tests: 2 passed, 0 failed, 0 skipped\n");
    out.reset();

    assertThat(main("test", "--name", "card", "--tag", "payment | smoke", EXAMPLES.toString())).isZero();
    assertThat(stdout()).endsWith("  PASS charges the card and notifies\n  PASS a declined card ends in PaymentFailed\n"
        + "\nTests: 2 passed, 0 failed, 0 skipped\n");
  }

  @Test
  void should_reject_wrong_arguments_with_exit_2() throws IOException {
    Path notScenario = Files.writeString(dir.resolve("notes.yaml"), "x: 1");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertUsage("test needs at least one PATH", "test");
    assertUsage("Unknown option --tags for test. Options: --tag, --exclude-tag, --name, --reports-dir",
        "test", "--tags", "x", EXAMPLES.toString());
    assertUsage("Option --name needs a value.", "test", EXAMPLES.toString(), "--name");
    assertUsage("--name (x is not a valid regular expression: Unclosed group.", "test", "--name", "(x", EXAMPLES.toString());
    assertUsage("No such file or directory: " + dir.resolve("nope"), "test", dir.resolve("nope").toString());
    assertUsage(notScenario + " is not a scenario file: their names end in .sfn-test.yaml, .sfn-test.yml or .sfn-test.json.",
        "test", notScenario.toString());
    assertUsage("No scenario files (*.sfn-test.yaml, *.sfn-test.yml, *.sfn-test.json) in [" + empty + "].",
        "test", empty.toString());
  }

  @Test
  void should_list_test_in_the_usage() {
    main("--help");

    assertThat(stdout()).contains("  test [--tag T]... [--exclude-tag T]... [--name REGEX] [--reports-dir DIR]",
        "run scenario files (*.sfn-test.yaml) and directories");
  }

  /** How the summary shows a file: relative to the working directory when under it, else absolute. */
  private static Path shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path workingDir = Path.of("").toAbsolutePath();
    return absolute.startsWith(workingDir) ? workingDir.relativize(absolute) : absolute;
  }

  private void assertUsage(String message, String... args) {
    err.reset();
    assertThat(main(args)).as(String.join(" ", args)).isEqualTo(2);
    assertThat(stderr()).startsWith(message).contains("\nUsage:");
  }

  /** Display name to PASS, FAIL or SKIP, from the engine run directly by the Launcher. */
  private static Map<String, String> engineResults(Path dir) {
    Map<String, String> results = new TreeMap<>();
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void executionSkipped(TestIdentifier id, String reason) {
        results.put(id.getDisplayName(), "SKIP");
      }

      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
          results.put(id.getDisplayName(), result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? "PASS" : "FAIL");
        }
      }
    };
    LauncherFactory.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false)
        .addTestEngines(new ScenarioTestEngine()).build())
        .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectDirectory(dir.toFile())).build(), listener);
    return results;
  }

  /** Display name to PASS, FAIL or SKIP, from the summary's lines. */
  private static Map<String, String> cliResults(String stdout) {
    Map<String, String> results = new TreeMap<>();
    for (String line : stdout.split("\n")) {
      String l = line.startsWith("  ") ? line.substring(2) : line;
      if (l.startsWith("PASS ") || l.startsWith("FAIL ") || l.startsWith("SKIP ")) {
        String name = l.substring(5);
        if (l.startsWith("SKIP ") && name.contains(": ")) {
          name = name.substring(0, name.indexOf(": "));
        }
        if (!line.startsWith("  ") && name.contains(" (")) {
          name = name.substring(0, name.lastIndexOf(" ("));
        }
        results.put(name, l.substring(0, 4));
      }
    }
    return results;
  }
}
