package io.github.sfntestkit.coverage;

import static io.github.sfntestkit.coverage.Workflows.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntestkit.StateMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void should_summarize_totals_counters_and_uncovered_items_per_machine() throws Exception {
    // GIVEN
    Path orderFile = dir.resolve("order.asl.json");
    Files.writeString(orderFile, Workflows.ORDER);
    StateMachine order = StateMachine.fromFile(orderFile);
    CoverageData data = CoverageData.empty();
    data.record(order, Workflows.charged(order));
    data.record(order, run(order, "{\"kind\": \"fan\", \"items\": [1]}"));
    Path file = dir.resolve("out/sfn-coverage.json");
    // WHEN
    JsonReport.write(data, file);
    // THEN
    JsonNode report = MAPPER.readTree(Files.readString(file));
    assertThat(report.get("format").asText()).isEqualTo("sfn-testkit-coverage-report");
    assertThat(report.get("version").asInt()).isEqualTo(1);
    assertThat(report.get("total")).isEqualTo(MAPPER.readTree("""
        {"stateMachines": 1, "executions": 2,
         "states": {"covered": 7, "total": 9, "ratio": 0.7777, "percent": "77.8%"},
         "transitions": {"covered": 4, "total": 10, "ratio": 0.4, "percent": "40.0%"},
         "choiceBranches": {"covered": 2, "total": 3, "ratio": 0.6666, "percent": "66.7%"},
         "catches": {"covered": 0, "total": 2, "ratio": 0, "percent": "0.0%"},
         "retries": {"covered": 0, "total": 2, "ratio": 0, "percent": "0.0%"}}"""));
    JsonNode m = report.get("stateMachines").get(0);
    assertThat(m.get("name").asText()).isEqualTo("order");
    assertThat(m.get("key").asText()).isEqualTo(data.machine("order").key());
    assertThat(m.get("source").asText()).isEqualTo(orderFile.toString());
    assertThat(m.get("executions").asLong()).isEqualTo(2);
    assertThat(m.get("states")).isEqualTo(report.get("total").get("states"));
    assertThat(m.get("uncoveredStates")).isEqualTo(MAPPER.readTree("""
        [{"id": "Refund", "name": "Refund", "type": "Pass", "line": 12},
         {"id": "Reject", "name": "Reject", "type": "Fail", "line": 17}]"""));
    assertThat(m.get("uncoveredTransitions")).hasSize(6);
    assertThat(m.get("uncoveredTransitions").get(0)).isEqualTo(MAPPER.readTree("""
        {"id": "Route -> Reject [Default]", "from": "Route", "to": "Reject", "kind": "DEFAULT", "index": -1,
         "label": "Default"}"""));
    assertThat(m.get("uncoveredTransitions").get(3)).isEqualTo(MAPPER.readTree("""
        {"id": "Charge -> Refund [Catch[0]]", "from": "Charge", "to": "Refund", "kind": "CATCH", "index": 0,
         "label": "Catch Declined"}"""));
  }

  @Test
  void should_report_a_machine_without_source_and_empty_data() throws Exception {
    // GIVEN
    StateMachine sm = StateMachine.fromJson("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
    CoverageData data = CoverageData.empty();
    data.record(sm, run(sm, "{}"));
    // WHEN
    JsonNode report = MAPPER.readTree(JsonReport.toJson(data));
    JsonNode empty = MAPPER.readTree(JsonReport.toJson(CoverageData.empty()));
    // THEN
    assertThat(report.get("stateMachines").get(0).get("source").isNull()).isTrue();
    assertThat(report.get("stateMachines").get(0).get("uncoveredStates")).isEmpty();
    assertThat(report.get("total").get("states").get("ratio").asDouble()).isEqualTo(1.0);
    assertThat(empty.get("total").get("stateMachines").asInt()).isZero();
    assertThat(empty.get("stateMachines")).isEmpty();
  }
}
