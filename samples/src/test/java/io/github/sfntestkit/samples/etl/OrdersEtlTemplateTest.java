package io.github.sfntestkit.samples.etl;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static io.github.sfntestkit.samples.SampleFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.samples.SampleFiles;
import io.github.sfntestkit.template.Template;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ETL as deployed: the template names the functions, the table and the results bucket. */
@StateMachineTest(template = "distributed-etl/template.yaml", logicalId = "OrdersEtlStateMachine")
class OrdersEtlTemplateTest {

  @Test
  void should_deploy_the_asl_file_with_the_template_s_resources() {
    // WHEN
    Template template = Template.load(Path.of("distributed-etl/template.yaml"));
    // THEN
    assertThat(template.definition("OrdersEtlStateMachine")).isEqualTo(SampleFiles.substituted(
        "distributed-etl/etl.asl.json", Map.of(
            "TransformFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:transform-orders",
            "WriteFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:write-orders",
            "OrdersTableName", "orders-reporting",
            "ResultsBucketName", "orders-etl-results",
            "EtlTopicArn", "arn:aws:sns:us-east-1:123456789012:orders-etl-reports")));
  }

  @Test
  void should_write_the_results_to_the_template_s_bucket(Mocks mocks, StateMachineRunner sfn) {
    // GIVEN
    mocks.task("LoadOrders").returns(OrdersEtlTest.s3Object(SampleFiles.text("distributed-etl/orders.csv")));
    mocks.lambda("transform-orders").handledBy(batch -> json("{\"rows\": " + batch.get("Items") + "}"));
    mocks.lambda("write-orders").handledBy(payload -> json("{\"written\": " + payload.get("rows").size() + "}"));
    mocks.resource("arn:aws:states:::sns:publish").returnsPayload("{}");
    // WHEN
    ExecutionResult result = sfn.run(SampleFiles.text("distributed-etl/input.json"));
    // THEN
    assertThat(result).succeeded().outputAt("$.mapRun.ResultWriterDetails.Bucket").hasText("orders-etl-results");
    assertThat(result.writtenObjects().keySet()).allMatch(key -> key.startsWith("orders-etl-results/etl-runs/"));
    assertThat(mocks.calls("WriteBatch")).allSatisfy(call ->
        assertThat(call.input().at("/Payload/table").textValue()).isEqualTo("orders-reporting"));
  }
}
