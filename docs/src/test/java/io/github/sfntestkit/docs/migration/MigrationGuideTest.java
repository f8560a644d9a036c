package io.github.sfntestkit.docs.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.docs.check.Repository;
import io.github.sfntestkit.mock.MockConfigFile;
import io.github.sfntestkit.mock.MockFile;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.TaskIntegration;
import io.github.sfntestkit.mock.UnmockedTaskException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The worked example of docs/migrating-from-step-functions-local.md: each test case of an AWS-style
 * MockConfigFile, its conversion to a mock file and the same mocks in the Java DSL give the same
 * execution (status, path, output, error, duration and the whole history).
 */
class MigrationGuideTest {
  private static final StateMachine ORDERS = StateMachine.fromResource("orders.asl.json");
  private static final String INPUT = "{\"orderId\": \"o-1\", \"amount\": 42}";
  private static final Path MOCK_CONFIG_FILE =
      Repository.find().resolve("docs/examples/orders.MockConfigFile.json");

  @TestFactory
  Stream<DynamicTest> the_three_forms_of_each_test_case_run_alike() {
    return Stream.of(
        sameRun("HappyPath", "migration/happy-path.mocks.yaml", MigrationGuideTest::happyPath),
        sameRun("ThrottledCharge", "migration/throttled-charge.mocks.yaml", MigrationGuideTest::throttledCharge),
        sameRun("CardDeclined", "migration/card-declined.mocks.yaml", MigrationGuideTest::cardDeclined));
  }

  private static DynamicTest sameRun(String testCase, String mockFile, Supplier<Mocks> dsl) {
    return DynamicTest.dynamicTest(testCase, () -> {
      // GIVEN
      TaskIntegration fromConfig = MockConfigFile.read(MOCK_CONFIG_FILE).testCase("Orders", testCase);
      // WHEN
      ExecutionResult config = run(fromConfig);
      ExecutionResult file = run(MockFile.loadResource(mockFile));
      ExecutionResult java = run(dsl.get());
      // THEN
      for (ExecutionResult other : new ExecutionResult[] {file, java}) {
        assertThat(other.status()).isEqualTo(config.status());
        assertThat(other.path()).isEqualTo(config.path());
        assertThat(other.output()).isEqualTo(config.output());
        assertThat(other.error()).isEqualTo(config.error());
        assertThat(other.duration()).isEqualTo(config.duration());
        assertThat(other.history().toJson()).isEqualTo(config.history().toJson());
      }
    });
  }

  private static ExecutionResult run(TaskIntegration mocks) {
    return ORDERS.execute(INPUT, ExecutionOptions.defaults().withIntegration(mocks));
  }

  @Test
  void the_throttled_charge_is_retried_on_the_virtual_clock() {
    Path mockConfigFile = MOCK_CONFIG_FILE;
    // tag::migration-config-file[]
    TaskIntegration throttled = MockConfigFile.read(mockConfigFile)
        .testCase("Orders", "ThrottledCharge");   // what StartExecution on "...:stateMachine:Orders#ThrottledCharge" ran

    ExecutionResult result = StateMachine.fromResource("orders.asl.json")
        .execute("{\"orderId\": \"o-1\", \"amount\": 42}", ExecutionOptions.defaults().withIntegration(throttled));
    // end::migration-config-file[]
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.visits().get(2).retries()).isEqualTo(2);
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(2 + 4 + 3600));
    assertThat(result.output().at("/charge/chargeId").asText()).isEqualTo("ch-2");
  }

  @Test
  void a_state_missing_from_the_test_case_is_an_error_not_a_call_to_aws() {
    // GIVEN: CardDeclined has no entry for Ship; make the charge succeed so that Ship runs
    Mocks mocks = Mocks.create().fallbackTo(MockConfigFile.read(MOCK_CONFIG_FILE).testCase("Orders", "CardDeclined"));
    mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-3\"}");
    // WHEN
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> run(mocks));
    // THEN
    assertThat(thrown).isInstanceOf(UnmockedTaskException.class)
        .hasMessageStartingWith("No mock answers Task state \"Ship\" (resource arn:aws:states:::sqs:sendMessage, call #1).");
  }

  @Test
  void a_test_case_and_a_mock_for_the_rest() {
    Path mockConfigFile = MOCK_CONFIG_FILE;
    // tag::migration-fallback[]
    Mocks mocks = Mocks.create()
        .fallbackTo(MockConfigFile.read(mockConfigFile).testCase("Orders", "CardDeclined"));
    mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-3\"}");   // overrides the test case's answer
    mocks.task("Ship").returns("{\"MessageId\": \"m-3\"}");            // a state the test case leaves out
    // end::migration-fallback[]
    ExecutionResult result = run(mocks);
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(mocks.calls("Validate")).extracting(c -> c.answeredBy()).containsOnly("fallback");
  }

  static Mocks happyPath() {
    Mocks mocks = Mocks.create();
    mocks.task("Validate").returns("{\"StatusCode\": 200, \"Payload\": {\"valid\": true}}");
    mocks.task("Charge").returns("{\"StatusCode\": 200, \"Payload\": {\"chargeId\": \"ch-1\"}}");
    mocks.task("Ship").returns("{\"MessageId\": \"m-1\", \"MD5OfMessageBody\": \"5f2ab1c3\"}");
    return mocks;
  }

  static Mocks throttledCharge() {
    // tag::migration-dsl[]
    Mocks mocks = Mocks.create();
    mocks.task("Validate").returns("{\"StatusCode\": 200, \"Payload\": {\"valid\": true}}");
    mocks.task("Charge")
        .throwsError("Lambda.TooManyRequestsException", "Rate exceeded").times(2)   // "0-1"
        .thenReturns("{\"StatusCode\": 200, \"Payload\": {\"chargeId\": \"ch-2\"}}");  // "2"
    mocks.task("Ship").returns("{\"MessageId\": \"m-1\", \"MD5OfMessageBody\": \"5f2ab1c3\"}");
    // end::migration-dsl[]
    return mocks;
  }

  static Mocks cardDeclined() {
    Mocks mocks = Mocks.create();
    mocks.task("Validate").returns("{\"StatusCode\": 200, \"Payload\": {\"valid\": true}}");
    mocks.task("Charge").throwsError("Payment.Declined", "insufficient funds");
    return mocks;
  }
}
