package io.github.sfntestkit.junit.scenario;

import static io.github.sfntestkit.junit.scenario.ScenarioEngine.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A file that cannot be loaded is one failed test named after the file, whose message is the
 * located report; discovery goes on and the other files run.
 */
class ScenarioMalformedFilesTest {
  private static EngineExecutionResults results;

  @BeforeAll
  static void run_the_malformed_files_next_to_a_good_one() {
    results = ScenarioEngine.run(selectClasspathResource("scenarios/malformed"),
        selectClasspathResource("scenarios/pkg/echo.sfn-test.yml"));
  }

  @Test
  void should_fail_each_broken_file_as_one_test_and_run_the_others() {
    results.testEvents().assertStatistics(s -> s.started(8).failed(6).succeeded(2));
    results.containerEvents().assertStatistics(s -> s.failed(0));
    TestDescriptor broken = results.testEvents().failed().list().get(0).getTestDescriptor();
    assertThat(broken.getDisplayName()).isEqualTo("bad-mock.sfn-test-bad.yaml");
    assertThat(broken.getSource()).contains(ClasspathResourceSource.from("scenarios/malformed/bad-mock.sfn-test-bad.yaml"));
    assertThat(broken.getChildren()).isEmpty();
  }

  @Test
  void should_report_a_yaml_syntax_error_at_its_line() {
    assertThat(failure(results, "syntax.sfn-test-bad.yaml")).isEqualTo(
        "Invalid scenario file (scenarios/malformed/syntax.sfn-test-bad.yaml): 1 problem\n"
            + "  Scenario file at /scenarios/0/input/orderId (line 5, column 11)\n"
            + "    invalid YAML: expected ',' or '}', but got : (while parsing a flow mapping at line 4, column 12).");
  }

  @Test
  void should_report_unknown_keys_and_wrong_values_all_at_once() {
    assertThat(failure(results, "typos.sfn-test-bad.yaml")).isEqualTo(
        // tag::scenarios.file-error-report[]
        """
        Invalid scenario file (scenarios/malformed/typos.sfn-test-bad.yaml): 6 problems
          Scenario "declined" › Mock task "ChargeCard" at /scenarios/0/mocks/0/throws (line 7, column 17)
            "throws" must be an object with "error" and, optionally, "cause"; found string "Payment.Declined". \
        Did you mean {"error": "Payment.Declined"}?
          Scenario "declined" at /scenarios/0/expect/staus (line 9, column 7)
            unknown field "staus" in "expect". Did you mean "status"?
          Scenario "declined" at /scenarios/0/expect/retries/ChargeCard (line 11, column 29)
            "retries" must be a whole number of retries, 0 or more; found string "two".
          Scenario "declined" at /scenarios/0/expect/maxDuration (line 12, column 20)
            "maxDuration" must be an ISO-8601 duration such as "PT2S" or "PT1H30M"; found string "2 hours". \
        Did you mean "PT2H"?
          Scenario "declined" at /scenarios/1/name (line 13, column 11)
            the name "declined" is already used by the scenario at /scenarios/0 (line 3, column 5); \
        scenario names must be unique in a file.
          Scenario "declined" at /scenarios/1/status (line 14, column 5)
            unknown field "status" in a scenario. "status" is an expectation: move it under "expect"."""
        // end::scenarios.file-error-report[]
    );
  }

  @Test
  void should_report_wrong_types_in_a_json_file() {
    assertThat(failure(results, "wrong-types.sfn-test-bad.json")).isEqualTo(
        "Invalid scenario file (scenarios/malformed/wrong-types.sfn-test-bad.json): 7 problems\n"
            + "  Scenario file at /options/startTime (line 3, column 28)\n"
            + "    \"startTime\" must be an ISO-8601 instant in UTC such as \"2025-01-01T00:00:00Z\"; found string \"yesterday\".\n"
            + "  Scenario file at /options/seed (line 3, column 49)\n"
            + "    \"seed\" must be a whole number; found string \"seven\".\n"
            + "  Scenario \"typed\" at /scenarios/0/tags/0 (line 7, column 16)\n"
            + "    tag \"smoke test\" contains whitespace: JUnit tags are single words such as \"smoke\" or \"payment-flow\".\n"
            + "  Scenario \"typed\" at /scenarios/0/expect/status (line 9, column 19)\n"
            + "    \"status\" must be \"SUCCEEDED\", \"FAILED\", \"TIMED_OUT\" or \"ABORTED\"; found string \"SUCCEDED\"."
            + " Did you mean \"SUCCEEDED\"?\n"
            + "  Scenario \"typed\" at /scenarios/0/expect/path (line 10, column 17)\n"
            + "    \"path\" must be a list of state names such as [\"ChargeCard\", \"Done\"]; found string \"ValidateOrder\".\n"
            + "  Scenario \"typed\" at /scenarios/0/expect/outputAt/payment.chargeId (line 11, column 22)\n"
            + "    \"outputAt\" keys are reference paths starting with \"$\", such as \"$.payment.id\" or \"$.items[0]\";"
            + " found \"payment.chargeId\". Did you mean \"$.payment.chargeId\"?\n"
            + "  Scenario \"typed\" at /scenarios/0/expect/states/ChargeCard/visit (line 12, column 44)\n"
            + "    \"visit\" must be a visit number, 1 or more (1 is the first visit); found number 0.");
  }

  @Test
  void should_report_a_missing_definition_file_with_the_closest_one() {
    assertThat(failure(results, "missing-definition.sfn-test-bad.yaml")).isEqualTo(
        "Invalid scenario file (scenarios/malformed/missing-definition.sfn-test-bad.yaml): 1 problem\n"
            + "  Scenario file at /definition (line 1, column 13)\n"
            + "    \"definition\" names no file: \"../order.asl.json\" (looked for classpath:scenarios/order.asl.json)."
            + " Did you mean \"../orders.asl.json\"?");
  }

  @Test
  void should_report_an_invalid_definition_with_its_own_located_problems() {
    assertThat(failure(results, "invalid-asl.sfn-test-bad.yaml")).isEqualTo(
        "Invalid scenario file (scenarios/malformed/invalid-asl.sfn-test-bad.yaml): 1 problem\n"
            + "  Scenario file at /definition (line 1, column 13)\n"
            + "    the definition \"broken.asl.json\" cannot be loaded:\n"
            + "    Invalid state machine definition (scenarios/malformed/broken.asl.json): 2 problems\n"
            + "      State \"Charge\" at /States/Charge/Next (line 4, column 86)\n"
            + "        \"Next\" names no state: \"Dnoe\". Expected one of: \"Done\". Did you mean \"Done\"?\n"
            + "      State \"Done\" at /States/Done (line 5, column 13)\n"
            + "        unreachable state: no transition leads here from the start state \"Charge\".");
  }

  @Test
  void should_report_bad_mock_entries_at_their_place_in_the_scenario_file() {
    assertThat(failure(results, "bad-mock.sfn-test-bad.yaml")).isEqualTo(
        "Invalid scenario file (scenarios/malformed/bad-mock.sfn-test-bad.yaml): 3 problems\n"
            + "  Mock task \"ValidateOrder\" at /mocks/0/returnPayload (line 4, column 5)\n"
            + "    unknown field \"returnPayload\" in a mock. Did you mean \"returnsPayload\"?\n"
            + "  Scenario \"throttled\" › Mock task \"ChargeCard\" at /scenarios/0/mocks/0/answers/0/after (line 11, column 20)\n"
            + "    \"after\" must be an ISO-8601 duration such as \"PT2S\" or \"PT1H30M\"; found string \"2s\". Did you mean \"PT2S\"?\n"
            + "  Scenario \"throttled\" › Mock task \"ChargeCard\" at /scenarios/0/mocks/1 (line 12, column 9)\n"
            + "    task \"ChargeCard\" is already mocked at /scenarios/0/mocks/0 (line 8); this mock would hide it."
            + " Put all its answers in one \"answers\" list.");
  }
}
