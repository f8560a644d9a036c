package io.github.sfntestkit.coverage;

import static io.github.sfntestkit.coverage.Workflows.ORDER_MACHINE;
import static io.github.sfntestkit.coverage.Workflows.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.StateVisit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the engine records on each visit for coverage: node id, Choice rule, Catcher, Retriers. */
class StateVisitCoverageFieldsTest {

  private static StateVisit visit(ExecutionResult r, String nodeId) {
    List<StateVisit> found = r.visits().stream().filter(v -> nodeId.equals(v.nodeId())).collect(Collectors.toList());
    assertThat(found).as("visits of %s in %s", nodeId, r.visits()).hasSize(1);
    return found.get(0);
  }

  @Test
  void should_record_the_index_of_the_choice_rule_that_matched() {
    // WHEN
    ExecutionResult first = run(ORDER_MACHINE, "{\"kind\": \"fan\", \"items\": []}");
    ExecutionResult second = Workflows.charged(ORDER_MACHINE);
    // THEN
    assertThat(visit(first, "Route").choiceRule()).isEqualTo(0);
    assertThat(visit(first, "Route").next()).isEqualTo("Fan");
    assertThat(visit(second, "Route").choiceRule()).isEqualTo(1);
  }

  @Test
  void should_record_the_choice_rule_of_a_jsonata_condition() {
    // GIVEN
    StateMachine sm = StateMachine.fromJson("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"C\", \"States\": {"
        + "\"C\": {\"Type\": \"Choice\", \"Choices\": ["
        + "{\"Condition\": \"{% $states.input.n > 10 %}\", \"Next\": \"D\"},"
        + "{\"Condition\": \"{% $states.input.n > 1 %}\", \"Next\": \"D\"}], \"Default\": \"D\"},"
        + "\"D\": {\"Type\": \"Succeed\"}}}");
    // WHEN / THEN
    assertThat(visit(run(sm, "{\"n\": 20}"), "C").choiceRule()).isEqualTo(0);
    assertThat(visit(run(sm, "{\"n\": 5}"), "C").choiceRule()).isEqualTo(1);
    assertThat(visit(run(sm, "{\"n\": 0}"), "C").choiceRule()).isEqualTo(-1);
  }

  @Test
  void should_record_no_choice_rule_when_the_default_was_taken() {
    // WHEN
    ExecutionResult r = run(ORDER_MACHINE, "{\"kind\": \"other\"}");
    // THEN
    StateVisit route = visit(r, "Route");
    assertThat(route.choiceRule()).isEqualTo(-1);
    assertThat(route.next()).isEqualTo("Reject");
  }

  @Test
  void should_record_no_choice_rule_when_nothing_matched_and_there_is_no_default() {
    // GIVEN
    StateMachine sm = StateMachine.fromJson("{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\","
        + " \"Choices\": [{\"Variable\": \"$.x\", \"IsPresent\": true, \"Next\": \"D\"}]}, \"D\": {\"Type\": \"Succeed\"}}}");
    // WHEN
    ExecutionResult r = run(sm, "{}");
    // THEN
    assertThat(r.error()).isEqualTo("States.NoChoiceMatched");
    assertThat(visit(r, "C").choiceRule()).isEqualTo(-1);
    assertThat(visit(r, "C").next()).isNull();
  }

  @Test
  void should_record_neither_rule_nor_catcher_nor_retrier_for_a_plain_next() {
    // WHEN
    ExecutionResult r = Workflows.charged(ORDER_MACHINE);
    // THEN
    StateVisit charge = visit(r, "Charge");
    assertThat(charge.nodeId()).isEqualTo("Charge");
    assertThat(charge.choiceRule()).isEqualTo(-1);
    assertThat(charge.catcher()).isEqualTo(-1);
    assertThat(charge.retriers()).isEmpty();
    assertThat(charge.next()).isEqualTo("Done");
  }

  @Test
  void should_record_the_index_of_the_catcher_that_handled_the_error() {
    // WHEN
    ExecutionResult declined = run(ORDER_MACHINE, "{\"kind\": \"charge\"}",
        m -> m.task("Charge").throwsError("Declined", "card declined"));
    ExecutionResult broken = run(ORDER_MACHINE, "{\"kind\": \"charge\"}",
        m -> m.task("Charge").throwsError("Boom", "broken"));
    // THEN
    assertThat(visit(declined, "Charge").catcher()).isEqualTo(0);
    assertThat(visit(declined, "Charge").next()).isEqualTo("Refund");
    assertThat(visit(broken, "Charge").catcher()).isEqualTo(1);
    assertThat(visit(broken, "Charge").next()).isEqualTo("Reject");
  }

  @Test
  void should_record_for_each_retry_the_retrier_that_allowed_it() {
    // WHEN: Busy, Throttled, Busy, then success
    ExecutionResult r = run(ORDER_MACHINE, "{\"kind\": \"charge\"}", m -> m.task("Charge")
        .throwsError("Busy", "busy").thenThrows("Throttled", "slow down").thenThrows("Busy", "busy")
        .thenReturns("{}"));
    // THEN
    StateVisit charge = visit(r, "Charge");
    assertThat(charge.retriers()).containsExactly(1, 0, 1);
    assertThat(charge.retryDelays()).hasSize(3);
    assertThat(charge.catcher()).isEqualTo(-1);
    assertThat(charge.next()).isEqualTo("Done");
  }

  @Test
  void should_record_retries_and_then_the_catcher_when_the_retrier_gives_up() {
    // WHEN: Throttled three times, one more than MaxAttempts 2
    ExecutionResult r = run(ORDER_MACHINE, "{\"kind\": \"charge\"}",
        m -> m.task("Charge").throwsError("Throttled", "slow down"));
    // THEN
    StateVisit charge = visit(r, "Charge");
    assertThat(charge.retriers()).containsExactly(0, 0);
    assertThat(charge.catcher()).isEqualTo(1);
  }

  @Test
  void should_name_states_of_parallel_branches_and_nested_map_processors_by_their_node_ids() {
    // WHEN
    ExecutionResult r = run(ORDER_MACHINE, "{\"kind\": \"fan\", \"items\": [1, 2]}");
    // THEN
    assertThat(r.visits()).extracting(StateVisit::name, StateVisit::nodeId).containsExactly(
        tuple("Route", "Route"),
        tuple("Fan", "Fan"),
        tuple("A", "Fan[0]/A"),
        tuple("Each", "Fan[1]/Each"),
        tuple("Item", "Fan[1]/Each/Item"),
        tuple("Item", "Fan[1]/Each/Item"),
        tuple("Done", "Done"));
  }

  @Test
  void should_give_visits_the_ids_of_the_coverage_graph() {
    // GIVEN
    CoverageGraph graph = CoverageGraph.of(ORDER_MACHINE);
    // WHEN
    ExecutionResult r = run(ORDER_MACHINE, "{\"kind\": \"fan\", \"items\": [1]}");
    // THEN
    assertThat(r.visits()).allSatisfy(v -> assertThat(graph.node(v.nodeId())).isNotNull());
  }

  @Test
  void should_name_states_of_distributed_map_child_executions_under_the_map() {
    // GIVEN
    StateMachine sm = StateMachine.fromJson(Workflows.DISTRIBUTED);
    // WHEN
    ExecutionResult r = run(sm, "[{\"bad\": 1}, {}]");
    // THEN
    assertThat(r.visits()).extracting(StateVisit::nodeId).containsExactly("Items", "Finish");
    assertThat(r.childExecutions()).hasSize(2);
    assertThat(r.childExecutions().get(0).visits()).extracting(StateVisit::nodeId, StateVisit::choiceRule)
        .containsExactly(tuple("Items/Check", 0), tuple("Items/Bad", -1));
    assertThat(r.childExecutions().get(1).visits()).extracting(StateVisit::nodeId, StateVisit::choiceRule)
        .containsExactly(tuple("Items/Check", -1), tuple("Items/Good", -1));
  }

  @Test
  void should_record_the_catcher_of_a_parallel_state_whose_branch_failed() {
    // GIVEN
    StateMachine sm = StateMachine.fromJson("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Parallel\","
        + " \"Retry\": [{\"ErrorEquals\": [\"Other\"]}, {\"ErrorEquals\": [\"Oops\"], \"MaxAttempts\": 1}],"
        + " \"Catch\": [{\"ErrorEquals\": [\"Other\"], \"Next\": \"X\"}, {\"ErrorEquals\": [\"Oops\"], \"Next\": \"Y\"}],"
        + " \"End\": true, \"Branches\": [{\"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Fail\", \"Error\": \"Oops\"}}}]},"
        + " \"X\": {\"Type\": \"Succeed\"}, \"Y\": {\"Type\": \"Succeed\"}}}");
    // WHEN
    ExecutionResult r = run(sm, "{}");
    // THEN
    StateVisit p = visit(r, "P");
    assertThat(p.retriers()).containsExactly(1);
    assertThat(p.catcher()).isEqualTo(1);
    assertThat(p.next()).isEqualTo("Y");
    assertThat(r.visits()).extracting(StateVisit::nodeId).containsExactly("P", "P[0]/F", "P[0]/F", "Y");
  }

  @Test
  void should_escape_nothing_in_node_ids_of_states_with_slashes_in_their_names() {
    // GIVEN: ids are built the same way by the engine and by CoverageGraph, whatever the names
    StateMachine sm = StateMachine.fromJson("{\"StartAt\": \"M/1\", \"States\": {\"M/1\": {\"Type\": \"Map\","
        + " \"End\": true, \"ItemProcessor\": {\"StartAt\": \"a [b]\", \"States\": {\"a [b]\": {\"Type\": \"Pass\", \"End\": true}}}}}}");
    // WHEN
    ExecutionResult r = sm.execute("[1]", ExecutionOptions.defaults());
    // THEN
    assertThat(r.visits()).extracting(StateVisit::nodeId).containsExactly("M/1", "M/1/a [b]");
    assertThat(CoverageGraph.of(sm).node("M/1/a [b]")).isNotNull();
  }
}
