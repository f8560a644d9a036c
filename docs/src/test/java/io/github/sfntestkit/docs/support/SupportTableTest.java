package io.github.sfntestkit.docs.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of AslSupportMatrixTest that must themselves be right: reading tables, deciding "uses". */
class SupportTableTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void should_read_a_marked_table_with_features_status_and_links() {
    // GIVEN
    List<String> page = List.of(
        "<!-- support-table: fields:Pass -->",
        "| field | JSONPath | status | example / notes |",
        "|---|---|---|---|",
        "| `Result`, `ResultPath` | yes | supported | [pass](src/test/resources/support/pass.json) a \\| b |",
        "",
        "| not | in the table |");
    // WHEN
    List<SupportTable> tables = SupportTable.read(page);
    // THEN
    assertThat(tables).singleElement().satisfies(t -> {
      assertThat(t.key()).isEqualTo("fields:Pass");
      assertThat(t.rows()).singleElement().satisfies(row -> {
        assertThat(row.features()).containsExactly("Result", "ResultPath");
        assertThat(row.cell(t.header(), "status")).isEqualTo("supported");
        assertThat(row.links(t.header(), "example / notes")).containsExactly("src/test/resources/support/pass.json");
        assertThat(row.cell(t.header(), "example / notes")).endsWith("a | b");
        assertThat(row.line()).isEqualTo(4);
      });
    });
  }

  @Test
  void should_say_an_example_uses_a_field_only_on_a_state_of_that_type() throws Exception {
    // GIVEN
    JsonNode example = JSON.readTree("""
        {"definition": {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "T", "States": {
            "T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "TimeoutSeconds": 5,
                  "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 2}],
                  "Parameters": {"t.$": "$$.Task.Token", "x.$": "States.UUID()"}, "End": true}}}]}}}}""");
    // THEN
    assertThat(AslSupportMatrixTest.Uses.of("fields:Task", "TimeoutSeconds", example)).isTrue();
    assertThat(AslSupportMatrixTest.Uses.of("fields:Parallel", "TimeoutSeconds", example)).isFalse();
    assertThat(AslSupportMatrixTest.Uses.of("fields:Task", "Credentials", example)).isFalse();
    assertThat(AslSupportMatrixTest.Uses.of("retrier", "BackoffRate", example)).isTrue();
    assertThat(AslSupportMatrixTest.Uses.of("retrier", "MaxDelaySeconds", example)).isFalse();
    assertThat(AslSupportMatrixTest.Uses.of("catcher", "ErrorEquals", example)).isFalse();
    assertThat(AslSupportMatrixTest.Uses.of("context-object", "$$.Task.Token", example)).isTrue();
    assertThat(AslSupportMatrixTest.Uses.of("intrinsics", "States.UUID", example)).isTrue();
    assertThat(AslSupportMatrixTest.Uses.of("intrinsics", "States.Hash", example)).isFalse();
    assertThat(AslSupportMatrixTest.Uses.of("integrations", ".waitForTaskToken", example)).isTrue();
    assertThat(AslSupportMatrixTest.Uses.of("integrations", ".sync", example)).isFalse();
    assertThat(AslSupportMatrixTest.Uses.of("state-types", "Task", example)).isTrue();
    assertThat(AslSupportMatrixTest.Uses.of("state-types", "Map", example)).isFalse();
  }

  @Test
  void should_know_what_the_engine_knows() {
    assertThat(EngineCatalog.stateTypes()).contains("Pass", "Map");
    assertThat(EngineCatalog.intrinsics()).hasSize(18).contains("States.ArrayPartition");
    assertThat(EngineCatalog.fields("Task", true)).contains("Arguments").doesNotContain("Parameters");
    assertThat(EngineProbes.contextObject()).contains("$$.Task.Token", "$$.Map.Item.Index", "$$.Execution.Input");
    assertThat(EngineProbes.jsonataStates()).contains("$states.errorOutput");
  }
}
