package io.github.sfntestkit.report;

import static io.github.sfntestkit.report.Xml.cls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.coverage.CoverageData;
import io.github.sfntestkit.coverage.StateMachineCoverage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class HtmlReportTest {
  @TempDir
  Path dir;

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private Path writeFulfillment() {
    return HtmlReport.write(Fulfillment.coverage(Fulfillment.happy(), Fulfillment.declined()), dir);
  }

  @Test
  void should_list_each_state_machine_with_its_counters_in_the_overview() throws IOException {
    // WHEN
    Path index = writeFulfillment();
    // THEN
    assertThat(index).isEqualTo(dir.resolve("index.html"));
    Xml table = Xml.element(read(index), "<table class=\"overview\" id=\"overview\">", "table");
    Element row = table.one("//tr" + cls("machine"));
    assertThat(row.getAttribute("data-machine")).isEqualTo("fulfillment");
    assertThat(table.one("//tr" + cls("machine") + "/td[1]/a").getAttribute("href")).isEqualTo("fulfillment.html");
    assertThat(table.one("//tr" + cls("machine") + "/td" + cls("executions")).getTextContent()).isEqualTo("2");
    // happy + declined: never ManualReview, Backorder, Rejected; never Route's two rules, ManualReview's Next,
    // Reserve's Catch and Validate's Retry
    assertThat(counters(table, "//tr" + cls("machine"))).containsExactly("11/14", "8/13", "1/3", "1/2", "1/2");
    assertThat(counters(table, "//tr" + cls("total"))).containsExactly("11/14", "8/13", "1/3", "1/2", "1/2");
    assertThat(table.one("//tr" + cls("machine") + "/td" + cls("states") + "/span[@class='pct']").getTextContent())
        .isEqualTo("78.6%");
    assertThat(table.one("//tr" + cls("machine") + "/td" + cls("choice-branches")).getAttribute("class"))
        .isEqualTo("metric choice-branches low");
  }

  private static List<String> counters(Xml table, String row) {
    return table.all(row + "/td" + cls("metric")).stream()
        .map(td -> td.getAttribute("data-covered") + "/" + td.getAttribute("data-total")).collect(Collectors.toList());
  }

  @Test
  void should_draw_uncovered_states_and_transitions_apart_on_the_machine_page() throws IOException {
    // WHEN
    writeFulfillment();
    // THEN
    String page = read(dir.resolve("fulfillment.html"));
    Xml svg = Xml.element(page, "<svg ", "svg");
    assertThat(svg.all("//g" + cls("state"))).hasSize(14);
    assertThat(svg.attributes("//g" + cls("state") + cls("uncovered"), "data-node-id"))
        .containsExactly("ManualReview", "Prepare[0]/Backorder", "Rejected");
    assertThat(svg.attributes("//g" + cls("edge") + cls("uncovered"), "data-edge-id")).containsExactlyInAnyOrder(
        "Validate [Retry[0]]", "Route -> Rejected [Choices[0]]", "Route -> ManualReview [Choices[1]]",
        "ManualReview -> Prepare", "Prepare[0]/Reserve -> Prepare[0]/Backorder [Catch[0]]");
    Element notify = svg.one("//g[@data-node-id='NotifyEach/Notify']");
    assertThat(notify.getAttribute("class")).isEqualTo("state type-task covered");
    assertThat(notify.getAttribute("data-hits")).isEqualTo("4");
    assertThat(svg.one("//g[@data-node-id='NotifyEach/Notify']/*[@class='caption']").getTextContent())
        .isEqualTo("Task \u00b7 4\u00d7");
    assertThat(svg.one("//g[@data-node-id='Rejected']/*[@class='caption']").getTextContent())
        .isEqualTo("Fail \u00b7 never entered");
    Element retry = svg.one("//g[@data-edge-id='Charge [Retry[0]]']");
    assertThat(retry.getAttribute("data-hits")).isEqualTo("1");
    assertThat(svg.one("//g[@data-edge-id='Charge [Retry[0]]']/*[@class='label']").getTextContent())
        .isEqualTo("Retry Payment.Throttled (max 2) \u00b7 1\u00d7");
    assertThat(svg.one("//g[@data-edge-id='Route -> Rejected [Choices[0]]']/*[@class='label']").getTextContent())
        .isEqualTo("$.validation.valid BooleanEquals false");
  }

  @Test
  void should_list_what_was_never_covered_below_the_graph() throws IOException {
    // WHEN
    writeFulfillment();
    // THEN
    String page = read(dir.resolve("fulfillment.html"));
    Xml states = Xml.element(page, "<ul class=\"uncovered-list\" id=\"uncovered-states\">", "ul");
    assertThat(states.attributes("//li", "data-node-id"))
        .containsExactly("ManualReview", "Prepare[0]/Backorder", "Rejected");
    Xml edges = Xml.element(page, "<ul class=\"uncovered-list\" id=\"uncovered-edges\">", "ul");
    assertThat(edges.all("//li").stream().map(Element::getTextContent)).containsExactly(
        "Validate Retry[0] Retry Lambda.TooManyRequestsException (max 3)",
        "Route \u2192 Rejected Choices[0] $.validation.valid BooleanEquals false",
        "Route \u2192 ManualReview Choices[1] $.amount NumericGreaterThan 1000",
        "ManualReview \u2192 Prepare Next",
        "Prepare[0]/Reserve \u2192 Prepare[0]/Backorder Catch[0] Catch Stock.Empty");
    assertThat(edges.attributes("//li/a", "data-focus")).containsExactly("Validate", "Route", "Route", "ManualReview",
        "Prepare[0]/Reserve");
  }

  @Test
  void should_say_when_everything_was_covered() throws IOException {
    // GIVEN
    StateMachine sm = StateMachine.fromString("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\","
        + " \"Next\": \"B\"}, \"B\": {\"Type\": \"Succeed\"}}}");
    CoverageData data = CoverageData.empty();
    data.record(sm, sm.execute("{}", ExecutionOptions.defaults()));
    // WHEN
    HtmlReport.write(data, dir);
    // THEN
    String page = read(dir.resolve("state-machine.html"));
    assertThat(page).contains("<p class=\"all-covered\">Every state was entered and every transition taken.</p>");
    assertThat(Xml.element(page, "<svg ", "svg").all("//g" + cls("uncovered"))).isEmpty();
  }

  @Test
  void should_escape_state_names_everywhere() throws IOException {
    // GIVEN a state name with markup in it
    String name = "Check <b>\"total\"</b> & 'tax'";
    StateMachine sm = StateMachine.fromString("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Choice\","
        + " \"Choices\": [{\"Variable\": \"$.x\", \"StringEquals\": \"<script>\", \"Next\": \"" + name.replace("\"",
        "\\\"") + "\"}], \"Default\": \"" + name.replace("\"", "\\\"") + "\"}, \"" + name.replace("\"", "\\\"")
        + "\": {\"Type\": \"Succeed\"}}}");
    CoverageData data = CoverageData.empty();
    data.record(sm, sm.execute("{\"x\": \"y\"}", ExecutionOptions.defaults()));
    // WHEN
    HtmlReport.write(data, dir);
    // THEN the fragments parse, and hold the name as text
    String page = read(dir.resolve("state-machine.html"));
    Xml svg = Xml.element(page, "<svg ", "svg");
    assertThat(svg.attributes("//g" + cls("state"), "data-node-id")).containsExactly("A", name);
    assertThat(svg.attributes("//g" + cls("edge") + "[@data-edge-id]", "data-edge-id"))
        .containsExactly("A -> " + name + " [Choices[0]]", "A -> " + name + " [Default]");
    assertThat(svg.all("//g" + cls("state") + "/*[@class='name']").stream().map(Element::getTextContent))
        .containsExactly("A", name);
    assertThat(page).doesNotContain("<b>\"total\"</b>").doesNotContain("<script>\"");
    assertThat(Xml.element(page, "<ul class=\"uncovered-list\" id=\"uncovered-edges\">", "ul").all("//li"))
        .singleElement().satisfies(li -> assertThat(li.getTextContent()).contains("$.x StringEquals \"<script>\""));
  }

  @Test
  void should_name_pages_after_machines_with_the_key_when_names_clash() {
    // GIVEN two definitions named alike
    CoverageData data = CoverageData.empty();
    StateMachine a = StateMachine.fromString("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    StateMachine b = StateMachine.fromString("{\"StartAt\": \"B\", \"States\": {\"B\": {\"Type\": \"Succeed\"}}}");
    data.record(a, a.execute("{}", ExecutionOptions.defaults()));
    data.record(b, b.execute("{}", ExecutionOptions.defaults()));
    // WHEN
    Map<StateMachineCoverage, String> pages = HtmlReport.pageNames(data);
    // THEN
    assertThat(pages.values()).containsExactlyInAnyOrder("state-machine-" + data.machines().iterator().next().key()
        + ".html", "state-machine-" + List.copyOf(data.machines()).get(1).key() + ".html");
  }

  @Test
  void should_make_page_names_safe_and_keep_index_for_the_overview() {
    assertThat(HtmlReport.fileBase("orders")).isEqualTo("orders");
    assertThat(HtmlReport.fileBase("my orders/v2: ok")).isEqualTo("my-orders-v2-ok");
    assertThat(HtmlReport.fileBase("Index")).isEqualTo("index-Index");
    assertThat(HtmlReport.fileBase("../..")).isEqualTo("state-machine");
    assertThat(HtmlReport.fileBase("x".repeat(100))).hasSize(80);
  }

  @Test
  void should_write_an_overview_that_says_when_nothing_was_recorded() throws IOException {
    // WHEN
    Path index = HtmlReport.write(CoverageData.empty(), dir);
    // THEN
    String html = read(index);
    assertThat(html).contains("id=\"no-data\"");
    assertThat(Xml.element(html, "<table class=\"overview\" id=\"overview\">", "table").all("//tr" + cls("machine")))
        .isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(index);
    }
  }

  @Test
  void should_be_self_contained_and_deterministic() throws IOException {
    // WHEN written twice
    writeFulfillment();
    String first = read(dir.resolve("fulfillment.html")) + read(dir.resolve("index.html"));
    writeFulfillment();
    String second = read(dir.resolve("fulfillment.html")) + read(dir.resolve("index.html"));
    // THEN
    assertThat(second).isEqualTo(first);
    assertThat(first.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:")
        .doesNotContain("https:").doesNotContain("<link").doesNotContain(" src=").doesNotContain("url(http")
        .doesNotContain("@import");
  }

  @Test
  void should_fail_clearly_when_the_directory_cannot_be_written() throws IOException {
    // GIVEN a file where the directory should be
    Path file = Files.writeString(dir.resolve("taken"), "x");
    // WHEN / THEN
    assertThatThrownBy(() -> HtmlReport.write(CoverageData.empty(), file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("Cannot write the HTML coverage report into " + file + ": ");
  }
}
