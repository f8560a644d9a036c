package io.github.sfntestkit.samples.etl;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static io.github.sfntestkit.samples.SampleFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.junit.SfnInject;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.TaskResponse;
import io.github.sfntestkit.samples.SampleFiles;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The orders ETL: a distributed Map ({@code LoadOrders}) reads {@code orders.csv} from S3 (its
 * ItemReader is answered by the mock registered under the Map state's name), batches two rows per
 * child execution ({@code TransformBatch} → {@code WriteBatch}), tolerates 25% failed batches and
 * writes its results to S3 ({@link ExecutionResult#writtenObjects()}).
 */
@StateMachineTest("distributed-etl/etl.asl.json")
class OrdersEtlTest {

  static final String RUN = SampleFiles.text("distributed-etl/input.json");
  static final String CSV = SampleFiles.text("distributed-etl/orders.csv");

  @SfnInject Mocks mocks;
  @SfnInject StateMachineRunner sfn;

  /** What s3:getObject answers: the object's text in {@code Body}. */
  static JsonNode s3Object(String text) {
    return JsonNodeFactory.instance.objectNode().put("Body", text);
  }

  @BeforeEach
  void the_export_exists_and_every_batch_loads() {
    mocks.task("LoadOrders").returns(s3Object(CSV));
    mocks.task("TransformBatch").handledBy(batch -> json("{\"rows\": " + batch.get("Items") + "}"));
    mocks.task("WriteBatch").handledBy(payload -> json("{\"written\": " + payload.get("rows").size() + "}"));
    mocks.resource("arn:aws:states:::sns:publish").returnsPayload("{}");
  }

  @Test
  void should_read_the_export_named_by_the_input() {
    // WHEN
    ExecutionResult result = sfn.run(RUN);
    // THEN
    assertThat(result).succeeded();
    assertThat(result).calls(mocks, "LoadOrders").hasSize(1).call(1)
        .hasInput("{\"Bucket\": \"orders-export\", \"Key\": \"daily/2025-03-01.csv\"}");
    assertThat(mocks.calls("LoadOrders").get(0).resource()).isEqualTo("arn:aws:states:::s3:getObject");
  }

  @Test
  void should_process_the_eight_rows_in_four_child_executions_of_two() {
    // WHEN
    ExecutionResult result = sfn.run(RUN);
    // THEN: the parent only enters the Map; the batches run in child executions
    assertThat(result).succeeded().path().containsExactly("LoadOrders", "ReportSuccess");
    assertThat(result.childExecutions()).hasSize(4).allSatisfy(child -> {
      assertThat(child.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(child.path()).containsExactly("TransformBatch", "WriteBatch");
    });
    // every CSV value is a string; BatchInput is added to each batch
    assertThat(result.childExecutions().get(0).visits().get(0).input()).isEqualTo(json("""
        {"BatchInput": {"sourceKey": "daily/2025-03-01.csv", "runDate": "2025-03-01"},
         "Items": [{"orderId": "o-1", "customer": "c-10", "amount": "19.90", "currency": "EUR"},
                   {"orderId": "o-2", "customer": "c-11", "amount": "5.00", "currency": "EUR"}]}"""));
    assertThat(mocks.calls("TransformBatch")).hasSize(4);
    assertThat(mocks.calls("WriteBatch")).allSatisfy(call -> {
      assertThat(call.input().at("/Payload/table").textValue()).isEqualTo("${OrdersTableName}");
      assertThat(call.input().at("/Payload/rows")).hasSize(2);
    });
  }

  @Test
  void should_write_the_results_to_s3_and_report_where_they_are() {
    // WHEN
    ExecutionResult result = sfn.run(RUN);
    // THEN: the Map's output is where ResultWriter put the manifest
    JsonNode mapRun = result.output().get("mapRun");
    assertThat(mapRun.get("MapRunArn").textValue())
        .startsWith("arn:aws:states:us-east-1:123456789012:mapRun:StateMachine/OrdersEtl:");
    String manifestKey = mapRun.at("/ResultWriterDetails/Key").textValue();
    assertThat(manifestKey).startsWith("etl-runs/").endsWith("/manifest.json");
    Map<String, JsonNode> written = result.writtenObjects();
    JsonNode manifest = written.get("${ResultsBucketName}/" + manifestKey);
    assertThat(manifest.at("/ResultFiles/SUCCEEDED")).hasSize(1);
    assertThat(manifest.at("/ResultFiles/FAILED")).isEmpty();
    String succeededKey = manifest.at("/ResultFiles/SUCCEEDED/0/Key").textValue();
    assertThat(written).containsKey("${ResultsBucketName}/" + succeededKey);
    assertThat(result).calls(mocks, "ReportSuccess").call(1).input().at("$.Message")
        .hasText("Orders of 2025-03-01 loaded; results in s3://${ResultsBucketName}/" + manifestKey);
  }

  @Test
  void should_tolerate_one_failed_batch_out_of_four() {
    // GIVEN: the batch holding o-5 has a row the transformer rejects
    failBatchesContaining("o-5");
    // WHEN
    ExecutionResult result = sfn.run(RUN);
    // THEN: 25% failed, which ToleratedFailurePercentage 25 allows
    assertThat(result).succeeded().visited("ReportSuccess");
    assertThat(result.childExecutions()).extracting(ExecutionResult::status).containsExactly(
        ExecutionStatus.SUCCEEDED, ExecutionStatus.SUCCEEDED, ExecutionStatus.FAILED, ExecutionStatus.SUCCEEDED);
    ExecutionResult failed = result.childExecutions().get(2);
    assertThat(failed).failedWith("Etl.BadRow").withCause("o-5: currency GBP not supported");
    assertThat(failed).path().containsExactly("TransformBatch");
    assertThat(mocks.calls("WriteBatch")).hasSize(3);
  }

  /**
   * AWS "consolidates all child workflow execution data, such as execution input and output, ARN, and
   * execution status. It then exports executions with the same status to their respective files"
   * (docs: ResultWriter (Map)): a failed child belongs in a FAILED_n.json file listed under
   * ResultFiles.FAILED of the manifest.
   */
  @Test
  void should_list_the_failed_batch_in_the_manifest() {
    // GIVEN
    failBatchesContaining("o-5");
    // WHEN
    ExecutionResult result = sfn.run(RUN);
    // THEN
    JsonNode manifest = result.writtenObjects().get(
        "${ResultsBucketName}/" + result.output().at("/mapRun/ResultWriterDetails/Key").textValue());
    assertThat(manifest.at("/ResultFiles/FAILED")).hasSize(1);
    String failedKey = manifest.at("/ResultFiles/FAILED/0/Key").textValue();
    assertThat(result.writtenObjects().get("${ResultsBucketName}/" + failedKey)).hasSize(1);
    String succeededKey = manifest.at("/ResultFiles/SUCCEEDED/0/Key").textValue();
    assertThat(result.writtenObjects().get("${ResultsBucketName}/" + succeededKey)).hasSize(3);
  }

  @Test
  void should_fail_the_run_when_more_than_a_quarter_of_the_batches_fail() {
    // GIVEN
    failBatchesContaining("o-1", "o-5");
    // WHEN
    ExecutionResult result = sfn.run(RUN);
    // THEN: 50% failed: the Map fails, its Catch reports and fails the execution
    assertThat(result).failedWith("Etl.TooManyFailedBatches");
    assertThat(result).state("LoadOrders").caught("States.ExceedToleratedFailureThreshold").wentTo("ReportFailure");
    assertThat(result).path().containsExactly("LoadOrders", "ReportFailure", "EtlFailed");
    assertThat(result).calls(mocks, "ReportFailure").call(1).input().at("$.Message").isString();
    assertThat(mocks.calls("ReportSuccess")).isEmpty();
  }

  @Test
  void should_retry_a_throttled_transform_inside_its_child_execution() {
    // GIVEN: the first TransformBatch call is throttled
    mocks.task("TransformBatch")
        .throwsError("Lambda.TooManyRequestsException", "Rate exceeded")
        .thenAnswers(call -> TaskResponse.success(
            json("{\"Payload\": {\"rows\": " + call.input().at("/Payload/Items") + "}}")));
    // WHEN
    ExecutionResult result = sfn.run(RUN);
    // THEN
    assertThat(result).succeeded();
    assertThat(mocks.calls("TransformBatch")).hasSize(5);
    assertThat(result.childExecutions()).filteredOn(child -> child.visits().get(0).retries() == 1).hasSize(1);
  }

  @Test
  void should_start_no_child_execution_for_an_export_with_only_a_header() {
    // GIVEN
    mocks.task("LoadOrders").returns(s3Object("orderId,customer,amount,currency\n"));
    // WHEN
    ExecutionResult result = sfn.run(RUN);
    // THEN
    assertThat(result).succeeded();
    assertThat(result.childExecutions()).isEmpty();
    assertThat(mocks.calls("TransformBatch")).isEmpty();
  }

  /** Makes TransformBatch fail for every batch holding one of these orders. */
  private void failBatchesContaining(String... orderIds) {
    mocks.task("TransformBatch").answers(call -> {
      JsonNode items = call.input().at("/Payload/Items");
      for (JsonNode item : items) {
        for (String orderId : orderIds) {
          if (item.get("orderId").textValue().equals(orderId)) {
            return TaskResponse.failure("Etl.BadRow", orderId + ": currency " + item.get("currency").textValue()
                + " not supported");
          }
        }
      }
      return TaskResponse.success(json("{\"Payload\": {\"rows\": " + items + "}}"));
    });
  }
}
