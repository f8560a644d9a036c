package io.github.sfntestkit.samples.orders;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.junit.FailureScenarios;
import io.github.sfntestkit.junit.FailureScenarios.Invariant;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Failure;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.samples.SampleFiles;
import io.github.sfntestkit.template.Template;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The order workflow as it is deployed: the {@code OrderStateMachine} of the SAM template. */
@StateMachineTest(template = "order-processing/template.yaml", logicalId = "OrderStateMachine")
class OrderTemplateTest {

  static final String ORDER = "{\"orderId\": \"o-1001\", \"amount\": 42.5}";

  /** Mocks by function, table and topic, as the template names them. */
  static Mocks happyPath() {
    Mocks mocks = Mocks.create();
    mocks.lambda("validate-order").returnsPayload("{\"valid\": true}");
    mocks.lambda("charge-card").returnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.resource("arn:aws:states:::dynamodb:putItem").returnsPayload("{}");
    mocks.resource("arn:aws:states:::sns:publish").returnsPayload("{}");
    return mocks;
  }

  @Test
  void should_deploy_the_definition_of_the_asl_file() {
    // WHEN
    Template template = Template.load(Path.of("order-processing/template.yaml"));
    // THEN
    assertThat(template.stateMachines()).containsExactly("OrderStateMachine");
    assertThat(template.definition("OrderStateMachine"))
        .isEqualTo(SampleFiles.jsonFile("order-processing/order.asl.json"));
  }

  @Test
  void should_ship_an_order_with_mocks_by_function_name(StateMachineRunner sfn) {
    // GIVEN
    sfn.mocks().lambda("validate-order").returnsPayload("{\"valid\": true}");
    sfn.mocks().lambda("charge-card").returnsPayload("{\"chargeId\": \"ch-7\"}");
    sfn.mocks().resource("arn:aws:states:::sns:publish").returnsPayload("{}");
    // WHEN
    ExecutionResult result = sfn.run(ORDER);
    // THEN
    assertThat(result).succeeded().outputAt("$.payment.chargeId").hasText("ch-7");
    assertThat(sfn.mocks().calls("ChargeCard").get(0).answeredBy()).isEqualTo("mocks.lambda(\"charge-card\")");
  }

  /** Each Task state of the happy path fails once; whatever happens, a failed payment is on record. */
  @TestFactory
  Stream<DynamicTest> a_failed_payment_is_always_recorded(StateMachine machine, ExecutionOptions options) {
    return FailureScenarios.of(machine, ORDER, OrderTemplateTest::happyPath,
            List.of(Failure.error("Lambda.ServiceException", "internal error"), Failure.timeout()))
        .withOptions(options)
        .check(Invariant.that("a Payment.Failed execution wrote to the orders table",
            result -> !"Payment.Failed".equals(result.error()) || result.path().contains("RecordPaymentFailure")));
  }
}
