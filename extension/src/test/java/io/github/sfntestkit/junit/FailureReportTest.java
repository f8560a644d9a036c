package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.junit.fixtures.ReportFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class FailureReportTest {

  @Test
  void should_attach_the_last_execution_to_a_failing_test() {
    // WHEN (the trace line this report gets by default is tested by TraceFailureTest)
    EngineExecutionResults results = Engine.run(Map.of(StateMachineExtension.TRACE_ENABLED_KEY, "false"),
        ReportFixtures.Failing.class);
    // THEN
    List<Map<String, String>> entries = Engine.reportEntries(results);
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0)).containsOnlyKeys("sfntestkit.lastExecution");
    assertThat(entries.get(0).get("sfntestkit.lastExecution")).isEqualTo(
        "Last execution of junit-orders.asl.json: FAILED\n"
            + "  error: Order.PaymentFailed\n"
            + "  cause: the card was declined\n"
            + "  path:  Validate -> Charge [caught Payment.Declined] -> PaymentFailed [Fail: Order.PaymentFailed]\n"
            + "  last 10 of 13 history events:\n"
            + "    #4 TaskStarted\n"
            + "    #5 TaskSucceeded\n"
            + "    #6 TaskStateExited Validate\n"
            + "    #7 TaskStateEntered Charge\n"
            + "    #8 TaskScheduled\n"
            + "    #9 TaskStarted\n"
            + "    #10 TaskFailed error=Payment.Declined cause=card declined\n"
            + "    #11 TaskStateExited Charge\n"
            + "    #12 FailStateEntered PaymentFailed\n"
            + "    #13 ExecutionFailed error=Order.PaymentFailed cause=the card was declined\n"
            + "  reproduce with: seed 42, start time 2024-01-01T00:00:00Z");
  }

  @Test
  void should_attach_nothing_to_a_passing_test_or_a_test_that_ran_nothing() {
    // WHEN
    EngineExecutionResults results = Engine.run(ReportFixtures.NoReport.class);
    // THEN
    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    assertThat(Engine.reportEntries(results)).isEmpty();
  }

  @Test
  void should_show_as_many_history_events_as_configured() {
    // WHEN
    EngineExecutionResults results = Engine.run(Map.of(StateMachineExtension.REPORT_HISTORY_EVENTS_KEY, "2"),
        ReportFixtures.Failing.class);
    // THEN
    assertThat(Engine.reportEntries(results).get(0).get("sfntestkit.lastExecution"))
        .contains("  last 2 of 13 history events:\n"
            + "    #12 FailStateEntered PaymentFailed\n"
            + "    #13 ExecutionFailed error=Order.PaymentFailed cause=the card was declined\n"
            + "  reproduce with");
  }
}
