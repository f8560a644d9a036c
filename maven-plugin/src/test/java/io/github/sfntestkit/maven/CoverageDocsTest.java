package io.github.sfntestkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.coverage.CheckResult;
import io.github.sfntestkit.coverage.CoverageCheck;
import io.github.sfntestkit.coverage.CoverageData;
import io.github.sfntestkit.coverage.CoverageRecorder;
import io.github.sfntestkit.coverage.CoverageThresholds;
import io.github.sfntestkit.report.TraceView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Keeps docs/coverage.md true to what the plugin does. Its Maven examples are the tagged regions of
 * the end-to-end project src/it/simple/pom.xml (which the invoker plugin builds), its CI examples the
 * files of src/it/simple/ci (whose build outputs verify.groovy finds), and its Java and output blocks
 * the tagged regions below (DocsCodeBlocksTest compares those with the page).
 */
class CoverageDocsTest {
  @TempDir Path dir;

  private static final Path ROOT = root();
  private static final Path PAGE = ROOT.resolve("docs/coverage.md");
  private static final Path IT = ROOT.resolve("maven-plugin/src/it/simple");

  @Test
  void every_xml_block_of_the_page_is_a_region_of_the_end_to_end_pom() throws Exception {
    Map<String, String> regions = xmlRegions(Files.readString(IT.resolve("pom.xml")).replace("@project.version@", version()));
    List<String> blocks = blocks("xml");

    assertThat(blocks).as("xml blocks of docs/coverage.md").isNotEmpty();
    for (String block : blocks) {
      assertThat(regions.values()).as("an xml block of docs/coverage.md, not found among the regions %s of %s",
          regions.keySet(), IT.resolve("pom.xml")).contains(block);
    }
    assertThat(blocks).as("the plugin's configuration is shown").contains(regions.get("plugin"));
  }

  @Test
  void every_ci_example_is_shown_and_reads_the_cobertura_report_the_plugin_writes() throws IOException {
    String page = Files.readString(PAGE);
    List<Path> examples;
    try (Stream<Path> files = Files.list(IT.resolve("ci"))) {
      examples = files.sorted().collect(Collectors.toList());
    }

    assertThat(examples).extracting(p -> p.getFileName().toString())
        .containsExactly("Jenkinsfile", "github-codecov.yml", "gitlab-ci.yml");
    for (Path example : examples) {
      assertThat(page).contains("<!-- file: maven-plugin/src/it/simple/ci/" + example.getFileName() + " -->");
      assertThat(example).content().contains("target/sfn-coverage-report/" + ReportMojo.COBERTURA_FILE);
    }
    assertThat(IT.resolve("ci/gitlab-ci.yml")).content().contains("coverage_format: cobertura");
  }

  @Test
  void the_failure_shown_is_what_the_check_goal_of_the_end_to_end_project_says() throws Exception {
    Path data = dir.resolve("sfn-coverage");
    StateMachine sm = StateMachine.fromFile(IT.resolve("src/test/resources/simple.asl.json"));
    CoverageData recorded = CoverageData.empty();
    recorded.record(sm, sm.execute("{\"n\": 1}", ExecutionOptions.defaults()));
    recorded.write(data.resolve("1-it.sfn-coverage.json"));
    CheckMojo mojo = new CheckMojo();
    mojo.dataDirectory = data.toFile();
    mojo.rules = rulesOfTheEndToEndPom();
    mojo.haltOnFailure = true;
    mojo.setLog(new RecordingLog());

    String expected =
        // tag::coverage-maven-check-output[]
        """
        [ERROR] Failed to execute goal io.github.sfntestkit:sfn-testkit-maven-plugin:0.1.0-SNAPSHOT:check (check) on project simple: sfn-testkit coverage check failed: 2 of 3 thresholds not met.
        [ERROR]   simple: states 2/3 (66.7%), required 100.0%. Not entered:
        [ERROR]     Big (Pass)
        [ERROR]   simple: choice branches 1/2 (50.0%), required 100.0%. Not taken:
        [ERROR]     IsSmall -> Big [Default]
        """;
        // end::coverage-maven-check-output[]

    String prefix = "[ERROR] Failed to execute goal io.github.sfntestkit:sfn-testkit-maven-plugin:" + version()
        + ":check (check) on project simple: ";
    assertThatThrownBy(mojo::execute).isInstanceOfSatisfying(MojoFailureException.class, e -> {
      String asMavenPrintsIt = prefix + e.getMessage().lines().collect(Collectors.joining("\n[ERROR] "));
      assertThat(asMavenPrintsIt).isEqualTo(expected.strip());
    });
  }

  @Test
  void the_recorder_can_be_enabled_from_code() throws IOException {
    Path coverageDir = dir.resolve("sfn-coverage");
    StateMachine sm = StateMachine.fromFile(IT.resolve("src/test/resources/simple.asl.json"));
    String input = "{\"n\": 50}";
    ExecutionOptions options = ExecutionOptions.defaults();

    // tag::coverage-recorder[]
    CoverageRecorder.enable(coverageDir);              // every execution from now on is recorded
    ExecutionResult result = sm.execute(input, options);
    CoverageRecorder.disable();                        // writes <pid>-<random>.sfn-coverage.json
    // end::coverage-recorder[]

    assertThat(result.succeeded()).isTrue();
    assertThat(CoverageRecorder.isEnabled()).isFalse();
    assertThat(CoverageData.readDirectory(coverageDir).machine("simple").hits("Big")).isEqualTo(1);
  }

  @Test
  void a_trace_can_be_written_from_code() throws IOException {
    StateMachine sm = StateMachine.fromFile(IT.resolve("src/test/resources/simple.asl.json"));
    String input = "{\"n\": 50}";
    ExecutionOptions options = ExecutionOptions.defaults();
    Path traceFile = dir.resolve("simple-big.html");

    // tag::coverage-trace-view[]
    ExecutionResult result = sm.execute(input, options);
    TraceView.write(sm, result, traceFile);            // io.github.sfntestkit.report, in sfn-testkit-report
    // end::coverage-trace-view[]

    assertThat(result.succeeded()).isTrue();
    assertThat(traceFile).content().contains("data-node-id=\"Big\"");
  }

  @Test
  void the_gate_can_run_from_code() throws IOException {
    Path data = dir.resolve("sfn-coverage");
    StateMachine sm = StateMachine.fromFile(IT.resolve("src/test/resources/simple.asl.json"));
    CoverageData recorded = CoverageData.empty();
    recorded.record(sm, sm.execute("{\"n\": 1}", ExecutionOptions.defaults()));
    recorded.write(data.resolve("1-it.sfn-coverage.json"));
    Path coverageDir = data;

    // tag::coverage-check-api[]
    CoverageData coverage = CoverageData.readDirectory(coverageDir);
    CheckResult check = CoverageCheck.run(coverage, CoverageThresholds.parse("states=1.0, simple:transitions=80%"));
    if (!check.passed()) {
      System.out.println(check.message());           // the same listing as the Maven goal and the CLI
    }
    // end::coverage-check-api[]

    assertThat(check.passed()).isFalse();
    assertThat(check.violations()).hasSize(2);
  }

  /** The check execution's rules, with the pom's properties put in. */
  private static List<Rule> rulesOfTheEndToEndPom() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(IT.resolve("pom.xml").toFile());
    Map<String, String> properties = new LinkedHashMap<>();
    NodeList props = ((Element) pom.getElementsByTagName("properties").item(0)).getChildNodes();
    for (int i = 0; i < props.getLength(); i++) {
      if (props.item(i) instanceof Element) {
        properties.put(props.item(i).getNodeName(), props.item(i).getTextContent().trim());
      }
    }
    List<Rule> rules = new ArrayList<>();
    NodeList elements = pom.getElementsByTagName("rule");
    for (int i = 0; i < elements.getLength(); i++) {
      Element e = (Element) elements.item(i);
      rules.add(new Rule(text(e, "stateMachine", properties), text(e, "states", properties),
          text(e, "transitions", properties), text(e, "choiceBranches", properties), text(e, "catches", properties),
          text(e, "retries", properties)));
    }
    assertThat(rules).isNotEmpty();
    return rules;
  }

  private static String text(Element rule, String name, Map<String, String> properties) {
    NodeList n = rule.getElementsByTagName(name);
    if (n.getLength() == 0) {
      return null;
    }
    String value = n.item(0).getTextContent().trim();
    Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
    return m.matches() ? properties.get(m.group(1)) : value;
  }

  /** The regions between {@code <!-- tag::NAME[] -->} and {@code <!-- end::NAME[] -->}, dedented. */
  static Map<String, String> xmlRegions(String xml) {
    Map<String, String> regions = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^[ \\t]*<!-- tag::([\\w-]+)\\[] -->\\R(.*?)^[ \\t]*<!-- end::\\1\\[] -->",
        Pattern.DOTALL).matcher(xml);
    while (m.find()) {
      regions.put(m.group(1), dedent(m.group(2)));
    }
    return regions;
  }

  /** The bodies of the page's fenced blocks of one language, dedented. */
  static List<String> blocks(String language) throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^```" + language + "[ \\t]*\\R(.*?)^```[ \\t]*$", Pattern.DOTALL)
        .matcher(Files.readString(PAGE));
    while (m.find()) {
      blocks.add(dedent(m.group(1)));
    }
    return blocks;
  }

  static String dedent(String text) {
    List<String> lines = List.of(text.split("\\R", -1));
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
        .collect(Collectors.joining("\n")).strip();
  }

  /** The plugin's version, from the descriptor the build generated. */
  static String version() throws IOException {
    try (InputStream in = CoverageDocsTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("<artifactId>sfn-testkit-maven-plugin</artifactId>\\s*<version>([^<]+)</version>")
          .matcher(xml);
      assertThat(m.find()).isTrue();
      return m.group(1);
    }
  }

  private static Path root() {
    Path d = Path.of("").toAbsolutePath();
    while (d != null && !(Files.isRegularFile(d.resolve("README.md")) && Files.isDirectory(d.resolve("maven-plugin")))) {
      d = d.getParent();
    }
    if (d == null) {
      throw new IllegalStateException("no sfn-testkit checkout above " + Path.of("").toAbsolutePath());
    }
    return d;
  }
}
