package io.github.sfntestkit.samples.orders;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.MockConfigFile;
import io.github.sfntestkit.samples.SampleFiles;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Step Functions Local test cases of {@code order-processing/MockConfigFile.json}, unchanged, with
 * the sample's {@code input.json}: the same files {@code samples/run-samples.sh} gives the
 * command-line runner.
 */
@StateMachineTest("order-processing/order.asl.json")
class OrderMockConfigFileTest {

  static final MockConfigFile FILE = MockConfigFile.read(Path.of("order-processing/MockConfigFile.json"));
  static final String INPUT = SampleFiles.text("order-processing/input.json");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      HappyPath            | SUCCEEDED |                | ValidateOrder IsValid ChargeCard WaitForWarehouse Notify Done
      ThrottledThenCharged | SUCCEEDED |                | ValidateOrder IsValid ChargeCard WaitForWarehouse Notify Done
      CardDeclined         | FAILED    | Payment.Failed | ValidateOrder IsValid ChargeCard RecordPaymentFailure PaymentFailed
      InvalidOrder         | FAILED    | Order.Invalid  | ValidateOrder IsValid Rejected
      """)
  void should_run_each_test_case_of_the_mock_config_file(
      String testCase, String status, String error, String path, StateMachineRunner sfn) {
    // WHEN
    ExecutionResult result = sfn.run(INPUT, options -> options.withIntegration(FILE.testCase("Order", testCase)));
    // THEN
    assertThat(result.status()).hasToString(status);
    assertThat(result.error()).isEqualTo(error);
    assertThat(result).path().containsExactly(path.split(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"HappyPath, ch-1, 0", "ThrottledThenCharged, ch-2, 6"})
  void should_charge_the_card_the_test_case_says(String testCase, String chargeId, int backoffSeconds,
      StateMachineRunner sfn) {
    // WHEN
    ExecutionResult result = sfn.run(INPUT, options -> options.withIntegration(FILE.testCase("Order", testCase)));
    // THEN: "ThrottledTwice" throws on calls 0-1, so the Retrier waits 2 s and 4 s
    assertThat(result).outputAt("$.payment.chargeId").hasText(chargeId);
    assertThat(result).tookExactly(Duration.ofHours(1).plusSeconds(backoffSeconds));
  }

  /**
   * A {@code @ParameterizedTest} argument may be of an sfn-testkit type: JUnit converts the CSV text
   * to the {@link ExecutionStatus} enum, and the extension injects only the runner.
   */
  @ParameterizedTest
  @CsvSource({"HappyPath, SUCCEEDED", "InvalidOrder, FAILED"})
  void should_accept_an_execution_status_converted_by_junit(String testCase, ExecutionStatus status,
      StateMachineRunner sfn) {
    ExecutionResult result = sfn.run(INPUT, options -> options.withIntegration(FILE.testCase("Order", testCase)));
    assertThat(result.status()).isEqualTo(status);
  }
}
