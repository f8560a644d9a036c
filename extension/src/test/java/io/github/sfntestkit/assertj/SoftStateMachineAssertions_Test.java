package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.declined;
import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.message;
import static io.github.sfntestkit.assertj.Executions.paid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.mock.Mocks;
import java.util.List;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SoftAssertionsExtension.class)
class SoftStateMachineAssertions_Test {
  @InjectSoftAssertions
  SoftStateMachineAssertions injected;

  @Test
  void should_collect_failures_of_execution_and_navigated_assertions() {
    // GIVEN
    Mocks mocks = Mocks.create();
    ExecutionResult declined = declined(mocks);
    SoftStateMachineAssertions softly = new SoftStateMachineAssertions();
    // WHEN
    softly.assertThat(declined).succeeded();
    softly.assertThat(declined).state("ChargeCard").wasRetried(3).wentTo("Nowhere");
    softly.assertThat(declined).state("ChargeCard").input().at("$.order.amount").isEqualTo("1");
    softly.assertThat(declined).path().contains("Done");
    softly.assertThat(declined).calls(mocks, "ChargeCard").hasSize(1).call(9).hasInput("{}");
    softly.assertThat(declined).history().hasEventCount(1).returnToExecution().timedOut();
    softly.assertThat(declined).state("ChargeCard").retries().isZero();
    softly.assertThat(declined).failed(); // passes
    softly.assertThat(42).isEqualTo(42); // standard soft assertions pass through
    // THEN
    List<AssertionError> errors = softly.assertionErrorsCollected();
    assertThat(errors).extracting(e -> e.getMessage().lines().filter(l -> !l.isEmpty()).findFirst().orElse(""))
        .containsExactly(
            "Expecting execution to have succeeded but it ended with status FAILED:",
            "Expecting state \"ChargeCard\" to have been retried:",
            "Expecting state \"ChargeCard\" to have gone to:",
            "Expecting input of state \"ChargeCard\" at $.order.amount to be (ignoring key order):",
            "[path taken] ",
            "Expecting calls to \"ChargeCard\" to number:",
            "Expecting calls to \"ChargeCard\" to include call #9 but there were:",
            "Expecting history to have:",
            "Expecting execution to have timed out but it ended with status FAILED:",
            "[retries of state \"ChargeCard\"] ");
  }

  @Test
  void should_report_all_failures_with_assertSoftly() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN
    AssertionError error = failure(() -> SoftStateMachineAssertions.assertSoftly(softly -> {
      softly.assertThat(paid).failed();
      softly.then(paid).visited("ShipOrder");
    }));
    // THEN
    assertThat(error).hasMessageContainingAll(message(
            "Expecting execution to have failed but it ended with status SUCCEEDED, output:",
            "  {\"status\":\"PAID\",\"total\":42}"),
        message("Expecting execution to have entered state:", "  \"ShipOrder\"", "but it did not. Path taken:",
            "  Start -> ChargeCard -> Done [Succeed]"));
  }

  @Test
  void should_keep_description_after_navigation() {
    // GIVEN
    SoftStateMachineAssertions softly = new SoftStateMachineAssertions();
    // WHEN
    softly.assertThat(paid()).as("order 1").state("ShipOrder").wasEntered();
    // THEN
    assertThat(softly.assertionErrorsCollected()).singleElement()
        .extracting(Throwable::getMessage).asString().startsWith("[order 1] ");
  }

  @Test
  void should_pass_softly_through_the_junit_extension() {
    // GIVEN
    ExecutionResult paid = paid();
    // WHEN/THEN (the extension calls assertAll after the test)
    injected.assertThat(paid).succeeded().state("ChargeCard").wentTo("Done").returnToExecution()
        .hasOutput("{\"status\":\"PAID\",\"total\":42}");
  }
}
