package io.github.sfntestkit.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.coverage.CoverageGraph.Kind;
import io.github.sfntestkit.coverage.CoverageGraph.Node;
import org.junit.jupiter.api.Test;

class CoverageGraphTest {
  private static final String DEFINITION = "{\"StartAt\": \"IsValid\", \"States\": {"
      + "\"IsValid\": {\"Type\": \"Choice\", \"Choices\": ["
      + "  {\"Variable\": \"$.valid\", \"BooleanEquals\": true, \"Next\": \"Fan\"},"
      + "  {\"And\": [{\"Variable\": \"$.n\", \"NumericGreaterThan\": 3}, {\"Variable\": \"$.s\", \"IsPresent\": true}], \"Next\": \"Reject\"}],"
      + " \"Default\": \"Reject\"},"
      + "\"Fan\": {\"Type\": \"Parallel\", \"Next\": \"Each\", \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Reject\"}],"
      + " \"Branches\": ["
      + "  {\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}},"
      + "  {\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:f\","
      + "      \"Retry\": [{\"ErrorEquals\": [\"States.Timeout\"], \"MaxAttempts\": 2}, {\"ErrorEquals\": [\"States.ALL\"]}], \"Next\": \"B\"},"
      + "    \"B\": {\"Type\": \"Succeed\"}}}]},"
      + "\"Each\": {\"Type\": \"Map\", \"End\": true, \"ItemProcessor\": {\"StartAt\": \"Item\", \"States\": {"
      + "  \"Item\": {\"Type\": \"Pass\", \"End\": true}}}},"
      + "\"Reject\": {\"Type\": \"Fail\", \"Error\": \"Invalid\"}}}";

  private final CoverageGraph graph = CoverageGraph.of(StateMachine.fromJson(DEFINITION));

  @Test
  void nodes_are_named_by_their_nesting_depth_first() {
    assertThat(graph.nodes()).extracting(Node::id).containsExactly(
        "IsValid", "Fan", "Fan[0]/A", "Fan[1]/A", "Fan[1]/B", "Each", "Each/Item", "Reject");
    Node a = graph.node("Fan[1]/A");
    assertThat(a.name()).isEqualTo("A");
    assertThat(a.parentId()).isEqualTo("Fan");
    assertThat(a.branch()).isEqualTo(1);
    assertThat(a.isStart()).isTrue();
    assertThat(graph.node("Fan[1]/B").isEnd()).isTrue();
    assertThat(graph.node("IsValid").isStart()).isTrue();
    assertThat(graph.node("Fan").isContainer()).isTrue();
    assertThat(graph.branches("Fan")).isEqualTo(2);
    assertThat(graph.branches("Each")).isEqualTo(1);
    assertThat(graph.children("Fan", 1)).extracting(Node::name).containsExactly("A", "B");
    assertThat(graph.children(null, -1)).extracting(Node::id).containsExactly("IsValid", "Fan", "Each", "Reject");
  }

  @Test
  void every_transition_kind_is_an_edge_with_a_stable_id() {
    assertThat(graph.edges()).extracting(CoverageGraph.Edge::id).containsExactly(
        "IsValid -> Fan [Choices[0]]",
        "IsValid -> Reject [Choices[1]]",
        "IsValid -> Reject [Default]",
        "Fan -> Each",
        "Fan -> Reject [Catch[0]]",
        "Fan[1]/A -> Fan[1]/B",
        "Fan[1]/A [Retry[0]]",
        "Fan[1]/A [Retry[1]]");
    assertThat(graph.edges(Kind.CHOICE)).extracting(CoverageGraph.Edge::label).containsExactly(
        "$.valid BooleanEquals true", "And($.n NumericGreaterThan 3, $.s IsPresent true)");
    assertThat(graph.edges(Kind.RETRY)).extracting(CoverageGraph.Edge::label)
        .containsExactly("Retry States.Timeout x2", "Retry States.ALL");
    assertThat(graph.edges(Kind.CATCH).get(0).label()).isEqualTo("Catch States.ALL");
  }

  @Test
  void the_same_definition_gives_the_same_ids() {
    assertThat(CoverageGraph.of(StateMachine.fromJson(DEFINITION)).edges())
        .extracting(CoverageGraph.Edge::id)
        .isEqualTo(graph.edges().stream().map(CoverageGraph.Edge::id).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void jsonata_conditions_are_their_own_labels() {
    CoverageGraph g = CoverageGraph.of(StateMachine.fromJson("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"C\","
        + " \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": [{\"Condition\": \"{% $states.input.n > 1 %}\","
        + " \"Next\": \"D\"}], \"Default\": \"D\"}, \"D\": {\"Type\": \"Succeed\"}}}"));
    assertThat(g.edges()).extracting(CoverageGraph.Edge::label)
        .containsExactly("{% $states.input.n > 1 %}", "Default");
  }
}
