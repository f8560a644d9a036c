package io.github.sfntestkit.coverage;

import static io.github.sfntestkit.coverage.Workflows.ORDER_MACHINE;
import static io.github.sfntestkit.coverage.Workflows.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.coverage.CoverageGraph.Edge;
import io.github.sfntestkit.coverage.CoverageGraph.Kind;
import io.github.sfntestkit.coverage.CoverageGraph.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Hits per state and per transition kind, counters, uncovered lists and merging. */
class StateMachineCoverageTest {

  private final StateMachineCoverage coverage = StateMachineCoverage.of(ORDER_MACHINE);

  @Test
  void should_start_with_nothing_covered() {
    // THEN
    assertThat(coverage.executions()).isZero();
    assertThat(coverage.states()).hasToString("0/9 (0.0%)");
    assertThat(coverage.transitions()).hasToString("0/10 (0.0%)");
    assertThat(coverage.choiceBranches()).hasToString("0/3 (0.0%)");
    assertThat(coverage.catches()).hasToString("0/2 (0.0%)");
    assertThat(coverage.retries()).hasToString("0/2 (0.0%)");
    assertThat(coverage.uncoveredStates()).hasSize(9);
    assertThat(coverage.uncoveredEdges()).hasSize(10);
  }

  @Test
  void should_count_choice_rules_next_and_the_states_entered() {
    // WHEN
    coverage.record(Workflows.charged(ORDER_MACHINE));
    // THEN
    assertThat(coverage.executions()).isEqualTo(1);
    assertThat(coverage.hits("Route")).isEqualTo(1);
    assertThat(coverage.hits("Charge")).isEqualTo(1);
    assertThat(coverage.hits("Done")).isEqualTo(1);
    assertThat(coverage.hits("Reject")).isZero();
    assertThat(coverage.edgeHits("Route -> Charge [Choices[1]]")).isEqualTo(1);
    assertThat(coverage.edgeHits("Charge -> Done")).isEqualTo(1);
    assertThat(coverage.edgeHits("Route -> Fan [Choices[0]]")).isZero();
    assertThat(coverage.states()).hasToString("3/9 (33.3%)");
    assertThat(coverage.choiceBranches()).hasToString("1/3 (33.3%)");
    assertThat(coverage.transitions()).hasToString("2/10 (20.0%)");
  }

  @Test
  void should_count_the_default_only_when_it_was_taken() {
    // WHEN
    coverage.record(run(ORDER_MACHINE, "{\"kind\": \"other\"}"));
    // THEN
    assertThat(coverage.edgeHits("Route -> Reject [Default]")).isEqualTo(1);
    assertThat(coverage.graph().edges(Kind.CHOICE)).allSatisfy(e -> assertThat(coverage.hits(e)).isZero());
  }

  @Test
  void should_count_the_catcher_that_handled_the_error_and_not_next() {
    // WHEN
    coverage.record(run(ORDER_MACHINE, "{\"kind\": \"charge\"}", m -> m.task("Charge").throwsError("Declined", "no")));
    // THEN
    assertThat(coverage.edgeHits("Charge -> Refund [Catch[0]]")).isEqualTo(1);
    assertThat(coverage.edgeHits("Charge -> Reject [Catch[1]]")).isZero();
    assertThat(coverage.edgeHits("Charge -> Done")).isZero();
    assertThat(coverage.edgeHits("Refund -> Done")).isEqualTo(1);
    assertThat(coverage.catches()).hasToString("1/2 (50.0%)");
  }

  @Test
  void should_count_each_retry_on_the_edge_of_the_retrier_that_allowed_it() {
    // WHEN: Busy (retrier 1), Throttled (retrier 0), Busy (retrier 1), then success
    coverage.record(run(ORDER_MACHINE, "{\"kind\": \"charge\"}", m -> m.task("Charge")
        .throwsError("Busy", "busy").thenThrows("Throttled", "slow").thenThrows("Busy", "busy").thenReturns("{}")));
    // THEN
    assertThat(coverage.edgeHits("Charge [Retry[0]]")).isEqualTo(1);
    assertThat(coverage.edgeHits("Charge [Retry[1]]")).isEqualTo(2);
    assertThat(coverage.hits("Charge")).isEqualTo(1);
    assertThat(coverage.retries()).hasToString("2/2 (100.0%)");
    assertThat(coverage.edgeHits("Charge -> Done")).isEqualTo(1);
  }

  @Test
  void should_count_states_of_parallel_branches_and_of_a_map_nested_in_a_branch() {
    // WHEN
    coverage.record(run(ORDER_MACHINE, "{\"kind\": \"fan\", \"items\": [1, 2, 3]}"));
    // THEN
    assertThat(coverage.hits("Fan")).isEqualTo(1);
    assertThat(coverage.hits("Fan[0]/A")).isEqualTo(1);
    assertThat(coverage.hits("Fan[1]/Each")).isEqualTo(1);
    assertThat(coverage.hits("Fan[1]/Each/Item")).isEqualTo(3);
    assertThat(coverage.edgeHits("Fan -> Done")).isEqualTo(1);
    assertThat(coverage.uncoveredStates()).extracting(Node::id).containsExactly("Charge", "Refund", "Reject");
  }

  @Test
  void should_count_states_of_distributed_map_child_executions_but_not_the_children_as_executions() {
    // GIVEN
    StateMachine sm = StateMachine.fromJson(Workflows.DISTRIBUTED);
    StateMachineCoverage c = StateMachineCoverage.of(sm);
    // WHEN
    c.record(run(sm, "[{\"bad\": 1}, {}, {}]"));
    // THEN
    assertThat(c.executions()).isEqualTo(1);
    assertThat(c.hits("Items")).isEqualTo(1);
    assertThat(c.hits("Items/Check")).isEqualTo(3);
    assertThat(c.hits("Items/Bad")).isEqualTo(1);
    assertThat(c.hits("Items/Good")).isEqualTo(2);
    assertThat(c.edgeHits("Items/Check -> Items/Bad [Choices[0]]")).isEqualTo(1);
    assertThat(c.edgeHits("Items/Check -> Items/Good [Default]")).isEqualTo(2);
    assertThat(c.edgeHits("Items -> Finish")).isEqualTo(1);
    assertThat(c.states()).hasToString("5/5 (100.0%)");
    assertThat(c.transitions()).hasToString("3/3 (100.0%)");
  }

  @Test
  void should_add_up_hits_over_several_executions() {
    // WHEN
    coverage.record(Workflows.charged(ORDER_MACHINE));
    coverage.record(Workflows.charged(ORDER_MACHINE));
    coverage.record(run(ORDER_MACHINE, "{\"kind\": \"other\"}"));
    // THEN
    assertThat(coverage.executions()).isEqualTo(3);
    assertThat(coverage.hits("Route")).isEqualTo(3);
    assertThat(coverage.hits("Charge")).isEqualTo(2);
    assertThat(coverage.hits("Reject")).isEqualTo(1);
    assertThat(coverage.edgeHits("Route -> Charge [Choices[1]]")).isEqualTo(2);
    assertThat(coverage.choiceBranches()).hasToString("2/3 (66.7%)");
  }

  @Test
  void should_not_count_a_transition_out_of_a_state_that_failed() {
    // WHEN: the error is not caught by a Fail state; Reject is entered and fails the execution
    ExecutionResult r = run(ORDER_MACHINE, "{\"kind\": \"other\"}");
    coverage.record(r);
    // THEN
    assertThat(r.status().name()).isEqualTo("FAILED");
    assertThat(coverage.hits("Reject")).isEqualTo(1);
    assertThat(coverage.transitions()).hasToString("1/10 (10.0%)");
  }

  @Test
  void should_cover_everything_with_enough_executions() {
    // WHEN
    coverage.record(run(ORDER_MACHINE, "{\"kind\": \"fan\", \"items\": [1]}"));
    coverage.record(run(ORDER_MACHINE, "{\"kind\": \"other\"}"));
    coverage.record(run(ORDER_MACHINE, "{\"kind\": \"charge\"}", m -> m.task("Charge")
        .throwsError("Busy", "busy").thenThrows("Throttled", "slow").thenReturns("{}")));
    coverage.record(run(ORDER_MACHINE, "{\"kind\": \"charge\"}", m -> m.task("Charge").throwsError("Declined", "no")));
    coverage.record(run(ORDER_MACHINE, "{\"kind\": \"charge\"}", m -> m.task("Charge").throwsError("Boom", "no")));
    // THEN
    assertThat(coverage.uncoveredStates()).isEmpty();
    assertThat(coverage.uncoveredEdges()).isEmpty();
    assertThat(coverage.states()).hasToString("9/9 (100.0%)");
    assertThat(coverage.transitions()).hasToString("10/10 (100.0%)");
  }

  @Test
  void should_list_what_each_metric_leaves_uncovered_with_labels() {
    // WHEN
    coverage.record(Workflows.charged(ORDER_MACHINE));
    // THEN
    assertThat(coverage.uncovered(CoverageMetric.STATES)).containsExactly(
        "Refund (Pass)", "Fan (Parallel)", "Fan[0]/A (Pass)", "Fan[1]/Each (Map)", "Fan[1]/Each/Item (Pass)",
        "Reject (Fail)");
    assertThat(coverage.uncovered(CoverageMetric.CHOICE_BRANCHES)).containsExactly(
        "Route -> Fan [Choices[0]]: $.kind StringEquals \"fan\"",
        "Route -> Reject [Default]");
    assertThat(coverage.uncovered(CoverageMetric.CATCHES)).containsExactly(
        "Charge -> Refund [Catch[0]]: Catch Declined",
        "Charge -> Reject [Catch[1]]: Catch States.ALL");
    assertThat(coverage.uncovered(CoverageMetric.RETRIES)).containsExactly(
        "Charge [Retry[0]]: Retry Throttled x2",
        "Charge [Retry[1]]: Retry Busy x3");
    assertThat(coverage.uncovered(CoverageMetric.TRANSITIONS)).hasSize(8)
        .contains("Refund -> Done", "Fan -> Done");
    assertThat(coverage.uncoveredEdges(Kind.DEFAULT)).extracting(Edge::id).containsExactly("Route -> Reject [Default]");
  }

  @Test
  void should_ignore_visits_of_another_definition() {
    // GIVEN
    StateMachine other = StateMachine.fromJson("{\"StartAt\": \"Elsewhere\", \"States\": {\"Elsewhere\": {\"Type\": \"Succeed\"}}}");
    // WHEN
    coverage.record(run(other, "{}"));
    // THEN
    assertThat(coverage.executions()).isEqualTo(1);
    assertThat(coverage.states().covered()).isZero();
    assertThat(coverage.hits("Elsewhere")).isZero();
  }

  @Test
  void should_merge_two_coverages_of_the_same_definition_into_a_new_one() {
    // GIVEN
    StateMachineCoverage a = StateMachineCoverage.of(ORDER_MACHINE);
    StateMachineCoverage b = StateMachineCoverage.of(StateMachine.fromJson(Workflows.ORDER));
    a.record(Workflows.charged(ORDER_MACHINE));
    b.record(Workflows.charged(ORDER_MACHINE));
    b.record(run(ORDER_MACHINE, "{\"kind\": \"other\"}"));
    // WHEN
    StateMachineCoverage merged = a.merge(b);
    // THEN
    assertThat(merged.executions()).isEqualTo(3);
    assertThat(merged.hits("Route")).isEqualTo(3);
    assertThat(merged.hits("Charge")).isEqualTo(2);
    assertThat(merged.edgeHits("Route -> Reject [Default]")).isEqualTo(1);
    assertThat(merged.choiceBranches()).hasToString("2/3 (66.7%)");
    assertThat(a.executions()).isEqualTo(1);
    assertThat(b.executions()).isEqualTo(2);
    merged.record(Workflows.charged(ORDER_MACHINE));
    assertThat(a.hits("Route")).isEqualTo(1);
  }

  @Test
  void should_refuse_to_merge_different_definitions() {
    // GIVEN
    StateMachineCoverage other = StateMachineCoverage.of(StateMachine.fromJson(Workflows.DISTRIBUTED));
    // WHEN / THEN
    assertThatThrownBy(() -> coverage.merge(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot merge the coverage of \"state-machine\" (key " + other.key()
            + ") into that of \"state-machine\" (key " + coverage.key() + "): they are different definitions.");
  }

  @Test
  void should_record_safely_from_several_threads() throws Exception {
    // GIVEN
    ExecutionResult charged = Workflows.charged(ORDER_MACHINE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> futures = new ArrayList<>();
    // WHEN
    for (int t = 0; t < 4; t++) {
      futures.add(pool.submit(() -> {
        for (int i = 0; i < 500; i++) {
          coverage.record(charged);
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    // THEN
    assertThat(coverage.executions()).isEqualTo(2000);
    assertThat(coverage.hits("Route")).isEqualTo(2000);
    assertThat(coverage.edgeHits("Charge -> Done")).isEqualTo(2000);
  }

  @Test
  void should_name_the_machine_and_know_its_source_and_lines_when_loaded_from_a_file(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // GIVEN
    java.nio.file.Path file = dir.resolve("orders.asl.json");
    java.nio.file.Files.writeString(file, Workflows.ORDER);
    // WHEN
    StateMachineCoverage c = StateMachineCoverage.of(StateMachine.fromFile(file));
    // THEN
    assertThat(c.name()).isEqualTo("orders");
    assertThat(c.source()).isEqualTo(file.toString());
    assertThat(c.line("Route")).isEqualTo(2);
    assertThat(c.line("Charge")).isEqualTo(6);
    assertThat(c.line("Fan[1]/Each")).isEqualTo(15);
    assertThat(c.line("Fan[1]/Each/Item")).isEqualTo(16);
    assertThat(c.line("Nope")).isEqualTo(-1);
    assertThat(coverage.line("Route")).isEqualTo(2);
    assertThat(coverage.source()).isNull();
  }
}
