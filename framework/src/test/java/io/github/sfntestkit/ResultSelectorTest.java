package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.returning;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.visit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultSelectorTest {

  private static String task(String fields) {
    return """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
         %s, "End": true}}}""".formatted(fields);
  }

  @Test
  void should_select_fields_from_the_raw_result() {
    // GIVEN
    String definition = task("\"ResultSelector\": {\"body.$\": \"$.Payload.body\", \"source\": \"lambda\"}");
    // WHEN
    ExecutionResult result = run(definition, "{\"in\": 1}",
        returning("{\"Payload\": {\"body\": \"b\"}, \"StatusCode\": 200}"));
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"body\": \"b\", \"source\": \"lambda\"}"));
  }

  @Test
  void should_hand_its_output_to_the_result_path() {
    // GIVEN
    String definition = task("\"ResultSelector\": {\"code.$\": \"$.StatusCode\"}, \"ResultPath\": \"$.r\"");
    // WHEN
    ExecutionResult result = run(definition, "{\"in\": 1}", returning("{\"Payload\": {}, \"StatusCode\": 200}"));
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"in\": 1, \"r\": {\"code\": 200}}"));
    StateVisit t = visit(result, "T");
    assertThat(t.result()).isEqualTo(json("{\"Payload\": {}, \"StatusCode\": 200}"));
    assertThat(t.afterResultSelector()).isEqualTo(json("{\"code\": 200}"));
  }

  @Test
  void should_read_the_context_object_and_intrinsics() {
    // GIVEN
    String definition = task("""
        "ResultSelector": {"state.$": "$$.State.Name", "size.$": "States.ArrayLength($.items)"}""");
    // WHEN
    ExecutionResult result = run(definition, "{}", returning("{\"items\": [1, 2, 3]}"));
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"state\": \"T\", \"size\": 3}"));
  }

  @Test
  void should_fail_with_a_runtime_error_when_a_path_finds_nothing_in_the_result() {
    // GIVEN
    String definition = task("\"ResultSelector\": {\"x.$\": \"$.missing\"}");
    // WHEN
    ExecutionResult result = run(definition, "{}", returning("{\"present\": 1}"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).contains("'$.missing'").contains("'x.$'");
  }

  @Test
  void should_select_from_the_array_of_a_parallel_state() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
          "ResultSelector": {"a.$": "$[0].v", "b.$": "$[1].v"},
          "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": {"v": 1}, "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": {"v": 2}, "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"a\": 1, \"b\": 2}"));
  }

  @Test
  void should_select_from_the_array_of_a_map_state() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
          "ResultSelector": {"all.$": "$[*].v"},
          "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass",
            "Parameters": {"v.$": "$"}, "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[\"x\", \"y\"]");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"all\": [\"x\", \"y\"]}"));
  }
}
