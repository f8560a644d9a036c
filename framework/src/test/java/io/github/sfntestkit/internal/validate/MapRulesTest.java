package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.V.report;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapRulesTest {

  private static final String PROCESSOR =
      "\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}";

  private static String map(String fields) {
    return "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\"," + fields + ",\"End\":true}}}";
  }

  private static String inline(String fields) {
    return map("\"ItemProcessor\":{" + PROCESSOR + "}," + fields);
  }

  private static String distributed(String fields) {
    return map(
        "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
            + PROCESSOR
            + "},"
            + fields);
  }

  @Test
  void should_accept_inline_legacy_and_distributed_maps() {
    assertThat(report(inline("\"ItemsPath\":\"$.items\",\"ItemSelector\":{\"v.$\":\"$$.Map.Item.Value\"},\"MaxConcurrency\":0"))).isEmpty();
    assertThat(report(map("\"Iterator\":{" + PROCESSOR + "},\"Parameters\":{\"a.$\":\"$.a\"}"))).isEmpty();
    assertThat(
            report(
                distributed(
                    "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"ReaderConfig\":{\"InputType\":\"CSV\",\"CSVHeaderLocation\":\"FIRST_ROW\",\"MaxItems\":10},\"Parameters\":{\"Bucket\":\"b\",\"Key.$\":\"$.key\"}},"
                        + "\"ItemBatcher\":{\"MaxItemsPerBatch\":10,\"BatchInput\":{\"x.$\":\"$.x\"}},"
                        + "\"ResultWriter\":{\"Resource\":\"arn:aws:states:::s3:putObject\",\"Parameters\":{\"Bucket\":\"b\",\"Prefix\":\"p\"}},"
                        + "\"ToleratedFailurePercentage\":5,\"Label\":\"L\"")))
        .isEmpty();
  }

  @Test
  void should_require_an_item_processor() {
    assertThat(report(map("\"ItemsPath\":\"$\"")))
        .containsExactly(
            "/States/M: missing required field \"ItemProcessor\": a Map state needs the \"StartAt\" and \"States\" that process each item.");
    assertThat(report(map("\"ItemProcessor\":{" + PROCESSOR + "},\"Iterator\":{" + PROCESSOR + "}")))
        .containsExactly(
            "/States/M/Iterator: \"ItemProcessor\" and \"Iterator\" cannot both be set; \"Iterator\" is the deprecated name of \"ItemProcessor\".");
    assertThat(report(map("\"ItemProcessor\":[]")))
        .containsExactly(
            "/States/M/ItemProcessor: \"ItemProcessor\" must be an object with \"StartAt\" and \"States\", but was array [].");
  }

  @Test
  void should_validate_the_processor_as_its_own_scope() {
    assertThat(report(map("\"ItemProcessor\":{\"StartAt\":\"B\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}")))
        .containsExactly(
            "/States/M/ItemProcessor/StartAt: \"StartAt\" names no state: \"B\". Expected one of: \"A\".");
    assertThat(report(map("\"ItemProcessor\":{\"QueryLanguage\":\"JSONata\"," + PROCESSOR + "}")))
        .containsExactly(
            "/States/M/ItemProcessor/QueryLanguage: \"QueryLanguage\" cannot be set on an \"ItemProcessor\"; set it on the state machine or on each state.");
  }

  @Test
  void should_check_processor_config() {
    assertThat(report(map("\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"Inline\",\"Type\":1}," + PROCESSOR + "}")))
        .containsExactly(
            "/States/M/ItemProcessor/ProcessorConfig/Mode: \"Mode\" must be one of \"INLINE\", \"DISTRIBUTED\", but was string \"Inline\". Did you mean \"INLINE\"?",
            "/States/M/ItemProcessor/ProcessorConfig/Type: unknown field \"Type\" for a ProcessorConfig. Expected one of: \"Mode\", \"ExecutionType\".");
    assertThat(report(map("\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\"}," + PROCESSOR + "}")))
        .containsExactly(
            "/States/M/ItemProcessor/ProcessorConfig: missing required field \"ExecutionType\": a DISTRIBUTED Map needs \"STANDARD\" or \"EXPRESS\" child workflow executions.");
  }

  @Test
  void should_report_distributed_fields_on_an_inline_map() {
    assertThat(report(inline("\"ItemBatcher\":{\"MaxItemsPerBatch\":2},\"Label\":\"x\"")))
        .containsExactly(
            "/States/M/ItemBatcher: \"ItemBatcher\" is only valid in a Map state whose \"ItemProcessor\" has \"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\"}; this Map state is INLINE.");
  }

  @Test
  void should_accept_tolerated_failures_on_an_inline_map_as_aws_does() {
    assertThat(report(inline("\"ToleratedFailureCount\":1,\"ToleratedFailurePercentage\":10"))).isEmpty();
  }

  @Test
  void should_check_concurrency_and_tolerance() {
    assertThat(
            report(
                distributed(
                    "\"MaxConcurrency\":-1,\"ToleratedFailurePercentage\":101,\"ToleratedFailureCount\":1.5,\"ToleratedFailureCountPath\":\"$.c\"")))
        .containsExactly(
            "/States/M/MaxConcurrency: \"MaxConcurrency\" must be an integer from 0 to 2147483647, but was number -1.",
            "/States/M/ToleratedFailurePercentage: \"ToleratedFailurePercentage\" must be a number from 0 to 100, but was number 101.",
            "/States/M/ToleratedFailureCount: \"ToleratedFailureCount\" must be an integer from 0 to 2147483647, but was number 1.5.",
            "/States/M/ToleratedFailureCountPath: \"ToleratedFailureCount\" and \"ToleratedFailureCountPath\" cannot both be set; use one of them.");
  }

  @Test
  void should_check_item_selector_and_parameters() {
    assertThat(report(inline("\"ItemSelector\":{},\"Parameters\":{}")))
        .containsExactly(
            "/States/M/Parameters: \"ItemSelector\" and \"Parameters\" cannot both be set; \"Parameters\" is the deprecated name of \"ItemSelector\".");
    assertThat(report(inline("\"ItemSelector\":\"x\"")))
        .containsExactly("/States/M/ItemSelector: \"ItemSelector\" must be an object, but was string \"x\".");
  }

  @Test
  void should_check_item_reader() {
    assertThat(
            report(
                distributed(
                    "\"ItemReader\":{\"ReaderConfig\":{\"InputType\":\"XML\",\"CSVHeaderLocation\":\"GIVEN\",\"MaxItem\":1},\"Arguments\":{}}")))
        .containsExactly(
            "/States/M/ItemReader: missing required field \"Resource\": an ItemReader needs the ARN of the integration to use.",
            "/States/M/ItemReader/ReaderConfig: missing \"CSVHeaders\": \"CSVHeaderLocation\": \"GIVEN\" needs the column names in \"CSVHeaders\".",
            "/States/M/ItemReader/ReaderConfig/InputType: \"InputType\" must be one of \"CSV\", \"JSON\", \"JSONL\", \"MANIFEST\", \"PARQUET\", but was string \"XML\".",
            "/States/M/ItemReader/ReaderConfig/MaxItem: unknown field \"MaxItem\" for a ReaderConfig. Did you mean \"MaxItems\"?",
            "/States/M/ItemReader/Arguments: \"Arguments\" is only valid in JSONata states, but this Map state uses JSONPath. Use \"Parameters\" instead, or set \"QueryLanguage\": \"JSONata\".");
  }

  @Test
  void should_check_item_batcher() {
    assertThat(report(distributed("\"ItemBatcher\":{\"BatchInput\":[]}")))
        .containsExactly(
            "/States/M/ItemBatcher: an ItemBatcher needs at least one of \"MaxItemsPerBatch\", \"MaxItemsPerBatchPath\", \"MaxInputBytesPerBatch\", \"MaxInputBytesPerBatchPath\", but has none.",
            "/States/M/ItemBatcher/BatchInput: \"BatchInput\" must be an object, but was array [].");
    assertThat(report(distributed("\"ItemBatcher\":{\"MaxInputBytesPerBatch\":262145}")))
        .containsExactly(
            "/States/M/ItemBatcher/MaxInputBytesPerBatch: \"MaxInputBytesPerBatch\" must be an integer from 1 to 262144, but was number 262145.");
  }

  @Test
  void should_check_result_writer() {
    assertThat(report(distributed("\"ResultWriter\":{\"Parameters\":{}}")))
        .containsExactly(
            "/States/M/ResultWriter: a ResultWriter needs \"Resource\" (with its \"Parameters\" or \"Arguments\") or \"WriterConfig\", but has neither.");
    assertThat(
            report(
                distributed(
                    "\"ResultWriter\":{\"WriterConfig\":{\"OutputType\":\"CSV\",\"Transformation\":\"NONE\"}}")))
        .containsExactly(
            "/States/M/ResultWriter/WriterConfig/OutputType: \"OutputType\" must be one of \"JSON\", \"JSONL\", but was string \"CSV\".");
  }

  @Test
  void should_check_a_label() {
    assertThat(report(distributed("\"Label\":\"" + "x".repeat(41) + "\"")))
        .containsExactly("/States/M/Label: \"Label\" is too long: 41 characters, at most 40 are allowed.");
  }

  @Test
  void should_check_jsonata_items() {
    String json =
        "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"Items\":\"$.x\",\"ItemsPath\":\"$.x\","
            + "\"ItemProcessor\":{" + PROCESSOR + "},\"End\":true}}}";
    assertThat(report(json))
        .containsExactly(
            "/States/M/Items: \"Items\" must be an array or a JSONata expression \"{% ... %}\", but was string \"$.x\".",
            "/States/M/ItemsPath: \"ItemsPath\" is only valid in JSONPath states, but this Map state uses JSONata. Use \"Items\" instead.");
  }
}
