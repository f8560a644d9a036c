package io.github.sfntestkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.TaskResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InventoryManifestReaderTest {
  private static final StateMachine SM = StateMachine.fromJson("""
      {"StartAt": "Inventory", "States": {"Inventory": {"Type": "Map", "End": true,
        "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                       "ReaderConfig": {"InputType": "MANIFEST"},
                       "Parameters": {"Bucket": "inventory", "Key": "photos/manifest.json"}},
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                          "StartAt": "Touch", "States": {"Touch": {"Type": "Pass", "End": true}}}}}}""");

  private static final String MANIFEST = """
      {"sourceBucket": "photos", "destinationBucket": "arn:aws:s3:::inventory",
       "fileFormat": "CSV", "fileSchema": "Bucket, Key, Size",
       "files": [{"key": "photos/data/part-1.csv.gz"}, {"key": "photos/data/part-2.csv.gz"}]}""";

  @Test
  void should_read_the_items_of_every_inventory_file_the_manifest_lists() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Inventory").answers(call -> {
      String key = call.input().get("Key").asText();
      String body = key.endsWith("manifest.json") ? MANIFEST
          : key.endsWith("part-1.csv.gz") ? "\"photos\",\"a.jpg\",\"10\"\n\"photos\",\"b.jpg\",\"20\"\n"
          : "\"photos\",\"c.jpg\",\"30\"\n";
      return TaskResponse.success(Json.object().put("Body", body));
    });
    // WHEN
    ExecutionResult r = SM.execute(Json.object(), ExecutionOptions.defaults().withIntegration(mocks));
    // THEN
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.output()).isEqualTo(Json.parse("""
        [{"Bucket": "photos", "Key": "a.jpg", "Size": "10"},
         {"Bucket": "photos", "Key": "b.jpg", "Size": "20"},
         {"Bucket": "photos", "Key": "c.jpg", "Size": "30"}]"""));
    assertThat(mocks.calls("Inventory").stream().map(c -> c.input().toString()).collect(Collectors.toList()))
        .containsExactly(
            "{\"Bucket\":\"inventory\",\"Key\":\"photos/manifest.json\"}",
            "{\"Bucket\":\"inventory\",\"Key\":\"photos/data/part-1.csv.gz\"}",
            "{\"Bucket\":\"inventory\",\"Key\":\"photos/data/part-2.csv.gz\"}");
  }

  @Test
  void should_fail_with_item_reader_failed_for_non_csv_inventories() {
    Mocks mocks = Mocks.create();
    mocks.task("Inventory").returns(Json.object().put("Body",
        "{\"fileFormat\": \"ORC\", \"fileSchema\": \"Bucket, Key\", \"files\": []}"));

    ExecutionResult r = SM.execute(Json.object(), ExecutionOptions.defaults().withIntegration(mocks));

    assertThat(r.error()).isEqualTo("States.ItemReaderFailed");
    assertThat(r.cause()).isEqualTo(
        "Only CSV inventory files are supported, but the manifest's fileFormat is ORC");
  }

}
