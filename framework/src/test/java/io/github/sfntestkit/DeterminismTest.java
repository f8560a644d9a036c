package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.mock.TaskIntegration;
import io.github.sfntestkit.mock.TaskResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  /** Parallel + Map + jittered retries + MathRandom + UUID + task latencies. */
  private static final String BUSY = """
      {"StartAt": "Seed", "States": {
        "Seed": {"Type": "Pass", "Parameters": {"id.$": "States.UUID()", "roll.$": "States.MathRandom(1, 1000000)",
                 "items": [1, 2, 3, 4]}, "Next": "Fan"},
        "Fan": {"Type": "Parallel", "Next": "Done", "Branches": [
          {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2,
            "End": true, "ItemProcessor": {"StartAt": "Work", "States": {
              "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                       "Parameters": {"item.$": "$", "nonce.$": "States.UUID()"},
                       "Retry": [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 2, "MaxAttempts": 3,
                                  "JitterStrategy": "FULL"}], "End": true}}}}}},
          {"StartAt": "Pause", "States": {
            "Pause": {"Type": "Wait", "Seconds": 5, "Next": "Dice"},
            "Dice": {"Type": "Pass", "Parameters": {"r.$": "States.MathRandom(0, 1000000)"}, "End": true}}}]},
        "Done": {"Type": "Pass", "End": true}}}""";

  /** Fails every first attempt of each item, answers with a latency that depends on the item. */
  private static final TaskIntegration FLAKY = call -> call.attempt() == 0
      ? TaskResponse.failure("Flaky", "first try")
      : TaskResponse.success(call.input()).after(Duration.ofMillis(100L * call.input().path("item").asInt()));

  private static ExecutionResult run(long seed) {
    return StateMachine.fromJson(BUSY)
        .execute(json("{}"), ExecutionOptions.defaults().withIntegration(FLAKY).withSeed(seed));
  }

  private static JsonNode seedOutput(ExecutionResult result) {
    return TestRuns.visit(result, "Seed").output();
  }

  @Test
  void should_produce_identical_histories_for_the_same_seed() {
    // GIVEN
    long seed = 1234;
    // WHEN
    ExecutionResult first = run(seed);
    ExecutionResult second = run(seed);
    // THEN
    assertThat(first.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(second.history().toJson()).isEqualTo(first.history().toJson());
    assertThat(second.output()).isEqualTo(first.output());
    assertThat(second.path()).isEqualTo(first.path());
    assertThat(second.duration()).isEqualTo(first.duration());
  }

  @Test
  void should_produce_identical_histories_when_one_compiled_machine_runs_twice() {
    // GIVEN
    StateMachine machine = StateMachine.fromJson(BUSY);
    ExecutionOptions options = ExecutionOptions.defaults().withIntegration(FLAKY).withSeed(99);
    // WHEN
    ExecutionResult first = machine.execute(json("{}"), options);
    ExecutionResult second = machine.execute(json("{}"), options);
    // THEN
    assertThat(second.history().toJson()).isEqualTo(first.history().toJson());
  }

  @Test
  void should_change_random_values_with_the_seed() {
    // GIVEN
    long seed = 1;
    long otherSeed = 2;
    // WHEN
    ExecutionResult first = run(seed);
    ExecutionResult other = run(otherSeed);
    // THEN
    assertThat(other.history().toJson()).isNotEqualTo(first.history().toJson());
    assertThat(seedOutput(other).path("id").asText()).isNotEqualTo(seedOutput(first).path("id").asText());
    assertThat(seedOutput(other).path("roll")).isNotEqualTo(seedOutput(first).path("roll"));
    assertThat(other.output().get(1).path("r")).isNotEqualTo(first.output().get(1).path("r"));
  }

  @Test
  void should_generate_version_4_uuids_and_random_numbers_in_range() {
    // GIVEN
    long seed = 5;
    // WHEN
    ExecutionResult result = run(seed);
    // THEN
    String id = seedOutput(result).path("id").asText();
    assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(seedOutput(result).path("roll").asInt()).isBetween(1, 999999);
    assertThat(result.output().get(1).path("r").asInt()).isBetween(0, 999999);
  }

  @Test
  void should_not_depend_on_the_order_in_which_machines_are_run() {
    // GIVEN
    ExecutionResult alone = run(42);
    // WHEN
    run(7);
    run(8);
    ExecutionResult afterOthers = run(42);
    // THEN
    assertThat(afterOthers.history().toJson()).isEqualTo(alone.history().toJson());
  }

  @Test
  void should_produce_identical_histories_when_one_machine_runs_on_several_threads() throws Exception {
    // GIVEN
    StateMachine machine = StateMachine.fromJson(BUSY);
    ExecutionOptions options = ExecutionOptions.defaults().withIntegration(FLAKY).withSeed(11);
    JsonNode expected = machine.execute(json("{}"), options).history().toJson();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    // WHEN
    List<Future<JsonNode>> runs = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> machine.execute(json("{}"), options).history().toJson()));
      }
      // THEN
      for (Future<JsonNode> run : runs) {
        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
