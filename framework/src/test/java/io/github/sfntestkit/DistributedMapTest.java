package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.at;
import static io.github.sfntestkit.TestRuns.events;
import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.TestRuns.Recorder;
import io.github.sfntestkit.mock.TaskCall;
import io.github.sfntestkit.mock.TaskResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Map in DISTRIBUTED mode: child executions, ItemReader (answered by the integration under the Map
 * state's name), ItemBatcher, ResultWriter, tolerated failures and Label. Expected values follow the
 * AWS-recorded executions of the conformance corpus (category "distributed-map").
 */
class DistributedMapTest {

  private static final String GET_OBJECT = "arn:aws:states:::s3:getObject";
  private static final String PASS_ITEM = """
      {"PassItem": {"Type": "Pass", "End": true}}""";
  private static final String PARENT_EVENTS_PREFIX = "ExecutionStarted,MapStateEntered,MapStateStarted,MapRunStarted";

  private static String distributed(String fields, String processorStates) {
    String start = json(processorStates).fieldNames().next();
    return """
        {"StartAt": "MapState", "States": {"MapState": {"Type": "Map", %s "End": true,
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                            "StartAt": "%s", "States": %s}}}}"""
        .formatted(fields, start, processorStates);
  }

  private static String reader(String readerConfig) {
    return """
        "ItemReader": {"ReaderConfig": %s, "Resource": "%s",
                       "Parameters": {"Bucket.$": "$.Bucket", "Key.$": "$.Key"}},"""
        .formatted(readerConfig, GET_OBJECT);
  }

  /** The S3 object's text, as getObject answers it. */
  private static Recorder object(String body) {
    ObjectNode response = JsonNodeFactory.instance.objectNode().put("Body", body);
    return new Recorder(call -> TaskResponse.success(response));
  }

  private static final String FILE = "{\"Bucket\": \"bucket-1\", \"Key\": \"file\"}";

  private static final String CHECK_ITEM = """
      {"Check": {"Type": "Choice", "Default": "Good",
                 "Choices": [{"Variable": "$.fail", "IsPresent": true, "Next": "Bad"}]},
       "Bad": {"Type": "Fail", "Error": "Item.Bad", "Cause": "bad item"},
       "Good": {"Type": "Pass", "End": true}}""";

  // ---------------------------------------------------------------- child executions

  @Test
  void should_run_one_child_execution_per_item_and_keep_only_the_map_in_the_parent() {
    // GIVEN
    String definition = """
        {"StartAt": "MapState", "States": {"MapState": {"Type": "Map", "MaxConcurrency": 1, "Next": "Finish",
          "ItemSelector": {"constantValue": "constant", "mapValue.$": "$$.Map.Item.Value", "fromInput.$": "$"},
          "ItemProcessor": {"StartAt": "IteratorInner", "States": {"IteratorInner": {"Type": "Pass", "End": true}},
                            "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}}},
          "Finish": {"Type": "Succeed"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[\"Hello\", \"World\"]");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        [{"constantValue": "constant", "mapValue": "Hello", "fromInput": ["Hello", "World"]},
         {"constantValue": "constant", "mapValue": "World", "fromInput": ["Hello", "World"]}]"""));
    assertThat(result.path()).containsExactly("MapState", "Finish");
    assertThat(types(result)).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
        "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited", "SucceedStateEntered",
        "SucceedStateExited", "ExecutionSucceeded");
    List<ExecutionResult> children = result.childExecutions();
    assertThat(children).hasSize(2);
    for (ExecutionResult child : children) {
      assertThat(child.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(child.path()).containsExactly("IteratorInner");
      assertThat(types(child))
          .containsExactly("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    }
    assertThat(children.get(0).visits().get(0).input()).isEqualTo(json(
        "{\"constantValue\": \"constant\", \"mapValue\": \"Hello\", \"fromInput\": [\"Hello\", \"World\"]}"));
    assertThat(children.get(1).output()).isEqualTo(json(
        "{\"constantValue\": \"constant\", \"mapValue\": \"World\", \"fromInput\": [\"Hello\", \"World\"]}"));
  }

  @Test
  void should_map_over_the_items_path_and_accept_the_legacy_iterator_and_parameters() {
    // GIVEN
    String definition = """
        {"StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Parameters": {"bucket": "test-bucket", "values": ["1", "2", "3"]},
                    "ResultPath": "$.content", "Next": "MapState"},
          "MapState": {"Type": "Map", "MaxConcurrency": 1, "ItemsPath": "$.content.values",
            "Parameters": {"bucketName.$": "$.content.bucket", "value.$": "$$.Map.Item.Value"},
            "Iterator": {"StartAt": "IteratorInner", "States": {"IteratorInner": {"Type": "Pass", "End": true}},
                         "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}},
            "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        [{"bucketName": "test-bucket", "value": "1"}, {"bucketName": "test-bucket", "value": "2"},
         {"bucketName": "test-bucket", "value": "3"}]"""));
    assertThat(result.path()).containsExactly("Start", "MapState");
    assertThat(result.childExecutions()).hasSize(3);
  }

  @Test
  void should_start_a_new_map_run_on_every_visit() {
    // GIVEN
    String definition = """
        {"StartAt": "StartState", "States": {
          "StartState": {"Type": "Pass", "Parameters": {"Iterations": 3, "Values.$": "States.ArrayRange(0, 3, 1)"},
                         "Next": "BeforeIteration"},
          "BeforeIteration": {"Type": "Pass", "Next": "IterationBody",
            "Parameters": {"Iterations.$": "States.MathAdd($.Iterations, -1)", "Values.$": "$.Values"}},
          "IterationBody": {"Type": "Map", "MaxConcurrency": 1, "ItemsPath": "$.Values", "ResultPath": "$.Values",
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
              "StartAt": "ProcessValue", "States": {"ProcessValue": {"Type": "Pass", "End": true}}},
            "Next": "CheckIteration"},
          "CheckIteration": {"Type": "Choice", "Default": "BeforeIteration",
            "Choices": [{"Variable": "$.Iterations", "NumericEquals": 0, "Next": "Terminate"}]},
          "Terminate": {"Type": "Succeed"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("{\"Values\": [0, 1, 2, 3], \"Iterations\": 0}"));
    assertThat(result.path()).containsExactly("StartState", "BeforeIteration", "IterationBody",
        "CheckIteration", "BeforeIteration", "IterationBody", "CheckIteration", "BeforeIteration",
        "IterationBody", "CheckIteration", "Terminate");
    assertThat(events(result, "MapRunStarted")).hasSize(3);
    assertThat(result.childExecutions()).hasSize(12);
  }

  @Test
  void should_run_a_distributed_map_inside_a_child_execution() {
    // GIVEN
    String definition = """
        {"StartAt": "SetupState", "States": {
          "SetupState": {"Type": "Pass", "Next": "MapState",
                         "Result": {"values": [{"sub-values": [{"num": 1, "str": "A"}, {"num": 2, "str": "B"}]}]}},
          "MapState": {"Type": "Map", "MaxConcurrency": 1, "ItemsPath": "$.values", "End": true,
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
              "StartAt": "SubMapState", "States": {
                "SubMapState": {"Type": "Map", "MaxConcurrency": 1, "ItemsPath": "$.sub-values",
                  "ResultPath": "$.result", "End": true,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "SubMapStateSuccess", "States": {"SubMapStateSuccess": {"Type": "Succeed"}}}}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        [{"sub-values": [{"num": 1, "str": "A"}, {"num": 2, "str": "B"}],
          "result": [{"num": 1, "str": "A"}, {"num": 2, "str": "B"}]}]"""));
    assertThat(result.path()).containsExactly("SetupState", "MapState");
    assertThat(result.childExecutions()).extracting(ExecutionResult::path)
        .contains(List.of("SubMapState"), List.of("SubMapStateSuccess"));
  }

  @Test
  void should_run_children_one_after_another_with_max_concurrency_one() {
    // GIVEN
    String definition = distributed("\"MaxConcurrency\": 1,", """
        {"Work": {"Type": "Wait", "Seconds": 10, "End": true}}""");
    // WHEN
    ExecutionResult result = run(definition, "[\"a\", \"b\", \"c\"]");
    // THEN
    assertThat(result.output()).isEqualTo(json("[\"a\", \"b\", \"c\"]"));
    assertThat(result.childExecutions()).extracting(ExecutionResult::startTime)
        .containsExactly(at(0), at(10), at(20));
    assertThat(result.childExecutions()).extracting(child -> child.visits().get(0).input())
        .containsExactly(json("\"a\""), json("\"b\""), json("\"c\""));
    assertThat(result.duration()).hasSeconds(30);
  }

  @Test
  void should_run_all_children_at_once_without_max_concurrency() {
    // GIVEN
    String definition = distributed("", """
        {"Work": {"Type": "Wait", "Seconds": 10, "End": true}}""");
    // WHEN
    ExecutionResult result = run(definition, "[\"a\", \"b\", \"c\"]");
    // THEN
    assertThat(result.childExecutions()).extracting(ExecutionResult::startTime)
        .containsExactly(at(0), at(0), at(0));
    assertThat(result.duration()).hasSeconds(10);
  }

  // ---------------------------------------------------------------- ItemReader

  @Test
  void should_read_a_json_array_through_the_integration_under_the_map_state_name() {
    // GIVEN
    String definition = distributed("\"MaxConcurrency\": 1," + reader("{\"InputType\": \"JSON\"}"), PASS_ITEM);
    Recorder s3 = object("[{\"verdict\": \"true\"}, {\"verdict\": \"false\"}, {\"verdict\": \"mostly-true\"}]");
    // WHEN
    ExecutionResult result = run(definition, "{\"Bucket\": \"bucket-1\", \"Key\": \"file.json\"}", s3);
    // THEN
    TaskCall call = s3.only();
    assertThat(call.stateName()).isEqualTo("MapState");
    assertThat(call.resource()).isEqualTo(GET_OBJECT);
    assertThat(call.input()).isEqualTo(json("{\"Bucket\": \"bucket-1\", \"Key\": \"file.json\"}"));
    assertThat(result.output())
        .isEqualTo(json("[{\"verdict\": \"true\"}, {\"verdict\": \"false\"}, {\"verdict\": \"mostly-true\"}]"));
    assertThat(result.path()).containsExactly("MapState");
    assertThat(String.join(",", types(result))).startsWith(PARENT_EVENTS_PREFIX);
  }

  @Test
  void should_evaluate_the_item_reader_arguments_in_jsonata() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "MapState", "States": {"MapState": {"Type": "Map", "End": true,
          "ItemReader": {"ReaderConfig": {"InputType": "JSON", "MaxItems": "{% $maxItems := 2 %}"},
            "Resource": "arn:aws:states:::s3:getObject",
            "Arguments": {"Bucket": "{% $states.input.Bucket %}", "Key": "{% $states.input.Key & '.json' %}"}},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "PassItem", "States": {"PassItem": {"Type": "Pass", "End": true}}}}}}""";
    Recorder s3 = object("[1, 2, 3]");
    // WHEN
    ExecutionResult result = run(definition, FILE, s3);
    // THEN
    assertThat(s3.only().input()).isEqualTo(json("{\"Bucket\": \"bucket-1\", \"Key\": \"file.json\"}"));
    assertThat(result.output()).isEqualTo(json("[1, 2]"));
  }

  @Test
  void should_read_json_lines() {
    // GIVEN
    String definition = distributed(reader("{\"InputType\": \"JSONL\"}"), PASS_ITEM);
    // WHEN
    ExecutionResult result = run(definition, FILE, object("{\"a\": 1}\n{\"a\": 2}\n\"three\"\n"));
    // THEN
    assertThat(result.output()).isEqualTo(json("[{\"a\": 1}, {\"a\": 2}, \"three\"]"));
  }

  @Test
  void should_read_csv_with_the_header_in_the_first_row() {
    // GIVEN
    String definition = distributed("\"MaxConcurrency\": 1,"
        + reader("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"FIRST_ROW\"}"), PASS_ITEM);
    // WHEN
    ExecutionResult result = run(definition, FILE,
        object("Col1,Col2,Col3\nValue1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n"));
    // THEN: every value is a string; missing fields are empty and extra fields are dropped
    assertThat(result.output()).isEqualTo(json("""
        [{"Col1": "Value1", "Col2": "Value2", "Col3": "Value3"},
         {"Col1": "Value4", "Col2": "Value5", "Col3": "Value6"},
         {"Col1": "", "Col2": "", "Col3": ""},
         {"Col1": "true", "Col2": "1", "Col3": "'HelloWorld'"},
         {"Col1": "Null", "Col2": "None", "Col3": ""},
         {"Col1": "   ", "Col2": "", "Col3": ""}]"""));
  }

  @Test
  void should_read_csv_headers_as_text_and_drop_fields_beyond_them() {
    // GIVEN
    String definition = distributed(reader("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"FIRST_ROW\"}"), PASS_ITEM);
    // WHEN
    ExecutionResult typed = run(definition, FILE, object("0,True,{}\nValue4,Value5,Value6\nNull,None,\n"));
    ExecutionResult emptyHeader = run(definition, FILE, object("H1,\nValue4,Value5,Value6\n,,,\n"));
    // THEN
    assertThat(typed.output()).isEqualTo(json("""
        [{"0": "Value4", "True": "Value5", "{}": "Value6"}, {"0": "Null", "True": "None", "{}": ""}]"""));
    assertThat(emptyHeader.output()).isEqualTo(json("""
        [{"H1": "Value4", "": "Value5"}, {"H1": "", "": ""}]"""));
  }

  @Test
  void should_read_csv_with_given_headers() {
    // GIVEN
    String given = distributed(reader(
        "{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\", \"CSVHeaders\": [\"H1\", \"H2\", \"H3\"]}"), PASS_ITEM);
    String fewer = distributed(reader(
        "{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\", \"CSVHeaders\": [\"H1\"]}"), PASS_ITEM);
    String body = "Value1,Value2,Value3\nValue4,Value5,Value6\nNull,None,\n";
    // WHEN
    ExecutionResult full = run(given, FILE, object(body));
    ExecutionResult cut = run(fewer, FILE, object(body));
    // THEN
    assertThat(full.output()).isEqualTo(json("""
        [{"H1": "Value1", "H2": "Value2", "H3": "Value3"}, {"H1": "Value4", "H2": "Value5", "H3": "Value6"},
         {"H1": "Null", "H2": "None", "H3": ""}]"""));
    assertThat(cut.output()).isEqualTo(json("[{\"H1\": \"Value1\"}, {\"H1\": \"Value4\"}, {\"H1\": \"Null\"}]"));
  }

  @Test
  void should_read_quoted_csv_fields() {
    // GIVEN
    String definition = distributed(reader("{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"FIRST_ROW\"}"), PASS_ITEM);
    // WHEN
    ExecutionResult result = run(definition, FILE,
        object("name,note\nx,\"hello, world\"\n\"y\",\"say \"\"hi\"\"\"\nz,\"two\nlines\"\n"));
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        [{"name": "x", "note": "hello, world"}, {"name": "y", "note": "say \\"hi\\""},
         {"name": "z", "note": "two\\nlines"}]"""));
  }

  @Test
  void should_fail_when_the_given_csv_headers_repeat_a_name() {
    // GIVEN
    String definition = distributed(reader(
        "{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\", \"CSVHeaders\": [\"H1\", \"H1\", \"H3\"]}"), PASS_ITEM);
    // WHEN
    ExecutionResult result = run(definition, FILE, object("Value1,Value2,Value3\n"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.ItemReaderFailed");
    assertThat(result.cause()).isEqualTo("CSV headers cannot contain duplicates.");
    assertThat(types(result)).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
        "MapRunStarted", "MapRunFailed", "MapStateFailed", "ExecutionFailed");
    assertThat(result.childExecutions()).isEmpty();
  }

  private static final String FOUR_ROWS = "Col1,Col2\nValue1,Value2\nValue3,Value4\nValue5,Value6\nValue7,Value8\n";

  @Test
  void should_read_at_most_max_items() {
    // GIVEN
    String definition = distributed(reader(
        "{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"FIRST_ROW\", \"MaxItems\": 2}"), PASS_ITEM);
    // WHEN
    ExecutionResult result = run(definition, FILE, object(FOUR_ROWS));
    // THEN
    assertThat(result.output())
        .isEqualTo(json("[{\"Col1\": \"Value1\", \"Col2\": \"Value2\"}, {\"Col1\": \"Value3\", \"Col2\": \"Value4\"}]"));
  }

  @Test
  void should_read_all_items_when_max_items_is_zero_or_larger_than_the_object() {
    // GIVEN
    String definition = distributed(reader(
        "{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"FIRST_ROW\", \"MaxItemsPath\": \"$.MaxItems\"}"), PASS_ITEM);
    // WHEN
    ExecutionResult zero = run(definition, "{\"Bucket\": \"b\", \"Key\": \"k\", \"MaxItems\": 0}", object(FOUR_ROWS));
    ExecutionResult huge = run(definition, "{\"Bucket\": \"b\", \"Key\": \"k\", \"MaxItems\": 100000001}",
        object(FOUR_ROWS));
    // THEN
    assertThat(zero.output()).hasSize(4);
    assertThat(huge.output()).isEqualTo(zero.output());
  }

  @Test
  void should_fail_when_max_items_is_negative() {
    // GIVEN
    String definition = distributed(reader(
        "{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"FIRST_ROW\", \"MaxItemsPath\": \"$.MaxItems\"}"), PASS_ITEM);
    // WHEN
    ExecutionResult result = run(definition, "{\"Bucket\": \"b\", \"Key\": \"k\", \"MaxItems\": -1}", object(FOUR_ROWS));
    // THEN
    assertThat(result.error()).isEqualTo("States.ItemReaderFailed");
    assertThat(result.cause()).isEqualTo("field MaxItems must be positive");
    assertThat(types(result)).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
        "MapRunStarted", "MapRunFailed", "MapStateFailed", "ExecutionFailed");
  }

  @Test
  void should_read_max_items_from_a_variable_holding_a_numeric_string() {
    // GIVEN
    String definition = """
        {"StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Assign": {"maxItems": "2"}, "Next": "MapState"},
          "MapState": {"Type": "Map", "MaxConcurrency": 1, "End": true,
            "ItemReader": {"ReaderConfig": {"InputType": "JSON", "MaxItemsPath": "$maxItems"},
              "Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket.$": "$.Bucket", "Key.$": "$.Key"}},
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
              "StartAt": "PassItem", "States": {"PassItem": {"Type": "Pass", "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, FILE, object("[\"a\", \"b\", \"c\", \"d\"]"));
    // THEN
    assertThat(result.output()).isEqualTo(json("[\"a\", \"b\"]"));
    assertThat(result.path()).containsExactly("Start", "MapState");
  }

  @Test
  void should_fail_when_the_json_object_is_not_an_array() {
    // GIVEN
    String definition = distributed(reader("{\"InputType\": \"JSON\"}"), PASS_ITEM);
    // WHEN
    ExecutionResult result = run(definition, FILE, object("{\"Hello\": \"world\"}"));
    // THEN
    assertThat(result.error()).isEqualTo("States.ItemReaderFailed");
    assertThat(result.cause()).isEqualTo("Attempting to map over non-iterable node.");
    assertThat(types(result)).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
        "MapRunStarted", "MapRunFailed", "MapStateFailed", "ExecutionFailed");
  }

  @Test
  void should_map_over_the_read_items_whatever_the_items_path() {
    // GIVEN (recorded on AWS: with an ItemReader, a path that selects nothing does not fail)
    String definition = distributed("\"ItemsPath\": \"$.no_such_path_in_bucket_result\","
        + reader("{\"InputType\": \"JSON\"}"), PASS_ITEM);
    // WHEN
    ExecutionResult result = run(definition, FILE, object("[[\"from-bucket-item-0\"]]"));
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("[[\"from-bucket-item-0\"]]"));
  }

  @Test
  void should_map_over_the_contents_of_a_bucket_listing() {
    // GIVEN
    String definition = """
        {"StartAt": "MapState", "States": {"MapState": {"Type": "Map", "End": true,
          "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2",
                         "Parameters": {"Bucket": "bucket-1", "Prefix": "in/"}},
          "ItemSelector": {"key.$": "$$.Map.Item.Value.Key"},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "PassItem", "States": {"PassItem": {"Type": "Pass", "End": true}}}}}}""";
    Recorder s3 = Recorder.answering("""
        {"Contents": [{"Key": "in/a.json", "Size": 10}, {"Key": "in/b.json", "Size": 20}], "KeyCount": 2}""");
    // WHEN
    ExecutionResult result = run(definition, "{}", s3);
    // THEN
    assertThat(s3.only().resource()).isEqualTo("arn:aws:states:::s3:listObjectsV2");
    assertThat(s3.only().input()).isEqualTo(json("{\"Bucket\": \"bucket-1\", \"Prefix\": \"in/\"}"));
    assertThat(result.output()).isEqualTo(json("[{\"key\": \"in/a.json\"}, {\"key\": \"in/b.json\"}]"));
  }

  // ---------------------------------------------------------------- ItemBatcher

  @Test
  void should_batch_items_by_count_with_sizes_read_from_variables() {
    // GIVEN
    String definition = """
        {"StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Assign": {"maxItemsPerBatch": "2", "maxBytesPerBatch": "15000"}, "Next": "BatchMapState"},
          "BatchMapState": {"Type": "Map", "MaxConcurrency": 1, "End": true,
            "ItemsPath": "$.items",
            "ItemBatcher": {"MaxItemsPerBatchPath": "$maxItemsPerBatch", "MaxInputBytesPerBatchPath": "$maxBytesPerBatch"},
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
              "StartAt": "ProcessBatch", "States": {"ProcessBatch": {"Type": "Pass", "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": [1, 2, 3, 4, 5]}");
    // THEN
    assertThat(result.output())
        .isEqualTo(json("[{\"Items\": [1, 2]}, {\"Items\": [3, 4]}, {\"Items\": [5]}]"));
    assertThat(result.childExecutions()).hasSize(3);
    assertThat(result.childExecutions().get(0).visits().get(0).input()).isEqualTo(json("{\"Items\": [1, 2]}"));
  }

  @Test
  void should_batch_items_by_bytes() {
    // GIVEN: each item is a 100-byte JSON string, so two fit in 250 bytes and three do not
    String item = "\"" + "x".repeat(98) + "\"";
    String definition = distributed("\"ItemBatcher\": {\"MaxInputBytesPerBatch\": 250},", PASS_ITEM);
    // WHEN
    ExecutionResult result = run(definition, "[" + String.join(",", item, item, item, item, item) + "]");
    // THEN
    assertThat(result.output()).hasSize(3);
    assertThat(result.output()).extracting(batch -> batch.get("Items").size()).containsExactly(2, 2, 1);
  }

  @Test
  void should_add_the_batch_input_to_every_batch() {
    // GIVEN
    String definition = """
        {"StartAt": "BatchMapState", "QueryLanguage": "JSONata", "States": {"BatchMapState": {"Type": "Map", "End": true,
          "ItemReader": {"ReaderConfig": {"InputType": "JSON", "MaxItems": 2}, "Resource": "arn:aws:states:::s3:getObject",
                         "Arguments": {"Bucket": "{% $states.input.Bucket %}", "Key": "{% $states.input.Key %}"}},
          "ItemBatcher": {"MaxItemsPerBatch": "{% $states.input.MaxItemsPerBatch %}",
                          "MaxInputBytesPerBatch": "{% $states.input.MaxInputBytesPerBatch %}",
                          "BatchInput": {"BatchTimestamp": "{% $states.context.State.EnteredTime %}", "fixed": 1}},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "ProcessBatch", "States": {"ProcessBatch": {"Type": "Pass", "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition,
        "{\"Bucket\": \"b\", \"Key\": \"k\", \"MaxItemsPerBatch\": 2, \"MaxInputBytesPerBatch\": 150000}",
        object("[{\"verdict\": \"true\"}, {\"verdict\": \"false\"}, {\"verdict\": \"mostly-true\"}]"));
    // THEN
    assertThat(result.output()).isEqualTo(json("""
        [{"BatchInput": {"BatchTimestamp": "2024-01-01T00:00:00.000Z", "fixed": 1},
          "Items": [{"verdict": "true"}, {"verdict": "false"}]}]"""));
  }

  // ---------------------------------------------------------------- ResultWriter and Label

  private static final String RESULT_WRITER = """
      {"StartAt": "MapState", "States": {"MapState": {"Type": "Map", "Label": "TestMap", "End": true,
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
          "StartAt": "IteratorInner", "States": {"IteratorInner": {"Type": "Pass", "End": true}}},
        "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                         "Parameters": {"Bucket": "result-bucket", "Prefix": "mapJobs"}}}}}""";

  @Test
  void should_write_the_results_and_output_where_they_are() {
    // GIVEN
    String definition = RESULT_WRITER;
    // WHEN
    ExecutionResult result = run(definition, "[\"Hello\", \"World\"]");
    // THEN
    JsonNode output = result.output();
    assertThat(output.fieldNames()).toIterable().containsExactlyInAnyOrder("MapRunArn", "ResultWriterDetails");
    String mapRunArn = output.get("MapRunArn").textValue();
    assertThat(mapRunArn).startsWith("arn:aws:states:us-east-1:123456789012:mapRun:StateMachine/TestMap:");
    String runId = mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1);
    assertThat(output.get("ResultWriterDetails"))
        .isEqualTo(json("{\"Bucket\": \"result-bucket\", \"Key\": \"mapJobs/" + runId + "/manifest.json\"}"));
    Map<String, JsonNode> objects = result.writtenObjects();
    JsonNode manifest = objects.get("result-bucket/mapJobs/" + runId + "/manifest.json");
    assertThat(manifest).isNotNull();
    assertThat(manifest.get("DestinationBucket").textValue()).isEqualTo("result-bucket");
    assertThat(manifest.get("MapRunArn").textValue()).isEqualTo(mapRunArn);
    assertThat(objects.keySet()).anyMatch(key -> key.startsWith("result-bucket/mapJobs/" + runId + "/SUCCEEDED"));
    assertThat(types(result)).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
        "MapRunStarted", "MapRunSucceeded", "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded");
  }

  @Test
  void should_write_a_manifest_that_lists_the_result_files_by_status() {
    // GIVEN
    String definition = RESULT_WRITER;
    // WHEN
    ExecutionResult result = run(definition, "[\"Hello\", \"World\"]");
    // THEN
    String key = result.output().get("ResultWriterDetails").get("Key").textValue();
    JsonNode manifest = result.writtenObjects().get("result-bucket/" + key);
    JsonNode files = manifest.get("ResultFiles");
    assertThat(files.isObject()).isTrue();
    assertThat(files.get("FAILED")).isEqualTo(json("[]"));
    assertThat(files.get("PENDING")).isEqualTo(json("[]"));
    assertThat(files.get("SUCCEEDED")).hasSize(1);
    String resultsKey = files.get("SUCCEEDED").get(0).get("Key").textValue();
    assertThat(result.writtenObjects()).containsKey("result-bucket/" + resultsKey);
  }

  @Test
  void should_name_the_map_run_after_the_label_or_else_the_state() {
    // GIVEN
    String labelled = distributed("\"Label\": \"TestMap\",", PASS_ITEM);
    String unlabelled = distributed("", PASS_ITEM);
    // WHEN
    ExecutionResult withLabel = run(labelled, "[\"Hello\", \"World\"]");
    ExecutionResult withoutLabel = run(unlabelled, "[\"Hello\"]");
    // THEN
    assertThat(withLabel.output()).isEqualTo(json("[\"Hello\", \"World\"]"));
    assertThat(events(withLabel, "MapRunStarted").get(0).details().get("mapRunArn").textValue())
        .startsWith("arn:aws:states:us-east-1:123456789012:mapRun:StateMachine/TestMap:");
    assertThat(events(withoutLabel, "MapRunStarted").get(0).details().get("mapRunArn").textValue())
        .startsWith("arn:aws:states:us-east-1:123456789012:mapRun:StateMachine/MapState:");
  }

  // ---------------------------------------------------------------- tolerated failures

  @Test
  void should_put_the_error_of_a_tolerated_failure_in_the_result() {
    // GIVEN
    String definition = distributed("\"MaxConcurrency\": 1, \"ToleratedFailureCount\": 1,", CHECK_ITEM);
    // WHEN
    ExecutionResult result = run(definition, "[{\"n\": 1}, {\"n\": 2, \"fail\": true}, {\"n\": 3}]");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("""
        [{"n": 1}, {"Error": "Item.Bad", "Cause": "bad item"}, {"n": 3}]"""));
    assertThat(result.childExecutions()).extracting(ExecutionResult::status)
        .containsExactly(ExecutionStatus.SUCCEEDED, ExecutionStatus.FAILED, ExecutionStatus.SUCCEEDED);
    ExecutionResult failed = result.childExecutions().get(1);
    assertThat(failed.error()).isEqualTo("Item.Bad");
    assertThat(types(failed)).containsExactly("ExecutionStarted", "ChoiceStateEntered", "ChoiceStateExited",
        "FailStateEntered", "ExecutionFailed");
  }

  @Test
  void should_export_tolerated_failures_to_their_own_result_file() {
    // GIVEN a ResultWriter and one tolerated failure among three items
    String definition = distributed("\"MaxConcurrency\": 1, \"ToleratedFailureCount\": 1,"
        + " \"ResultWriter\": {\"Resource\": \"arn:aws:states:::s3:putObject\","
        + " \"Parameters\": {\"Bucket\": \"out\", \"Prefix\": \"runs\"}},", CHECK_ITEM);
    // WHEN
    ExecutionResult result = run(definition, "[{\"n\": 1}, {\"n\": 2, \"fail\": true}, {\"n\": 3}]");
    // THEN the results are exported by status, and the manifest lists both files
    String key = result.output().get("ResultWriterDetails").get("Key").textValue();
    String base = "out/" + key.substring(0, key.length() - "manifest.json".length());
    JsonNode files = result.writtenObjects().get("out/" + key).get("ResultFiles");
    assertThat(files.get("SUCCEEDED")).extracting(f -> f.get("Key").textValue())
        .containsExactly(base.substring(4) + "SUCCEEDED_0.json");
    assertThat(files.get("FAILED")).extracting(f -> f.get("Key").textValue())
        .containsExactly(base.substring(4) + "FAILED_0.json");
    assertThat(files.get("PENDING")).isEmpty();
    assertThat(result.writtenObjects().get(base + "SUCCEEDED_0.json")).isEqualTo(json("[{\"n\": 1}, {\"n\": 3}]"));
    assertThat(result.writtenObjects().get(base + "FAILED_0.json"))
        .isEqualTo(json("[{\"Error\": \"Item.Bad\", \"Cause\": \"bad item\"}]"));
  }

  @Test
  void should_fail_the_map_when_failures_exceed_the_tolerated_count() {
    // GIVEN
    String definition = distributed("\"MaxConcurrency\": 1, \"ToleratedFailureCount\": 1,", CHECK_ITEM);
    // WHEN
    ExecutionResult result = run(definition, "[{\"fail\": true}, {\"n\": 2}, {\"fail\": true}]");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    assertThat(types(result)).contains("MapRunFailed", "MapStateFailed").doesNotContain("MapRunSucceeded");
  }

  @Test
  void should_fail_the_map_on_the_first_failure_by_default() {
    // GIVEN
    String definition = distributed("\"MaxConcurrency\": 1,", CHECK_ITEM);
    // WHEN
    ExecutionResult result = run(definition, "[{\"fail\": true}, {\"n\": 2}]");
    // THEN
    assertThat(result.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
  }

  @Test
  void should_tolerate_failures_up_to_the_percentage() {
    // GIVEN
    String definition = distributed("\"MaxConcurrency\": 1, \"ToleratedFailurePercentage\": 50,", CHECK_ITEM);
    // WHEN
    ExecutionResult half = run(definition, "[{\"fail\": true}, {\"n\": 2}, {\"fail\": true}, {\"n\": 4}]");
    ExecutionResult more = run(definition, "[{\"fail\": true}, {\"n\": 2}, {\"fail\": true}, {\"fail\": true}]");
    // THEN
    assertThat(half.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(half.output()).isEqualTo(json("""
        [{"Error": "Item.Bad", "Cause": "bad item"}, {"n": 2}, {"Error": "Item.Bad", "Cause": "bad item"}, {"n": 4}]"""));
    assertThat(more.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
  }

  @Test
  void should_catch_the_exceeded_threshold() {
    // GIVEN
    String definition = """
        {"StartAt": "MapState", "States": {
          "MapState": {"Type": "Map", "Next": "Done",
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
              "StartAt": "Bad", "States": {"Bad": {"Type": "Fail", "Error": "Item.Bad"}}},
            "Catch": [{"ErrorEquals": ["States.ExceedToleratedFailureThreshold"], "Next": "Caught"}]},
          "Caught": {"Type": "Pass", "OutputPath": "$.Error", "End": true},
          "Done": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[1]");
    // THEN
    assertThat(result.path()).containsExactly("MapState", "Caught");
    assertThat(result.output()).isEqualTo(json("\"States.ExceedToleratedFailureThreshold\""));
  }

  private static final String TOLERATED_PATHS = distributed("""
      "ItemsPath": "$.Items", "MaxConcurrency": 1,
      "ToleratedFailureCountPath": "$.ToleratedFailureCount",
      "ToleratedFailurePercentagePath": "$.ToleratedFailurePercentage",""", """
      {"HandleItem": {"Type": "Pass", "End": true}}""");

  private static final String MAP_STATE_PREFIX =
      "An error occurred while executing the state 'MapState' (entered at the event id #2). ";

  @Test
  void should_accept_tolerated_failure_paths_within_range() {
    // GIVEN
    String definition = TOLERATED_PATHS;
    // WHEN
    ExecutionResult result = run(definition,
        "{\"Items\": [0], \"ToleratedFailureCount\": 0, \"ToleratedFailurePercentage\": 1.1}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("[0]"));
  }

  @Test
  void should_read_tolerated_failures_from_variables_holding_numeric_strings() {
    // GIVEN
    String definition = """
        {"StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Assign": {"toleratedFailurePercentage": "1", "toleratedFailureCount": "1"},
                    "Result": {"Values": [1, 2, 3]}, "Next": "MapState"},
          "MapState": {"Type": "Map", "ItemsPath": "$.Values", "MaxConcurrency": 1, "End": true,
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
              "StartAt": "HandleItem", "States": {"HandleItem": {"Type": "Pass", "End": true}}},
            "ToleratedFailurePercentagePath": "$toleratedFailurePercentage",
            "ToleratedFailureCountPath": "$toleratedFailureCount"}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("[1, 2, 3]"));
  }

  @Test
  void should_fail_with_a_runtime_error_for_a_negative_tolerated_count() {
    // GIVEN
    String definition = TOLERATED_PATHS;
    // WHEN
    ExecutionResult result = run(definition,
        "{\"Items\": [0], \"ToleratedFailureCount\": -1, \"ToleratedFailurePercentage\": 0}");
    // THEN
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).isEqualTo(MAP_STATE_PREFIX + "ToleratedFailureCount cannot be negative.");
    assertThat(result.path()).containsExactly("MapState");
  }

  @Test
  void should_fail_with_a_runtime_error_for_a_tolerated_percentage_out_of_range() {
    // GIVEN
    String definition = TOLERATED_PATHS;
    // WHEN
    ExecutionResult above = run(definition,
        "{\"Items\": [0], \"ToleratedFailureCount\": 0, \"ToleratedFailurePercentage\": 100.1}");
    ExecutionResult below = run(definition,
        "{\"Items\": [0], \"ToleratedFailureCount\": 0, \"ToleratedFailurePercentage\": -1.1}");
    // THEN
    assertThat(above.error()).isEqualTo("States.Runtime");
    assertThat(above.cause()).isEqualTo(MAP_STATE_PREFIX + "ToleratedFailurePercentage must be between 0 and 100.");
    assertThat(below.cause()).isEqualTo(above.cause());
  }

  @Test
  void should_fail_with_a_runtime_error_for_a_tolerated_count_that_is_not_an_integer() {
    // GIVEN
    String definition = distributed("""
        "ItemsPath": "$.Items", "ToleratedFailureCountPath": "$.ToleratedFailureCount",""", """
        {"HandleItem": {"Type": "Pass", "End": true}}""");
    // WHEN
    ExecutionResult text = run(definition, "{\"Items\": [0], \"ToleratedFailureCount\": \"NoNumber\"}");
    ExecutionResult object = run(definition, "{\"Items\": [0], \"ToleratedFailureCount\": {}}");
    // THEN
    assertThat(text.error()).isEqualTo("States.Runtime");
    assertThat(text.cause()).isEqualTo(MAP_STATE_PREFIX + "The ToleratedFailureCountPath field refers to value"
        + " \"NoNumber\" which is not a valid integer: $.ToleratedFailureCount");
    assertThat(object.cause()).isEqualTo(MAP_STATE_PREFIX + "The ToleratedFailureCountPath field refers to value"
        + " \"{}\" which is not a valid integer: $.ToleratedFailureCount");
  }

  @Test
  void should_fail_with_a_runtime_error_for_a_tolerated_percentage_that_is_not_a_number() {
    // GIVEN
    String definition = distributed("""
        "ItemsPath": "$.Items", "ToleratedFailurePercentagePath": "$.ToleratedFailurePercentage",""", """
        {"HandleItem": {"Type": "Pass", "End": true}}""");
    // WHEN
    ExecutionResult result = run(definition, "{\"Items\": [0], \"ToleratedFailurePercentage\": \"NoNumber\"}");
    // THEN
    assertThat(result.error()).isEqualTo("States.Runtime");
    assertThat(result.cause()).isEqualTo(MAP_STATE_PREFIX + "The ToleratedFailurePercentagePath field refers to"
        + " value \"NoNumber\" which is not a valid float: $.ToleratedFailurePercentage");
  }

  @Test
  void should_record_map_state_started_before_failing_on_an_invalid_tolerated_count() {
    // GIVEN
    String definition = TOLERATED_PATHS;
    // WHEN
    ExecutionResult result = run(definition,
        "{\"Items\": [0], \"ToleratedFailureCount\": -1, \"ToleratedFailurePercentage\": 0}");
    // THEN (recorded on AWS)
    assertThat(types(result)).containsExactly("ExecutionStarted", "MapStateEntered", "MapStateStarted",
        "ExecutionFailed");
  }
}
