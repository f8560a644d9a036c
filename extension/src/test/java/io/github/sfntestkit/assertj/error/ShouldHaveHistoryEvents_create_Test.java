package io.github.sfntestkit.assertj.error;

import static io.github.sfntestkit.assertj.error.ShouldHaveHistoryEvents.shouldHaveEventCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveHistoryEvents_create_Test {

  @Test
  void should_create_the_full_message_with_description_and_path_taken() {
    // GIVEN
    Mocks mocks = Mocks.create();
    ExecutionResult declined = run(mocks, "{\"ChargeCard\": \"declined\"}");
    ExecutionResult paid = run(Mocks.create(), "{\"ChargeCard\": \"paid\"}");
    ExecutionResult items = StateMachine.fromJson(FactoryFixtures.ITEMS).execute("{\"items\":[1,2,3]}", ExecutionOptions.defaults());
    // WHEN
    String message = shouldHaveEventCount(paid, 3).create(new TextDescription("Test"), STANDARD_REPRESENTATION);
    // THEN
    assertThat(message).isEqualTo("[Test] " + System.lineSeparator() + String.join(System.lineSeparator(),
        "Expecting history to have:",
        "  3 events",
        "but it has:",
        "  11 events",
        "Event types present:",
        "  ExecutionStarted, PassStateEntered, PassStateExited, TaskStateEntered, TaskScheduled, TaskStarted, TaskSucceeded, TaskStateExited, SucceedStateEntered, SucceedStateExited, ExecutionSucceeded",
        "Path taken:",
        "  Start -> ChargeCard -> Done [Succeed]"));
  }

  private static ExecutionResult run(Mocks mocks, String which) {
    return FactoryFixtures.run(mocks, which.contains("declined"));
  }
}
