package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.junit.fixtures.TraceFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

class TraceFailureTest {
  @TempDir
  Path dir;

  private EngineExecutionResults run(Class<?> fixture) {
    return Engine.run(Map.of(StateMachineExtension.TRACE_DIR_KEY, dir.toString()), fixture);
  }

  private Path traceOf(Class<?> fixture, String method) {
    return dir.resolve(fixture.getName()).resolve(method + ".html").toAbsolutePath().normalize();
  }

  private static Throwable failureOf(EngineExecutionResults results, String method) {
    List<Event> failed = results.testEvents().failed().stream()
        .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(method + "(")).collect(Collectors.toList());
    assertThat(failed).as("failed events of " + method).hasSize(1);
    return failed.get(0).getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).get();
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void should_write_the_trace_and_end_the_failure_message_with_its_location() throws IOException {
    // WHEN
    EngineExecutionResults results = run(TraceFixtures.AssertJFailure.class);
    // THEN
    Path trace = traceOf(TraceFixtures.AssertJFailure.class, "declined_order");
    Throwable failure = Engine.onlyFailure(results.testEvents());
    assertThat(failure).isExactlyInstanceOf(AssertionFailedError.class);
    assertThat(failure.getMessage()).startsWith("[order shipped] \nExpecting value to be true but was false")
        .endsWith("\nExecution trace: " + trace.toUri());
    AssertionFailedError assertion = (AssertionFailedError) failure;
    assertThat(assertion.getExpected().getValue()).isEqualTo(true);
    assertThat(assertion.getActual().getValue()).isEqualTo(false);
    assertThat(failure.getStackTrace()[0].getClassName()).doesNotStartWith("io.github.sfntestkit.junit.Trace");
    String html = Files.readString(trace, StandardCharsets.UTF_8);
    assertThat(html).contains("<span class=\"status FAILED\" id=\"status\">FAILED</span>")
        .contains("class=\"state type-task visited\" id=\"state-1\" data-node-id=\"Charge\"")
        .contains("class=\"state type-task not-visited\" id=\"state-2\" data-node-id=\"Ship\"")
        .contains("class=\"state type-fail visited failed\" id=\"state-3\" data-node-id=\"PaymentFailed\"")
        .contains("caught Payment.Declined \u2192 PaymentFailed (Catch[0])");
  }

  @Test
  void should_add_the_trace_to_the_report_entry_of_the_last_execution() {
    // WHEN
    EngineExecutionResults results = run(TraceFixtures.AssertJFailure.class);
    // THEN
    String report = Engine.reportEntries(results).get(0).get(ExecutionReport.REPORT_ENTRY_KEY);
    assertThat(report).startsWith("Last execution of junit-orders.asl.json: FAILED\n")
        .endsWith("  reproduce with: seed 0, start time 2024-01-01T00:00:00Z\n  execution trace: "
            + traceOf(TraceFixtures.AssertJFailure.class, "declined_order").toUri());
  }

  @Test
  void should_point_other_failures_to_the_trace_keeping_their_type_where_it_matters() {
    // WHEN
    EngineExecutionResults results = run(TraceFixtures.OtherFailures.class);
    // THEN
    results.testEvents().assertStatistics(s -> s.started(4).failed(4));
    Class<?> c = TraceFixtures.OtherFailures.class;
    Throwable plain = failureOf(results, "plain_assertion_error");
    assertThat(plain).isExactlyInstanceOf(AssertionError.class)
        .hasMessage("plain\nExecution trace: " + traceOf(c, "plain_assertion_error").toUri());

    Throwable equals = failureOf(results, "junit_assert_equals");
    assertThat(equals).isExactlyInstanceOf(AssertionFailedError.class).hasMessage(
        "status ==> expected: <SUCCEEDED> but was: <FAILED>\nExecution trace: "
            + traceOf(c, "junit_assert_equals").toUri());
    assertThat(((AssertionFailedError) equals).getExpected().getValue()).isEqualTo("SUCCEEDED");

    Throwable soft = failureOf(results, "soft_assertions");
    assertThat(soft).isExactlyInstanceOf(AssertionError.class).hasCauseExactlyInstanceOf(MultipleFailuresError.class);
    assertThat(soft.getMessage()).startsWith("order (2 failures)")
        .endsWith("\nExecution trace: " + traceOf(c, "soft_assertions").toUri());

    Throwable unexpected = failureOf(results, "unexpected_exception");
    assertThat(unexpected).isExactlyInstanceOf(IllegalStateException.class).hasMessage("not an assertion");
    assertThat(unexpected.getSuppressed()).singleElement().satisfies(s -> assertThat(s)
        .hasMessage("Execution trace: " + traceOf(c, "unexpected_exception").toUri()));
    assertThat(traceOf(c, "unexpected_exception")).isRegularFile();
  }

  @Test
  void should_write_nothing_for_a_passing_test_one_that_ran_nothing_or_one_aborted() throws IOException {
    // WHEN
    EngineExecutionResults results = run(TraceFixtures.NoTrace.class);
    // THEN
    results.testEvents().assertStatistics(s -> s.started(3).succeeded(1).failed(1).aborted(1));
    assertThat(Engine.onlyFailure(results.testEvents())).isExactlyInstanceOf(AssertionFailedError.class)
        .hasMessage("nothing ran");
    assertThat(files()).isEmpty();
  }

  @Test
  void should_write_one_trace_per_invocation_of_a_parameterized_test() throws IOException {
    // WHEN
    EngineExecutionResults results = run(TraceFixtures.Parameterized.class);
    // THEN
    results.testEvents().assertStatistics(s -> s.started(2).failed(2));
    Class<?> c = TraceFixtures.Parameterized.class;
    assertThat(files()).containsExactly(traceOf(c, "charge_fails-1"), traceOf(c, "charge_fails-2"));
    assertThat(Files.readString(traceOf(c, "charge_fails-2"), StandardCharsets.UTF_8))
        .contains("<b>Lambda.ServiceException</b>");
  }

  @Test
  void should_leave_the_failure_alone_when_traces_are_off() throws IOException {
    // WHEN
    EngineExecutionResults results = Engine.run(Map.of(StateMachineExtension.TRACE_DIR_KEY, dir.toString(),
        StateMachineExtension.TRACE_ENABLED_KEY, "false"), TraceFixtures.AssertJFailure.class);
    // THEN
    assertThat(Engine.onlyFailure(results.testEvents()).getMessage()).doesNotContain("Execution trace");
    assertThat(Engine.reportEntries(results).get(0).get(ExecutionReport.REPORT_ENTRY_KEY))
        .doesNotContain("execution trace");
    assertThat(files()).isEmpty();
  }

  @Test
  void should_report_a_trace_it_cannot_write_without_hiding_the_failure() throws IOException {
    // GIVEN a file where the trace directory should be
    Path blocker = Files.writeString(dir.resolve("not-a-directory"), "x");
    // WHEN
    EngineExecutionResults results = Engine.run(Map.of(StateMachineExtension.TRACE_DIR_KEY, blocker.toString()),
        TraceFixtures.AssertJFailure.class);
    // THEN
    Throwable failure = Engine.onlyFailure(results.testEvents());
    assertThat(failure).isExactlyInstanceOf(AssertionFailedError.class);
    assertThat(failure.getMessage()).doesNotContain("Execution trace");
    assertThat(failure.getSuppressed()).singleElement().satisfies(s -> assertThat(s.getMessage())
        .startsWith("Execution trace: not written: ").contains("Cannot write the execution trace"));
  }

  @Test
  void should_report_a_bad_switch_without_hiding_the_failure() {
    // WHEN
    EngineExecutionResults results = Engine.run(Map.of(StateMachineExtension.TRACE_DIR_KEY, dir.toString(),
        StateMachineExtension.TRACE_ENABLED_KEY, "maybe"), TraceFixtures.AssertJFailure.class);
    // THEN
    Throwable failure = Engine.onlyFailure(results.testEvents());
    assertThat(failure).isExactlyInstanceOf(AssertionFailedError.class);
    assertThat(failure.getSuppressed()).singleElement().satisfies(s -> assertThat(s.getMessage()).isEqualTo(
        "Execution trace: not written: org.junit.jupiter.api.extension.ExtensionConfigurationException:"
            + " Configuration parameter"
            + " sfntestkit.trace.enabled = \"maybe\" is neither true nor false."));
  }

  @Test
  void should_take_the_directory_from_the_system_property_when_no_parameter_names_it() {
    // GIVEN
    String before = System.getProperty(StateMachineExtension.TRACE_DIR_KEY);
    System.setProperty(StateMachineExtension.TRACE_DIR_KEY, dir.resolve("from-property").toString());
    try {
      // WHEN
      Throwable failure = Engine.onlyFailure(Engine.run(TraceFixtures.AssertJFailure.class).testEvents());
      // THEN
      Path trace = dir.resolve("from-property").resolve(TraceFixtures.AssertJFailure.class.getName())
          .resolve("declined_order.html");
      assertThat(trace).isRegularFile();
      assertThat(failure.getMessage()).endsWith("\nExecution trace: " + trace.toUri());
    } finally {
      if (before == null) {
        System.clearProperty(StateMachineExtension.TRACE_DIR_KEY);
      } else {
        System.setProperty(StateMachineExtension.TRACE_DIR_KEY, before);
      }
    }
  }

  @Test
  void should_make_file_names_safe() {
    assertThat(TraceFiles.safe("Outer$Inner")).isEqualTo("Outer$Inner");
    assertThat(TraceFiles.safe("a b/c:d")).isEqualTo("a_b_c_d");
    assertThat(TraceFiles.safe("..")).isEqualTo("_");
    assertThat(TraceFiles.invocation("[engine:junit-jupiter]/[class:X]/[test-template:m(java.lang.String)]"
        + "/[test-template-invocation:#12]")).isEqualTo("-12");
    assertThat(TraceFiles.invocation("[engine:junit-jupiter]/[class:X]/[method:m()]")).isEmpty();
  }
}
