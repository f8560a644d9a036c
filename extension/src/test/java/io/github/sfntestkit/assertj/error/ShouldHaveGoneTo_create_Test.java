package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.error.ShouldHaveGoneTo.shouldHaveGoneTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveGoneTo_create_Test {

  @Test
  void should_create_the_full_message_with_description_and_path_taken() {
    // GIVEN
    Mocks mocks = Mocks.create();
    ExecutionResult declined = run(mocks, "{\"ChargeCard\": \"declined\"}");
    ExecutionResult paid = run(Mocks.create(), "{\"ChargeCard\": \"paid\"}");
    ExecutionResult items = StateMachine.fromJson(FactoryFixtures.ITEMS).execute("{\"items\":[1,2,3]}", ExecutionOptions.defaults());
    // WHEN
    String message = shouldHaveGoneTo(paid, "\"ChargeCard\"", paid.visits().get(1), "PaymentFailed").create(new TextDescription("Test"), STANDARD_REPRESENTATION);
    // THEN
    assertThat(message).isEqualTo("[Test] " + System.lineSeparator() + String.join(System.lineSeparator(),
        "Expecting state \"ChargeCard\" to have gone to:",
        "  \"PaymentFailed\"",
        "but it went to \"Done\".",
        "State input:",
        "  {\"id\":1,\"order\":{\"amount\":42}}",
        "State output:",
        "  {\"status\":\"PAID\",\"total\":42}",
        "Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }

  private static ExecutionResult run(Mocks mocks, String which) {
    return FactoryFixtures.run(mocks, which.contains("declined"));
  }
}
