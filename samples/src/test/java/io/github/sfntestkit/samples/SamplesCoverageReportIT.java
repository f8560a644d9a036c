package io.github.sfntestkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.coverage.CoverageData;
import io.github.sfntestkit.coverage.CoverageGraph;
import io.github.sfntestkit.coverage.StateMachineCoverage;
import io.github.sfntestkit.mock.MockConfigFile;
import io.github.sfntestkit.report.Browser;
import io.github.sfntestkit.report.TraceView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Opens the coverage report that this module's build wrote (the sfn-testkit-maven-plugin's
 * {@code report} goal, after every sample test ran) in headless Chromium, and a trace view of one
 * sample execution. Runs in the {@code integration-test} phase, after the report exists.
 */
class SamplesCoverageReportIT {
  private static final Path BUILD = Path.of(System.getProperty("sfntestkit.buildDir", "target"));
  private static final Path REPORT = BUILD.resolve("sfn-coverage-report");

  private static Browser browser;
  private static WebDriver driver;
  private static CoverageData data;

  @BeforeAll
  static void open() throws IOException {
    Browser.assumeAvailable();
    data = CoverageData.readDirectory(BUILD.resolve("sfn-coverage"));
    browser = Browser.start(Files.createDirectories(BUILD.resolve("chromium-profile")), 1400, 960);
    driver = browser.driver();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void the_overview_lists_every_sample_state_machine_with_its_executions() {
    // WHEN
    browser.open(REPORT.resolve("index.html"));
    // THEN one row per recorded machine, each run at least once
    List<WebElement> rows = driver.findElements(By.cssSelector("#overview tr.machine"));
    assertThat(rows).hasSize(data.machines().size()).hasSizeGreaterThanOrEqualTo(7); // the seven samples
    assertThat(rows.stream().map(r -> r.getDomAttribute("data-machine")).collect(Collectors.toList()))
        .isEqualTo(data.machines().stream().map(StateMachineCoverage::name).collect(Collectors.toList()));
    for (WebElement row : rows) {
      assertThat(Long.parseLong(row.findElement(By.cssSelector("td.executions")).getText())).isPositive();
    }
  }

  @Test
  void each_machine_page_draws_its_graph_and_marks_what_the_tests_never_reached() {
    for (StateMachineCoverage machine : data.machines()) {
      // WHEN
      browser.open(REPORT.resolve("index.html"));
      driver.findElement(By.cssSelector("#overview tr.machine[data-key='" + machine.key() + "'] td.name a"))
          .click();
      // THEN every state is drawn, and the uncovered ones, and only they, carry the marker
      WebElement svg = driver.findElement(By.cssSelector("#viewport svg.sfn-graph"));
      assertThat(svg.isDisplayed()).as(machine.name()).isTrue();
      assertThat(driver.findElements(By.cssSelector("svg.sfn-graph g.state"))).as(machine.name())
          .hasSize(machine.graph().nodes().size());
      List<String> marked = driver.findElements(By.cssSelector("svg.sfn-graph g.state.uncovered")).stream()
          .map(g -> g.getDomAttribute("data-node-id")).sorted().collect(Collectors.toList());
      assertThat(marked).as(machine.name()).isEqualTo(machine.uncoveredStates().stream()
          .map(CoverageGraph.Node::id).sorted().collect(Collectors.toList()));
      assertThat(driver.findElements(By.cssSelector("svg.sfn-graph g.edge.uncovered"))).as(machine.name())
          .hasSize(machine.uncoveredEdges().size());
    }
  }

  @Test
  void the_trace_view_of_a_sample_execution_highlights_its_path() throws IOException {
    // GIVEN the order workflow's declined card, from its Step Functions Local mock file
    StateMachine sm = StateMachine.fromFile(Path.of("order-processing/order.asl.json"));
    ExecutionResult declined = sm.execute(SampleFiles.text("order-processing/input.json"),
        ExecutionOptions.defaults().withIntegration(
            MockConfigFile.read(Path.of("order-processing/MockConfigFile.json")).testCase("Order", "CardDeclined")));
    Path trace = TraceView.write(sm, declined, BUILD.resolve("sfn-traces/CardDeclined.html"));
    // WHEN
    browser.open(trace);
    // THEN the states of the path are the visited ones, and a click shows a state's visit
    List<String> visited = driver.findElements(By.cssSelector("svg.sfn-graph g.state.visited")).stream()
        .map(g -> g.getDomAttribute("data-node-id")).sorted().collect(Collectors.toList());
    assertThat(visited).isEqualTo(declined.path().stream().distinct().sorted().collect(Collectors.toList()));
    driver.findElements(By.cssSelector("svg.sfn-graph g.state")).stream()
        .filter(g -> "ChargeCard".equals(g.getDomAttribute("data-node-id"))).findFirst().orElseThrow().click();
    assertThat(driver.findElement(By.id("details-title")).getText()).startsWith("ChargeCard");
    WebElement shown = driver.findElements(By.cssSelector("#details .visit-detail")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElseThrow();
    assertThat(shown.findElement(By.cssSelector("pre[data-field='input']")).getText()).contains("o-1001");
  }
}
