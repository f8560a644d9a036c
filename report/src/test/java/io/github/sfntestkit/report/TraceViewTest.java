package io.github.sfntestkit.report;

import static io.github.sfntestkit.report.Xml.cls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class TraceViewTest {
  @TempDir
  Path dir;

  private String write(ExecutionResult result) throws IOException {
    Path file = TraceView.write(Fulfillment.SM, result, dir.resolve("nested/trace.html"));
    assertThat(file).isEqualTo(dir.resolve("nested/trace.html"));
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static Xml rows(String html) {
    return Xml.element(html, "<table class=\"visits\" id=\"visits\">", "table");
  }

  private static List<String> cells(Xml rows, int column) {
    return rows.all("//tr" + cls("visit") + "/td[" + column + "]").stream().map(Element::getTextContent)
        .collect(Collectors.toList());
  }

  @Test
  void should_highlight_the_path_taken() throws IOException {
    // WHEN
    String html = write(Fulfillment.declined());
    // THEN
    Xml svg = Xml.element(html, "<svg ", "svg");
    assertThat(svg.attributes("//g" + cls("state") + cls("not-visited"), "data-node-id"))
        .containsExactly("ManualReview", "Prepare[0]/Backorder", "Done", "Rejected");
    assertThat(svg.attributes("//g" + cls("state") + cls("failed"), "data-node-id")).containsExactly("PaymentFailed");
    assertThat(svg.one("//g[@data-node-id='NotifyEach/Notify']").getAttribute("data-visits")).isEqualTo("2");
    assertThat(svg.attributes("//g" + cls("edge") + cls("taken"), "data-edge-id")).containsExactlyInAnyOrder(
        "Validate -> Route", "Route -> Prepare [Default]", "Prepare[1]/PrintLabel -> Prepare[1]/Pickup",
        "Prepare -> NotifyEach", "NotifyEach -> Charge", "Charge -> PaymentFailed [Catch[0]]");
    assertThat(svg.one("//g[@data-edge-id='Charge -> PaymentFailed [Catch[0]]']/*[@class='label']").getTextContent())
        .isEqualTo("Catch Payment.Declined \u00b7 1\u00d7");
    assertThat(html).contains("<span class=\"status FAILED\" id=\"status\">FAILED</span>")
        .contains("<div class=\"error-box\" id=\"execution-error\"><b>Order.PaymentFailed</b>");
  }

  @Test
  void should_list_every_visit_in_order_with_its_virtual_time_outcome_and_retries() throws IOException {
    // WHEN
    String html = write(Fulfillment.happy());
    // THEN
    Xml rows = rows(html);
    assertThat(rows.attributes("//tr" + cls("visit"), "data-node-id")).containsExactly("Validate", "Route",
        "Prepare", "Prepare[0]/Reserve", "Prepare[1]/PrintLabel", "Prepare[1]/Pickup", "NotifyEach",
        "NotifyEach/Notify", "NotifyEach/Notify", "Charge", "Done");
    assertThat(rows.attributes("//tr" + cls("visit"), "data-visit"))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    // Pickup waits an hour; Charge is retried once after 2 s
    assertThat(cells(rows, 2)).containsExactly("+0s", "+0s", "+0s", "+0s", "+0s", "+0s", "+1h 0m 0s", "+1h 0m 0s",
        "+1h 0m 0s", "+1h 0m 0s", "+1h 0m 2s");
    assertThat(cells(rows, 5)).containsExactly("\u2192 Route", "\u2192 Prepare (Default)", "\u2192 NotifyEach",
        "end", "\u2192 Pickup", "end", "\u2192 Charge", "end", "end", "\u2192 Done", "end");
    assertThat(cells(rows, 6)).containsExactly("", "", "", "", "", "", "", "", "", "1 (2s)", "");
    assertThat(rows.one("//tr[@data-visit='4']/td[3]").getTextContent()).isEqualTo("Prepare[0]/Reserve");
    assertThat(Xml.element(html, "<svg ", "svg").one("//g[@data-edge-id='Charge [Retry[0]]']").getAttribute("class"))
        .isEqualTo("edge kind-retry taken");
  }

  @Test
  void should_hold_each_visits_data_flow_for_the_details_panel() throws IOException {
    // WHEN
    String html = write(Fulfillment.declined());
    // THEN
    Xml details = Xml.element(html, "<aside class=\"panel\" id=\"details\">", "aside");
    List<Element> blocks = details.all("//div" + cls("visit-detail"));
    assertThat(blocks).hasSize(11).allSatisfy(b -> assertThat(b.getAttribute("hidden")).isEqualTo("hidden"));
    JsonNode input = new ObjectMapper().readTree(details.one("//div[@data-visit='1']//pre[@data-field='input']")
        .getTextContent());
    assertThat(input).isEqualTo(new ObjectMapper().readTree(Fulfillment.INPUT));
    assertThat(details.attributes("//div[@data-visit='1']//pre", "data-field"))
        .containsExactly("input", "afterInputPath", "afterParameters", "result", "afterResultSelector",
            "afterResultPath", "output");
    Element charge = details.one("//div[@data-node-id='Charge']");
    assertThat(charge.getTextContent()).contains("Caught errorPayment.Declined").contains("Causecard declined")
        .contains("Outcomecaught Payment.Declined \u2192 PaymentFailed (Catch[0])");
    assertThat(details.all("//div[@data-node-id='Charge']//pre[@data-field='output']")).hasSize(1);
  }

  @Test
  void should_list_retries_with_their_delays_and_retriers() throws IOException {
    // WHEN
    String html = write(Fulfillment.happy());
    // THEN
    Xml details = Xml.element(html, "<aside class=\"panel\" id=\"details\">", "aside");
    assertThat(details.all("//div[@data-node-id='Charge']//ol[@class='retries']/li").stream()
        .map(Element::getTextContent)).containsExactly("after 2s (Retrier 0)");
  }

  @Test
  void should_escape_payloads() throws IOException {
    // GIVEN an input with markup
    StateMachine sm = StateMachine.fromString("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\","
        + " \"End\": true}}}");
    ExecutionResult result = sm.execute("{\"html\": \"</pre><script>alert(1)</script>\"}", ExecutionOptions.defaults());
    // WHEN
    String html = Files.readString(TraceView.write(sm, result, dir.resolve("t.html")), StandardCharsets.UTF_8);
    // THEN
    assertThat(html).doesNotContain("<script>alert").contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(Xml.element(html, "<aside class=\"panel\" id=\"details\">", "aside")
        .one("//pre[@data-field='input']").getTextContent())
        .isEqualTo("{\n  \"html\" : \"</pre><script>alert(1)</script>\"\n}");
  }

  @Test
  void should_take_a_definition_tree_and_name_the_page_after_the_execution() throws IOException {
    // GIVEN
    StateMachine sm = StateMachine.fromString("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Fail\","
        + " \"Error\": \"E\", \"Cause\": \"c\"}}}");
    ExecutionResult result = sm.execute("{}", ExecutionOptions.defaults().withExecutionName("run-7"));
    // WHEN
    String html = Files.readString(TraceView.write(sm.definition(), result, dir.resolve("t.html")),
        StandardCharsets.UTF_8);
    // THEN
    assertThat(html).contains("<title>run-7 \u00b7 execution trace</title>")
        .contains("<td class=\"outcome\">failed: E</td>");
  }

  @Test
  void should_cut_very_long_executions() throws IOException {
    // GIVEN a Map over more items than the page lists
    StateMachine sm = StateMachine.fromString("{\"StartAt\": \"Each\", \"States\": {\"Each\": {\"Type\": \"Map\","
        + " \"ItemProcessor\": {\"StartAt\": \"Item\", \"States\": {\"Item\": {\"Type\": \"Pass\", \"End\": true}}},"
        + " \"End\": true}}}");
    ExecutionResult result = sm.execute("[" + "1,".repeat(TraceView.MAX_VISITS) + "1]", ExecutionOptions.defaults());
    // WHEN
    String html = Files.readString(TraceView.write(sm, result, dir.resolve("t.html")), StandardCharsets.UTF_8);
    // THEN
    assertThat(rows(html).all("//tr" + cls("visit"))).hasSize(TraceView.MAX_VISITS);
    assertThat(html).contains("<p class=\"note\" id=\"visits-cut\">2 later visits are not listed.</p>")
        .contains("data-node-id=\"Each/Item\" data-type=\"Pass\" data-visits=\"" + (TraceView.MAX_VISITS + 1) + "\"");
  }

  @Test
  void should_list_the_visits_of_distributed_map_children_after_their_map() throws IOException {
    // GIVEN a distributed Map over two items, then a last state
    StateMachine sm = StateMachine.fromString("{\"StartAt\": \"Each\", \"States\": {\"Each\": {\"Type\": \"Map\","
        + " \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"},"
        + " \"StartAt\": \"Item\", \"States\": {\"Item\": {\"Type\": \"Pass\", \"End\": true}}},"
        + " \"Next\": \"After\"}, \"After\": {\"Type\": \"Succeed\"}}}");
    ExecutionResult result = sm.execute("[1, 2]", ExecutionOptions.defaults());
    assertThat(result.childExecutions()).hasSize(2);
    // WHEN
    String html = Files.readString(TraceView.write(sm, result, dir.resolve("t.html")), StandardCharsets.UTF_8);
    // THEN
    Xml rows = rows(html);
    assertThat(rows.attributes("//tr" + cls("visit"), "data-node-id")).containsExactly("Each", "Each/Item",
        "Each/Item", "After");
    assertThat(rows.all("//tr" + cls("visit") + "/td[3]/span" + cls("child")).stream().map(Element::getTextContent))
        .containsExactly(result.childExecutions().get(0).name(), result.childExecutions().get(1).name());
    assertThat(Xml.element(html, "<svg ", "svg").one("//g[@data-node-id='Each/Item']").getAttribute("data-visits"))
        .isEqualTo("2");
  }

  @Test
  void should_format_virtual_durations() {
    assertThat(TraceView.duration(Duration.ZERO)).isEqualTo("0s");
    assertThat(TraceView.duration(Duration.ofMillis(2500))).isEqualTo("2.5s");
    assertThat(TraceView.duration(Duration.ofMillis(61_020))).isEqualTo("1m 1.02s");
    assertThat(TraceView.duration(Duration.ofHours(3).plusSeconds(4))).isEqualTo("3h 0m 4s");
    assertThat(TraceView.duration(Duration.ofDays(400).plusMinutes(5))).isEqualTo("400d 0h 5m 0s");
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    assertThat(TraceView.offset(start, start.plusSeconds(90))).isEqualTo("+1m 30s");
  }
}
