package io.github.sfntestkit.docs.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** docs/concepts.md: the same run gives the same history; expected instants from the virtual clock. */
class ConceptsDocsTest {
  private static final StateMachine SM = StateMachine.fromString("""
      {"StartAt": "Token", "States": {
        "Token": {"Type": "Pass", "Parameters": {"id.$": "States.UUID()", "dice.$": "States.MathRandom(1, 6)"},
                  "Next": "Approve"},
        "Approve": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                    "Parameters": {"MessageBody": {"token.$": "$$.Task.Token"}},
                    "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 5, "JitterStrategy": "FULL"}],
                    "TimeoutSeconds": 60, "End": true}}}
      """);

  @Test
  void the_same_run_gives_the_same_history() {
    Mocks mocks = Mocks.create();
    mocks.task("Approve").neverAnswers().times(1).thenReturns("{\"approved\": true}");
    String input = "{}";
    // tag::concepts-determinism[]
    ExecutionOptions options = ExecutionOptions.defaults().withSeed(42).withIntegration(mocks);
    ExecutionResult first = SM.execute(input, options);
    ExecutionResult second = SM.execute(input, options);

    first.history().toJson().equals(second.history().toJson());   // true: same events, times, UUIDs, tokens
    first.name();                                                  // "test-execution", from ExecutionOptions
    // end::concepts-determinism[]
    assertThat(first.history().toJson()).isEqualTo(second.history().toJson());
    assertThat(first.name()).isEqualTo("test-execution");
    assertThat(first.succeeded()).isTrue();
    ExecutionResult otherSeed = SM.execute(input, options.withSeed(7));
    assertThat(otherSeed.history().toJson()).as("another seed, other random values")
        .isNotEqualTo(first.history().toJson());
  }

  @Test
  void a_virtual_clock_names_the_expected_instants() {
    // tag::concepts-clock[]
    VirtualClock clock = ExecutionOptions.defaults().withStartTime(Instant.parse("2025-06-01T09:00:00Z")).clock();
    clock.at(Duration.ofHours(1));                                 // 2025-06-01T10:00:00Z
    clock.elapsed(Instant.parse("2025-06-01T09:00:30Z"));          // PT30S
    // end::concepts-clock[]
    assertThat(clock.at(Duration.ofHours(1))).isEqualTo(Instant.parse("2025-06-01T10:00:00Z"));
    assertThat(clock.elapsed(Instant.parse("2025-06-01T09:00:30Z"))).isEqualTo(Duration.ofSeconds(30));
  }
}
