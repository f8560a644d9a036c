package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.error.ShouldHaveAssigned.shouldHaveAssignedButDidNot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.assertj.internal.JsonValues;
import io.github.sfntestkit.mock.Mocks;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveAssigned_create_Test {

  @Test
  void should_create_the_full_message_with_description_and_path_taken() {
    // GIVEN
    Mocks mocks = Mocks.create();
    ExecutionResult declined = run(mocks, "{\"ChargeCard\": \"declined\"}");
    ExecutionResult paid = run(Mocks.create(), "{\"ChargeCard\": \"paid\"}");
    ExecutionResult items = StateMachine.fromJson(FactoryFixtures.ITEMS).execute("{\"items\":[1,2,3]}", ExecutionOptions.defaults());
    // WHEN
    String message = shouldHaveAssignedButDidNot(items, "\"Remember\"", "total", JsonValues.parse("4"), items.visits().get(4)).create(new TextDescription("Test"), STANDARD_REPRESENTATION);
    // THEN
    assertThat(message).isEqualTo("[Test] " + System.lineSeparator() + String.join(System.lineSeparator(),
        "Expecting state \"Remember\" to have assigned $total:",
        "  4",
        "but it assigned only:",
        "  {\"first\":1,\"count\":3}",
        "Path taken:",
        "  Each -> Validate (x3) -> Remember [End]"));
  }

  private static ExecutionResult run(Mocks mocks, String which) {
    return FactoryFixtures.run(mocks, which.contains("declined"));
  }
}
