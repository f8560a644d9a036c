package io.github.sfntestkit.samples.jsonata;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.SfnInject;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.samples.SampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSONata checkout: {@code LoadCart} assigns the cart to variables ({@code $states.result}),
 * {@code PriceCart} and {@code ApplyDiscount} compute with them, {@code ChooseDiscount} branches on
 * JSONata {@code Condition}s that also assign, and {@code Receipt}'s {@code Output} builds the result.
 * The state inputs stay empty: the data travels in variables, which the tests read with
 * {@code state(...).assigned(...)}.
 */
@StateMachineTest("jsonata-variables/checkout.asl.json")
class CartCheckoutTest {

  static final String CART = SampleFiles.text("jsonata-variables/input.json");

  @SfnInject Mocks mocks;
  @SfnInject StateMachineRunner sfn;

  /** A cart of two lines, 2 x 50 and 2 x 25: subtotal 150. */
  static String cart(String tier) {
    return """
        {"customer": {"id": "cu-3", "tier": "%s"},
         "items": [{"sku": "book", "price": 50, "quantity": 2}, {"sku": "pen", "price": 25, "quantity": 2}]}"""
        .formatted(tier);
  }

  @BeforeEach
  void the_card_is_charged() {
    mocks.task("ChargeCard").returnsPayload("{\"chargeId\": \"ch-77\"}");
  }

  @Test
  void should_give_a_gold_customer_20_percent_off() {
    // GIVEN
    mocks.task("LoadCart").returnsPayload(cart("GOLD"));
    // WHEN
    ExecutionResult result = sfn.run(CART);
    // THEN
    assertThat(result).succeeded().hasOutput("""
        {"cartId": "cart-5", "status": "PAID", "items": 4, "subtotal": 150, "discount": 30,
         "discountReason": "gold customer", "total": 120, "chargeId": "ch-77"}""");
    assertThat(result).path().containsExactly("LoadCart", "HasItems", "PriceCart", "ChooseDiscount",
        "ApplyDiscount", "ChargeCard", "Receipt");
    assertThat(result).calls(mocks, "ChargeCard").call(1).hasInput("""
        {"FunctionName": "${ChargeFunctionArn}",
         "Payload": {"cartId": "cart-5", "customerId": "cu-3", "amount": 120, "currency": "EUR"}}""");
  }

  @Test
  void should_keep_the_data_in_variables_not_in_the_state_input() {
    // GIVEN
    mocks.task("LoadCart").returnsPayload(cart("GOLD"));
    // WHEN
    ExecutionResult result = sfn.run(CART);
    // THEN: LoadCart's Output is {}, so every later state gets an empty input
    assertThat(result).state("LoadCart").hasInput("{\"cartId\": \"cart-5\"}").hasOutput("{}")
        .assigned("cartId", "\"cart-5\"")
        .assigned("customer", "{\"id\": \"cu-3\", \"tier\": \"GOLD\"}");
    assertThat(result).state("PriceCart").hasInput("{}").assigned("subtotal", "150").assigned("itemCount", "4");
    assertThat(result).state("ChooseDiscount").assigned("discountRate", "0.2");
    assertThat(result).state("ApplyDiscount").assigned("discount", "30").assigned("total", "120");
    assertThat(result).state("ChargeCard").assigned("chargeId", "\"ch-77\"");
  }

  @ParameterizedTest(name = "{0} customer, {1} x {2}: {5} off, total {6}")
  @CsvSource({
      "GOLD,     50, 2, ApplyDiscount, 'gold customer', 20, 80",
      "STANDARD, 50, 5, ApplyDiscount, 'large order',   25, 225",
      "STANDARD, 40, 3, NoDiscount,    ,                0,  120",
      "GOLD,     30, 3, NoDiscount,    ,                0,  90"})
  void should_pick_the_discount_by_tier_and_subtotal(String tier, int price, int quantity, String branch,
      String reason, int discount, int total) {
    // GIVEN
    mocks.task("LoadCart").returnsPayload("""
        {"customer": {"id": "cu-1", "tier": "%s"}, "items": [{"sku": "mug", "price": %d, "quantity": %d}]}"""
        .formatted(tier, price, quantity));
    // WHEN
    ExecutionResult result = sfn.run(CART);
    // THEN
    assertThat(result).succeeded().state("ChooseDiscount").wentTo(branch);
    assertThat(result).outputAt("$.discount").isEqualTo(String.valueOf(discount));
    assertThat(result).outputAt("$.total").isEqualTo(String.valueOf(total));
    if (reason == null) {
      assertThat(result).outputAt("$.discountReason").isJsonNull();
    } else {
      assertThat(result).outputAt("$.discountReason").hasText(reason);
    }
  }

  @Test
  void should_fail_an_empty_cart_without_charging_it() {
    // GIVEN
    mocks.task("LoadCart").returnsPayload("{\"customer\": {\"id\": \"cu-1\", \"tier\": \"GOLD\"}, \"items\": []}");
    // WHEN
    ExecutionResult result = sfn.run(CART);
    // THEN
    assertThat(result).failedWith("Checkout.EmptyCart");
    assertThat(result).path().containsExactly("LoadCart", "HasItems", "EmptyCart");
    assertThat(mocks.calls("ChargeCard")).isEmpty();
  }

  @Test
  void should_build_the_failure_from_the_caught_error() {
    // GIVEN
    mocks.task("LoadCart").returnsPayload(cart("STANDARD"));
    mocks.task("ChargeCard").throwsError("Payment.Declined", "card expired");
    // WHEN
    ExecutionResult result = sfn.run(CART);
    // THEN: the Catcher's Output ($states.errorOutput) is the Fail state's input
    assertThat(result).failedWith("Checkout.PaymentDeclined").withCause("Card declined for cart cart-5: card expired");
    assertThat(result).state("ChargeCard").caught("Payment.Declined").wentTo("PaymentDeclined");
    assertThat(result).state("PaymentDeclined")
        .hasInput("{\"cartId\": \"cart-5\", \"status\": \"DECLINED\", \"reason\": \"card expired\"}");
  }

  @Test
  void should_retry_loading_the_cart_after_a_lambda_service_error() {
    // GIVEN
    mocks.task("LoadCart").throwsError("Lambda.ServiceException", "internal").thenReturnsPayload(cart("GOLD"));
    // WHEN
    ExecutionResult result = sfn.run(CART);
    // THEN
    assertThat(result).succeeded().outputAt("$.total").isEqualTo("120");
    assertThat(result).state("LoadCart").wasRetried(1);
  }
}
