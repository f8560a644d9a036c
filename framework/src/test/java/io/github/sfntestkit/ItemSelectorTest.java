package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.visits;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemSelectorTest {

  private static String map(String selectorFields) {
    return """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", %s "End": true,
          "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}}}}"""
        .formatted(selectorFields);
  }

  @Test
  void should_give_each_iteration_its_item_when_absent() {
    // GIVEN
    String definition = map("");
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": [{\"a\": 1}, 2]}");
    // THEN
    assertThat(visits(result, "I")).extracting(StateVisit::input).containsExactly(json("{\"a\": 1}"), json("2"));
  }

  @Test
  void should_expose_the_item_index_and_value_in_the_context_object() {
    // GIVEN
    String definition = map("""
        "ItemSelector": {"index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value"},""");
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": [\"a\", \"b\"]}");
    // THEN
    assertThat(result.output()).isEqualTo(json("[{\"index\": 0, \"value\": \"a\"}, {\"index\": 1, \"value\": \"b\"}]"));
  }

  @Test
  void should_read_the_map_state_input_with_single_dollar_paths() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "InputPath": "$.data", "ItemsPath": "$.values",
          "ItemSelector": {"bucketName.$": "$.bucket", "value.$": "$$.Map.Item.Value"}, "End": true,
          "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"data\": {\"bucket\": \"bk\", \"values\": [\"1\", \"2\"]}}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        [{"bucketName": "bk", "value": "1"}, {"bucketName": "bk", "value": "2"}]"""));
  }

  @Test
  void should_evaluate_intrinsics_and_static_values() {
    // GIVEN
    String definition = map("""
        "ItemSelector": {"label.$": "States.Format('item-{}', $$.Map.Item.Index)", "kind": "fixed"},""");
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": [10, 20]}");
    // THEN
    assertThat(result.output())
        .isEqualTo(json("[{\"label\": \"item-0\", \"kind\": \"fixed\"}, {\"label\": \"item-1\", \"kind\": \"fixed\"}]"));
  }

  @Test
  void should_accept_the_legacy_parameters_and_iterator_fields() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items",
          "Parameters": {"i.$": "$$.Map.Item.Index", "v.$": "$$.Map.Item.Value", "s.$": "$.shared"},
          "Iterator": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": [true], \"shared\": \"s\"}");
    // THEN
    assertThat(result.output()).isEqualTo(json("[{\"i\": 0, \"v\": true, \"s\": \"s\"}]"));
  }

  @Test
  void should_fail_the_map_when_a_selector_path_finds_nothing() {
    // GIVEN
    String definition = map("\"ItemSelector\": {\"x.$\": \"$.nothing\"},");
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": [1]}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).contains("'$.nothing'");
  }
}
