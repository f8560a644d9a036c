package io.github.sfntestkit.samples.jsonata;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
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

/**
 * The checkout as deployed: its template holds the definition inline ({@code Definition}, with
 * {@code !GetAtt} for the functions' ARNs). The first test keeps that copy equal to
 * {@code checkout.asl.json}.
 */
@StateMachineTest(template = "jsonata-variables/template.yaml", logicalId = "CheckoutStateMachine")
class CartCheckoutTemplateTest {

  @Test
  void should_hold_the_same_definition_inline_as_the_asl_file() {
    // WHEN
    Template template = Template.load(Path.of("jsonata-variables/template.yaml"));
    // THEN: compared as parsed JSON text, so that YAML and JSON number types do not matter
    assertThat(SampleFiles.json(template.definitionText("CheckoutStateMachine"))).isEqualTo(SampleFiles.substituted(
        "jsonata-variables/checkout.asl.json", Map.of(
            "LoadCartFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:load-cart",
            "ChargeFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:charge-cart")));
  }

  @Test
  void should_check_out_with_mocks_by_function_name(Mocks mocks, StateMachineRunner sfn) {
    // GIVEN
    mocks.lambda("load-cart").handledBy(payload -> SampleFiles.json("""
        {"customer": {"id": "cu-9", "tier": "GOLD"}, "items": [{"sku": "desk", "price": 240, "quantity": 1}]}"""));
    mocks.lambda("charge-cart").handledBy(payload ->
        SampleFiles.json("{\"chargeId\": \"ch-" + payload.get("amount").asInt() + "\"}"));
    // WHEN
    ExecutionResult result = sfn.run("{\"cartId\": \"cart-9\"}");
    // THEN: 20% off 240
    assertThat(result).succeeded().outputAt("$.chargeId").hasText("ch-192");
    assertThat(result).outputAt("$.total").isEqualTo("192");
  }
}
