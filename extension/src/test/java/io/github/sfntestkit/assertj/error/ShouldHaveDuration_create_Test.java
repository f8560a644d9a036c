package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.error.ShouldHaveDuration.shouldHaveTakenAtMost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import java.time.Duration;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveDuration_create_Test {

  @Test
  void should_create_the_full_message_with_description_and_path_taken() {
    // GIVEN
    Mocks mocks = Mocks.create();
    ExecutionResult declined = run(mocks, "{\"ChargeCard\": \"declined\"}");
    ExecutionResult paid = run(Mocks.create(), "{\"ChargeCard\": \"paid\"}");
    ExecutionResult items = StateMachine.fromJson(FactoryFixtures.ITEMS).execute("{\"items\":[1,2,3]}", ExecutionOptions.defaults());
    // WHEN
    String message = shouldHaveTakenAtMost(declined, Duration.ofSeconds(1)).create(new TextDescription("Test"), STANDARD_REPRESENTATION);
    // THEN
    assertThat(message).isEqualTo("[Test] " + System.lineSeparator() + String.join(System.lineSeparator(),
        "Expecting execution to have taken at most:",
        "  PT1S",
        "but it took:",
        "  PT3S (virtual time, from 2024-01-01T00:00:00Z to 2024-01-01T00:00:03Z)",
        "Path taken:",
        "  Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]"));
  }

  private static ExecutionResult run(Mocks mocks, String which) {
    return FactoryFixtures.run(mocks, which.contains("declined"));
  }
}
