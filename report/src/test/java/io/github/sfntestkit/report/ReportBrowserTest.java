package io.github.sfntestkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.coverage.CoverageData;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.TaskResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Opens generated reports in headless Chromium and checks what a reader sees: the graph drawn, the
 * uncovered states marked and visibly styled, the overview's numbers, the trace view's path and its
 * details on click. Skipped without Chromium unless {@code -Dsfntestkit.browserTests=required}.
 *
 * <p>Screenshots go to the build directory; with {@code -Dsfntestkit.screenshots=DIR} they are also
 * copied there ({@code ../docs/images} refreshes the documentation's).
 */
class ReportBrowserTest {
  private static final String RED = "rgb(220, 38, 38)";
  private static final String BLUE = "rgb(29, 111, 216)";

  @TempDir
  static Path dir;

  private static Browser browser;
  private static WebDriver driver;

  @BeforeAll
  static void start() throws IOException {
    Browser.assumeAvailable();
    HtmlReport.write(Fulfillment.coverage(Fulfillment.happy(), Fulfillment.declined()), dir.resolve("report"));
    TraceView.write(Fulfillment.SM, Fulfillment.declined(), dir.resolve("trace.html"));
    browser = Browser.start(Files.createDirectories(dir.resolve("chromium-profile")), 1400, 960);
    driver = browser.driver();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** A computed style; opaque colours as {@code rgb(r, g, b)} whichever form the browser gives. */
  private static String style(WebElement element, String property) {
    return element.getCssValue(property).replaceAll("^rgba\\((\\d+, \\d+, \\d+), 1\\)$", "rgb($1)");
  }

  private static WebElement state(String nodeId) {
    for (WebElement g : driver.findElements(By.cssSelector("svg.sfn-graph g.state"))) {
      if (nodeId.equals(g.getDomAttribute("data-node-id"))) {
        return g;
      }
    }
    throw new AssertionError("no state " + nodeId);
  }

  /** A screenshot of the top of the page in a taller window, the graph fitted to it. */
  private static void screenshot(String name, int height) throws IOException {
    driver.manage().window().setSize(new Dimension(1400, height));
    js("window.scrollTo(0, 0); window.sfnGraph.fit();");
    Path shot = browser.screenshot(Path.of(System.getProperty("sfntestkit.buildDir", "target"), "screenshots", name));
    driver.manage().window().setSize(new Dimension(1400, 960));
    String copyTo = System.getProperty("sfntestkit.screenshots");
    if (copyTo != null && !copyTo.isBlank()) {
      Files.createDirectories(Path.of(copyTo));
      Files.write(Path.of(copyTo, name), Files.readAllBytes(shot));
    }
  }

  @Test
  void overview_shows_each_machines_counters_and_links_to_its_page() {
    // WHEN
    browser.open(dir.resolve("report/index.html"));
    // THEN
    WebElement row = driver.findElement(By.cssSelector("#overview tr.machine[data-machine='fulfillment']"));
    assertThat(row.findElement(By.cssSelector("td.executions")).getText()).isEqualTo("2");
    List<String> cells = row.findElements(By.cssSelector("td.metric")).stream().map(WebElement::getText)
        .collect(Collectors.toList());
    assertThat(cells).containsExactly("78.6% 11/14", "61.5% 8/13", "33.3% 1/3", "50.0% 1/2", "50.0% 1/2");
    assertThat(style(row.findElement(By.cssSelector("td.choice-branches .bar > span")), "background-color"))
        .isEqualTo(RED);
    // WHEN
    row.findElement(By.cssSelector("td.name a")).click();
    // THEN
    assertThat(driver.getTitle()).isEqualTo("fulfillment \u00b7 coverage");
  }

  @Test
  void machine_page_draws_the_graph_with_uncovered_states_marked() throws IOException {
    // WHEN
    browser.open(dir.resolve("report/fulfillment.html"));
    // THEN the graph is drawn, one group per state
    WebElement svg = driver.findElement(By.cssSelector("#viewport svg.sfn-graph"));
    assertThat(svg.isDisplayed()).isTrue();
    assertThat(svg.getSize().getWidth()).isGreaterThan(300);
    assertThat(driver.findElements(By.cssSelector("svg.sfn-graph g.state"))).hasSize(14);
    // uncovered states and transitions: red and dashed; covered ones not
    List<String> uncovered = driver.findElements(By.cssSelector("svg.sfn-graph g.state.uncovered")).stream()
        .map(g -> g.getDomAttribute("data-node-id")).collect(Collectors.toList());
    assertThat(uncovered).containsExactly("ManualReview", "Prepare[0]/Backorder", "Rejected");
    WebElement rejected = state("Rejected").findElement(By.cssSelector(".shape"));
    assertThat(style(rejected, "stroke")).isEqualTo(RED);
    assertThat(style(rejected, "stroke-dasharray")).isEqualTo("6px, 4px");
    WebElement charge = state("Charge").findElement(By.cssSelector(".shape"));
    assertThat(style(charge, "stroke")).isNotEqualTo(RED);
    assertThat(style(charge, "stroke-dasharray")).isEqualTo("none");
    WebElement neverTaken = driver.findElement(By.cssSelector("g.edge.uncovered.kind-catch path.line"));
    assertThat(style(neverTaken, "stroke")).isEqualTo(RED);
    assertThat(style(neverTaken, "stroke-dasharray")).isEqualTo("6px, 4px");
    assertThat(driver.findElement(By.id("uncovered-states")).getText())
        .isEqualTo("ManualReview Wait\nPrepare[0]/Backorder Pass\nRejected Fail");
    screenshot("coverage-report.png", 1500);
  }

  @Test
  void machine_page_zooms_and_finds_states() {
    // GIVEN
    browser.open(dir.resolve("report/fulfillment.html"));
    WebElement svg = driver.findElement(By.cssSelector("#viewport svg.sfn-graph"));
    double before = Double.parseDouble(svg.getDomAttribute("width"));
    // WHEN
    driver.findElement(By.id("zoom-in")).click();
    // THEN
    assertThat(Double.parseDouble(svg.getDomAttribute("width"))).isCloseTo(before * 1.25, org.assertj.core.data.Offset
        .offset(1.0));
    // WHEN a never-entered state is picked in the list
    driver.findElement(By.cssSelector("#uncovered-states a[data-focus='Prepare[0]/Backorder']")).click();
    // THEN it is scrolled into view and flashes
    WebElement backorder = state("Prepare[0]/Backorder");
    assertThat(backorder.getDomAttribute("class")).contains("flash");
    Boolean visible = (Boolean) js("var v = document.getElementById('viewport').getBoundingClientRect();"
        + " var r = arguments[0].getBoundingClientRect();"
        + " return r.left >= v.left && r.right <= v.right && r.top >= v.top && r.bottom <= v.bottom;", backorder);
    assertThat(visible).isTrue();
  }

  @Test
  void trace_view_highlights_the_path_and_shows_a_states_data_on_click() throws IOException {
    // WHEN
    browser.open(dir.resolve("trace.html"));
    // THEN the path taken is blue, the rest faded
    assertThat(driver.findElements(By.cssSelector("svg.sfn-graph g.state.visited"))).hasSize(10);
    assertThat(style(state("Charge").findElement(By.cssSelector(".shape")), "stroke")).isEqualTo(BLUE);
    assertThat(style(state("Done"), "opacity")).isEqualTo("0.45");
    WebElement caught = driver.findElement(By.cssSelector("g.edge.taken.kind-catch path.line"));
    assertThat(style(caught, "stroke")).isEqualTo(BLUE);
    // a failed execution opens on the visit that failed
    assertThat(driver.findElement(By.id("details-title")).getText()).isEqualTo("Visit #11 \u00b7 PaymentFailed");
    // WHEN a state is clicked
    state("Charge").click();
    // THEN its visit is shown with its input and output
    assertThat(driver.findElement(By.id("details-title")).getText()).isEqualTo("Charge \u00b7 1 visit");
    List<WebElement> shown = driver.findElements(By.cssSelector("#details .visit-detail")).stream()
        .filter(WebElement::isDisplayed).collect(Collectors.toList());
    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).getDomAttribute("data-node-id")).isEqualTo("Charge");
    assertThat(shown.get(0).findElement(By.cssSelector("pre[data-field='input']")).getText())
        .contains("\"orderId\" : \"o-1\"");
    assertThat(shown.get(0).getText()).contains("Caught error\nPayment.Declined");
    assertThat(driver.findElement(By.cssSelector("#visits tr.visit.selected")).getDomAttribute("data-node-id"))
        .isEqualTo("Charge");
    assertThat(style(state("Charge").findElement(By.cssSelector(".shape")), "stroke-width")).isEqualTo("3.5px");
    screenshot("trace-view.png", 1250);
    // WHEN a row of the table is clicked
    driver.findElement(By.cssSelector("#visits tr.visit[data-visit='8']")).click();
    // THEN that visit is shown
    assertThat(driver.findElement(By.id("details-title")).getText()).isEqualTo("Visit #8 \u00b7 NotifyEach/Notify");
    assertThat(driver.findElements(By.cssSelector("#details .visit-detail")).stream().filter(WebElement::isDisplayed)
        .map(e -> e.getDomAttribute("data-visit"))).containsExactly("8");
  }

  @Test
  void large_machine_page_opens_fitted_and_finds_a_state() throws IOException {
    // GIVEN 300 states, some entered
    StateMachine sm = StateMachine.of(GeneratedDefinition.withAtLeast(300));
    CoverageData data = CoverageData.empty();
    Mocks mocks = Mocks.create().fallbackTo(call -> TaskResponse.success(JsonNodeFactory.instance.objectNode()));
    data.record(sm, sm.execute("{\"n\": 1, \"kind\": \"k1\", \"items\": [1]}",
        ExecutionOptions.defaults().withIntegration(mocks)));
    HtmlReport.write(data, dir.resolve("large"));
    // WHEN
    browser.open(dir.resolve("large/state-machine.html"));
    // THEN
    assertThat(driver.findElements(By.cssSelector("svg.sfn-graph g.state")).size()).isGreaterThanOrEqualTo(300);
    assertThat(Double.parseDouble(driver.findElement(By.cssSelector("svg.sfn-graph")).getDomAttribute("data-scale")))
        .isLessThan(1.0);
    // WHEN
    WebElement search = driver.findElement(By.id("graph-search"));
    search.sendKeys("Stage57\n");
    // THEN
    assertThat(state("Stage57").getDomAttribute("class")).contains("flash");
  }
}
