package io.github.sfntestkit.junit.scenario;

import static io.github.sfntestkit.junit.scenario.ScenarioEngine.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import io.github.sfntestkit.scenario.Expectations;
import io.github.sfntestkit.scenario.Scenario;
import io.github.sfntestkit.scenario.ScenarioFile;
import io.github.sfntestkit.scenario.StateExpectation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Every expectation key, passing (the scenario files under scenarios/ all pass) and failing (the
 * -fails fixtures), with the report's text: every failing expectation at once, each under its key
 * and line, with what the assertions show.
 */
class ScenarioExpectationsTest {
  private static final List<String> PASSING = List.of("scenarios/orders.sfn-test.yaml",
      "scenarios/approval.sfn-test.yaml", "scenarios/more-orders.sfn-test.json", "scenarios/pkg/echo.sfn-test.yml",
      "scenarios/template/notify.sfn-test.yaml");
  private static final String FAILING = "scenarios/failing/orders-failing.sfn-test-fails.yaml";

  private static EngineExecutionResults failing;

  @BeforeAll
  static void run_the_failing_fixtures() {
    failing = ScenarioEngine.run(selectClasspathResource("scenarios/failing"));
  }

  @Test
  void should_pass_every_expectation_key_in_the_passing_files() {
    // GIVEN every key used by a scenario that runs (not disabled) in the passing files
    Set<String> used = new TreeSet<>();
    Set<String> stateKeys = new TreeSet<>();
    for (String resource : PASSING) {
      for (Scenario s : ScenarioFile.loadResource(resource).scenarios()) {
        if (s.disabledReason().isEmpty()) {
          used.addAll(keys(s.expectations()));
          s.expectations().states().values().forEach(e -> stateKeys.addAll(stateKeys(e)));
        }
      }
    }
    // WHEN they run
    EngineExecutionResults results = ScenarioEngine.runWithDefaults(
        PASSING.stream().map(r -> selectClasspathResource(r)).toArray(org.junit.platform.engine.DiscoverySelector[]::new));
    // THEN they pass, and between them they use every key
    assertThat(ScenarioEngine.failures(results.allEvents())).isEmpty();
    results.testEvents().assertStatistics(s -> s.succeeded(13));
    assertThat(used).containsAll(List.of("status", "error", "cause", "causeContains", "output", "outputContains",
        "outputAt", "path", "visited", "notVisited", "visitedInOrder", "retries", "calls", "callInputs", "states",
        "maxDuration", "duration"));
    assertThat(used).containsAll(Expectations.KEYS);
    assertThat(stateKeys).containsExactlyInAnyOrderElementsOf(Expectations.STATE_KEYS);
  }

  @Test
  void should_fail_every_expectation_key_and_report_them_all_at_once() {
    String report = failure(failing, "every expectation wrong");

    assertThat(report).startsWith("Scenario \"every expectation wrong\" (orders-failing.sfn-test-fails.yaml, line 21) "
        + "failed 20 of 20 expectations:\n\nexpect.status (line 25, column 15):\n"
        + "  Expecting execution to have failed but it ended with status SUCCEEDED, output:\n");
    assertThat(report).contains(
        "\n\nexpect.error (line 26, column 14):\n  Expecting execution to have failed with error:\n    \"Payment.Failed\"\n",
        "\n\nexpect.cause (line 27, column 14):\n  Expecting execution cause to be:\n    \"The card could not be charged\"\n",
        "\n\nexpect.output (line 28, column 15):\n  Expecting execution output to be (ignoring key order):\n    {\"orderId\":\"o-2\"}\n",
        "\n\nexpect.outputContains (line 29, column 23):\n  Expecting execution output to contain (extra fields allowed):\n",
        "\n\nexpect.outputAt[\"$.payment.chargeId\"] (line 30, column 40):\n"
            + "  Expecting execution output at $.payment.chargeId to be (ignoring key order):\n    \"ch-9\"\n  but was:\n    \"ch-1\"\n",
        "\n\nexpect.visited (line 31, column 16):\n  Expecting execution to have entered state:\n    \"PaymentFailed\"\n"
            + "  but it did not. Path taken:\n"
            + "    ValidateOrder -> IsValid -> ChargeCard (1 retry) -> WaitForWarehouse -> Notify -> Done [Succeed]\n",
        "\n\nexpect.notVisited (line 32, column 19):\n  Expecting execution not to have entered states:\n    [\"ChargeCard\"]\n",
        "\n\nexpect.visitedInOrder (line 33, column 23):\n  Expecting execution to have entered states in this order:\n",
        "\n\nexpect.calls.ChargeCard (line 34, column 27):\n  Expecting calls to \"ChargeCard\" to number:\n    1\n  but there were:\n    2\n",
        "\n\nexpect.callInputs.ChargeCard[0] (line 35, column 33):\n"
            + "  Expecting input of call #1 to \"ChargeCard\" to contain (extra fields allowed):\n    {\"Payload\":{\"amount\":11}}\n",
        "\n\nexpect.states.ChargeCard.entered (line 37, column 41):\n  Expecting state \"ChargeCard\" to have been entered:\n    2 times\n",
        "\n\nexpect.states.ChargeCard.input (line 37, column 51):\n  Expecting input of state \"ChargeCard\" to be (ignoring key order):\n",
        "\n\nexpect.states.ChargeCard.output (line 37, column 75):\n  Expecting output of state \"ChargeCard\" to be (ignoring key order):\n",
        "\n\nexpect.states.ChargeCard.outputContains (line 37, column 95):\n"
            + "  Expecting output of state \"ChargeCard\" to contain (extra fields allowed):\n",
        "\n\nexpect.states.ChargeCard.next (line 38, column 28):\n  Expecting state \"ChargeCard\" to have gone to:\n"
            + "    \"PaymentFailed\"\n  but it went to \"WaitForWarehouse\".\n",
        "\n\nexpect.states.ChargeCard.caught (line 38, column 51):\n  Expecting state \"ChargeCard\" to have caught error:\n",
        "\n\nexpect.states.ChargeCard.retries (line 38, column 78):\n  Expecting state \"ChargeCard\" to have been retried:\n"
            + "    0 times\n  but it was retried:\n    1 time (delays [PT2S])\n",
        "\n\nexpect.maxDuration (line 39, column 20):\n  Expecting execution to have taken at most:\n    PT1M\n  but it took:\n"
            + "    PT1H2S (virtual time, from 2024-01-01T00:00:00Z to 2024-01-01T01:00:02Z)\n",
        "\n\nexpect.duration (line 40, column 17):\n  Expecting execution to have taken exactly:\n    PT1H\n");
  }

  @Test
  void should_report_path_and_retries_with_the_path_taken() {
    assertThat(failure(failing, "wrong path and retries")).isEqualTo(
        // tag::scenarios.failure-report[]
        """
        Scenario "wrong path and retries" (orders-failing.sfn-test-fails.yaml, line 15) failed 2 of 3 expectations:

        expect.path (line 18, column 13):
          [path taken]
          Expecting actual:
            ["ValidateOrder", "IsValid", "ChargeCard", "WaitForWarehouse", "Notify", "Done"]
          to contain exactly (and in same order):
            ["ValidateOrder", "IsValid", "ChargeCard", "Notify", "Done"]
          but some elements were not expected:
            ["WaitForWarehouse"]

        expect.retries.ChargeCard (line 19, column 29):
          Expecting state "ChargeCard" to have been retried:
            2 times
          but it was retried:
            1 time (delays [PT2S])
          then it went to "WaitForWarehouse".
          Path taken:
            ValidateOrder -> IsValid -> ChargeCard (1 retry) -> WaitForWarehouse -> Notify -> Done [Succeed]"""
        // end::scenarios.failure-report[]
    );
  }

  @Test
  void should_report_a_cause_that_does_not_contain_the_text() {
    assertThat(failure(failing, "wrong cause part")).isEqualTo(
        "Scenario \"wrong cause part\" (orders-failing.sfn-test-fails.yaml, line 42) failed 1 of 3 expectations:\n"
            + "\n"
            + "expect.causeContains (line 49, column 22):\n"
            + "  Expecting execution cause to contain:\n"
            + "    \"payment\"\n"
            + "  but the execution ended with status FAILED:\n"
            + "    error: \"Order.Invalid\"\n"
            + "    cause: \"The order did not pass validation\"\n"
            + "  Path taken:\n"
            + "    ValidateOrder -> IsValid -> Rejected [Fail: Order.Invalid]");
  }

  @Test
  void should_compare_the_status_and_error_of_a_status_without_an_assertion() {
    assertThat(failure(failing, "expects an aborted execution")).isEqualTo(
        "Scenario \"expects an aborted execution\" (orders-failing.sfn-test-fails.yaml, line 51) failed 2 of 2 expectations:\n"
            + "\n"
            + "expect.status (line 54, column 15):\n"
            + "  [execution status]\n"
            + "  expected: ABORTED\n"
            + "   but was: SUCCEEDED\n"
            + "\n"
            + "expect.error (line 55, column 14):\n"
            + "  [execution error]\n"
            + "  expected: \"Execution.Aborted\"\n"
            + "   but was: null");
  }

  @Test
  void should_fail_with_the_located_names_of_states_the_definition_does_not_have() {
    assertThat(failure(failing, "a state name that does not exist")).isEqualTo(
        "Invalid scenario file (" + FAILING + "): 2 problems\n"
            + "  Scenario \"a state name that does not exist\" at /scenarios/4/expect/visited/0 (line 60, column 17)\n"
            + "    \"visited\" names no state \"Notfy\" of the state machine. Did you mean \"Notify\"?\n"
            + "  Scenario \"a state name that does not exist\" at /scenarios/4/expect/states/ChargeCrd (line 62, column 20)\n"
            + "    \"states\" names no state \"ChargeCrd\" of the state machine. Did you mean \"ChargeCard\"?");
  }

  @Test
  void should_fail_a_scenario_whose_task_has_no_mock_with_how_to_mock_it() {
    assertThat(failure(failing, "notify is not mocked")).isEqualTo(
        "Scenario \"notify is not mocked\" (unmocked.sfn-test-fails.yaml, line 9) could not run:\n"
            + "No mock answers Task state \"Notify\" (resource arn:aws:states:::sns:publish, call #1).\n"
            + "Mocks registered: mocks.task(\"ValidateOrder\"), mocks.task(\"ChargeCard\").\n"
            + "Add one: mocks.task(\"Notify\").returns(...).");
  }

  @Test
  void should_report_failures_without_a_stack_trace() {
    failing.testEvents().failed().stream().map(ScenarioEngine::throwable).forEach(t ->
        assertThat(t.orElseThrow().getStackTrace()).isEmpty());
  }

  private static Set<String> keys(Expectations e) {
    Set<String> keys = new TreeSet<>();
    if (e.statusGiven()) {
      keys.add("status");
    }
    e.error().ifPresent(x -> keys.add("error"));
    e.cause().ifPresent(x -> keys.add("cause"));
    e.causeContains().ifPresent(x -> keys.add("causeContains"));
    e.output().ifPresent(x -> keys.add("output"));
    e.outputContains().ifPresent(x -> keys.add("outputContains"));
    e.path().ifPresent(x -> keys.add("path"));
    e.maxDuration().ifPresent(x -> keys.add("maxDuration"));
    e.duration().ifPresent(x -> keys.add("duration"));
    addIf(keys, "outputAt", !e.outputAt().isEmpty());
    addIf(keys, "visited", !e.visited().isEmpty());
    addIf(keys, "notVisited", !e.notVisited().isEmpty());
    addIf(keys, "visitedInOrder", !e.visitedInOrder().isEmpty());
    addIf(keys, "retries", !e.retries().isEmpty());
    addIf(keys, "calls", !e.calls().isEmpty());
    addIf(keys, "callInputs", !e.callInputs().isEmpty());
    addIf(keys, "states", !e.states().isEmpty());
    return keys;
  }

  private static Set<String> stateKeys(StateExpectation e) {
    Set<String> keys = new TreeSet<>();
    addIf(keys, "visit", e.visit() != 1);
    e.entered().ifPresent(x -> keys.add("entered"));
    e.input().ifPresent(x -> keys.add("input"));
    e.output().ifPresent(x -> keys.add("output"));
    e.outputContains().ifPresent(x -> keys.add("outputContains"));
    e.next().ifPresent(x -> keys.add("next"));
    e.caught().ifPresent(x -> keys.add("caught"));
    e.retries().ifPresent(x -> keys.add("retries"));
    return keys;
  }

  private static void addIf(Set<String> keys, String key, boolean present) {
    if (present) {
      keys.add(key);
    }
  }
}
