package io.github.sfntestkit.coverage;

import static io.github.sfntestkit.coverage.Workflows.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.StateMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate: passes when every threshold is met, else fails listing what is uncovered. */
class CoverageCheckTest {
  private static final String PAYMENT = "{\"StartAt\": \"Pay\", \"States\": {\"Pay\": {\"Type\": \"Pass\", \"Next\": \"Paid\"},"
      + " \"Paid\": {\"Type\": \"Succeed\"}}}";

  @TempDir
  Path dir;

  private CoverageData data;

  @BeforeEach
  void record_an_order_charged_and_a_payment() throws Exception {
    Path orderFile = dir.resolve("order.asl.json");
    Files.writeString(orderFile, Workflows.ORDER);
    Path paymentFile = dir.resolve("payment.asl.json");
    Files.writeString(paymentFile, PAYMENT);
    StateMachine order = StateMachine.fromFile(orderFile);
    StateMachine payment = StateMachine.fromFile(paymentFile);
    data = CoverageData.empty();
    data.record(order, Workflows.charged(order));
    data.record(order, run(order, "{\"kind\": \"fan\", \"items\": [1]}"));
    data.record(payment, run(payment, "{}"));
  }

  @Test
  void should_pass_when_every_threshold_is_met() {
    // WHEN
    CheckResult result = CoverageCheck.run(data,
        CoverageThresholds.parse("states=0.8, payment:transitions=1.0, order:choiceBranches=0.6"));
    // THEN
    assertThat(result.passed()).isTrue();
    assertThat(result.violations()).isEmpty();
    assertThat(result.message()).isEqualTo("sfn-testkit coverage check passed: 3 thresholds met (2 state machines).");
  }

  @Test
  void should_pass_without_thresholds() {
    // WHEN
    CheckResult result = CoverageCheck.run(data, CoverageThresholds.none());
    // THEN
    assertThat(result.passed()).isTrue();
    assertThat(result.message()).isEqualTo("sfn-testkit coverage check passed: no thresholds set.");
  }

  @Test
  void should_fail_listing_every_uncovered_state_and_transition_of_each_failing_machine_and_metric() {
    // WHEN
    CheckResult result = CoverageCheck.run(data,
        CoverageThresholds.parse("*:states=1.0, order:choiceBranches=1.0, order:catches=50%, order:retries=0"));
    // THEN
    assertThat(result.passed()).isFalse();
    assertThat(result.violations()).containsExactly(
        "order: states 7/9 (77.8%), required 100.0%",
        "order: choice branches 2/3 (66.7%), required 100.0%",
        "order: catches 0/2 (0.0%), required 50.0%");
    assertThat(result.message()).isEqualTo(String.join("\n",
        "sfn-testkit coverage check failed: 3 of 5 thresholds not met.",
        "  order: states 7/9 (77.8%), required 100.0%. Not entered:",
        "    Refund (Pass)",
        "    Reject (Fail)",
        "  order: choice branches 2/3 (66.7%), required 100.0%. Not taken:",
        "    Route -> Reject [Default]",
        "  order: catches 0/2 (0.0%), required 50.0%. Not taken:",
        "    Charge -> Refund [Catch[0]]: Catch Declined",
        "    Charge -> Reject [Catch[1]]: Catch States.ALL"));
    assertThat(result).hasToString(result.message());
  }

  @Test
  void should_fail_an_overall_threshold_listing_the_uncovered_items_of_every_machine() {
    // WHEN: order took 4 of its 10 transitions, payment 1 of 1
    CheckResult result = CoverageCheck.run(data, CoverageThresholds.parse("transitions=0.9"));
    // THEN
    assertThat(result.violations()).containsExactly("all state machines: transitions 5/11 (45.5%), required 90.0%");
    assertThat(result.message()).isEqualTo(String.join("\n",
        "sfn-testkit coverage check failed: 1 of 1 threshold not met.",
        "  all state machines: transitions 5/11 (45.5%), required 90.0%. Not taken:",
        "    order: Route -> Reject [Default]",
        "    order: Charge [Retry[0]]: Retry Throttled x2",
        "    order: Charge [Retry[1]]: Retry Busy x3",
        "    order: Charge -> Refund [Catch[0]]: Catch Declined",
        "    order: Charge -> Reject [Catch[1]]: Catch States.ALL",
        "    order: Refund -> Done"));
  }

  @Test
  void should_fail_a_machine_threshold_that_matches_no_recorded_machine() {
    // WHEN
    CheckResult result = CoverageCheck.run(data, CoverageThresholds.parse("Ordr:states=1"));
    // THEN
    assertThat(result.passed()).isFalse();
    assertThat(result.message()).isEqualTo(String.join("\n",
        "sfn-testkit coverage check failed: 1 of 1 threshold not met.",
        "  \"Ordr\": no state machine of that name was recorded (threshold Ordr:states=1.0). Recorded: order,"
            + " payment."));
  }

  @Test
  void should_check_a_glob_rule_against_each_machine_it_matches() {
    // WHEN
    CheckResult result = CoverageCheck.run(data, CoverageThresholds.parse("*:transitions=0.75"));
    // THEN: order has 4/10, payment 1/1
    assertThat(result.violations()).containsExactly("order: transitions 4/10 (40.0%), required 75.0%");
    assertThat(result.message()).startsWith("sfn-testkit coverage check failed: 1 of 2 thresholds not met.\n");
  }

  @Test
  void should_pass_a_machine_rule_matched_by_key() {
    // GIVEN
    String key = data.machine("payment").key();
    // WHEN
    CheckResult result = CoverageCheck.run(data, CoverageThresholds.parse(key + ":states=1"));
    // THEN
    assertThat(result.passed()).isTrue();
  }

  @Test
  void should_meet_a_ratio_given_with_rounding() {
    // WHEN: 2/3 choice branches against 66.67%
    CheckResult result = CoverageCheck.run(data, CoverageThresholds.parse("order:choiceBranches=0.6666666667"));
    // THEN
    assertThat(result.passed()).isTrue();
  }

  @Test
  void should_pass_overall_thresholds_on_empty_data() {
    // WHEN
    CheckResult result = CoverageCheck.run(CoverageData.empty(), CoverageThresholds.parse("states=1"));
    // THEN
    assertThat(result.passed()).isTrue();
    assertThat(result.message()).isEqualTo("sfn-testkit coverage check passed: 1 threshold met (0 state machines).");
  }
}
