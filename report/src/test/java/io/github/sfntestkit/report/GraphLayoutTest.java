package io.github.sfntestkit.report;

import static io.github.sfntestkit.report.Xml.cls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.coverage.CoverageGraph;
import io.github.sfntestkit.coverage.CoverageGraph.Node;
import io.github.sfntestkit.report.GraphLayout.Box;
import io.github.sfntestkit.report.GraphLayout.BranchShape;
import io.github.sfntestkit.report.GraphLayout.EdgeShape;
import io.github.sfntestkit.report.GraphLayout.NodeShape;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

class GraphLayoutTest {
  private static final double EPS = 0.5;

  private static GraphLayout layout(CoverageGraph graph) {
    return SvgGraph.layout(graph, new TraceDecoration(graph, List.of()));
  }

  private static Map<String, Box> boxes(GraphLayout layout) {
    Map<String, Box> out = new HashMap<>();
    for (NodeShape n : layout.nodes) {
      out.put(n.node().id(), n.box());
    }
    return out;
  }

  private static boolean overlap(Box a, Box b) {
    return a.x() < b.x() + b.w() - EPS && b.x() < a.x() + a.w() - EPS && a.y() < b.y() + b.h() - EPS
        && b.y() < a.y() + a.h() - EPS;
  }

  private static boolean inside(Box inner, Box outer) {
    return inner.x() >= outer.x() - EPS && inner.y() >= outer.y() - EPS
        && inner.x() + inner.w() <= outer.x() + outer.w() + EPS && inner.y() + inner.h() <= outer.y() + outer.h() + EPS;
  }

  private static double distanceToBorder(double[] p, Box b) {
    double dx = Math.max(Math.max(b.x() - p[0], 0), p[0] - (b.x() + b.w()));
    double dy = Math.max(Math.max(b.y() - p[1], 0), p[1] - (b.y() + b.h()));
    double outside = Math.hypot(dx, dy);
    if (outside > 0) {
      return outside;
    }
    return Math.min(Math.min(p[0] - b.x(), b.x() + b.w() - p[0]), Math.min(p[1] - b.y(), b.y() + b.h() - p[1]));
  }

  /** Sibling states never overlap, nested states lie inside their container, edges end on their states. */
  private static void assertReadable(CoverageGraph graph, GraphLayout layout) {
    Map<String, Box> boxes = boxes(layout);
    assertThat(boxes.keySet()).containsExactlyInAnyOrderElementsOf(graph.nodes().stream().map(Node::id).toList());
    List<Node> nodes = graph.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      Node a = nodes.get(i);
      if (a.parentId() != null) {
        assertThat(inside(boxes.get(a.id()), boxes.get(a.parentId()))).as(a.id() + " inside its container").isTrue();
      }
      for (int j = i + 1; j < nodes.size(); j++) {
        Node b = nodes.get(j);
        if (Objects.equals(a.parentId(), b.parentId()) && a.branch() == b.branch()) {
          assertThat(overlap(boxes.get(a.id()), boxes.get(b.id()))).as(a.id() + " overlaps " + b.id()).isFalse();
        }
      }
    }
    for (EdgeShape e : layout.edges) {
      if (e.isStartEdge()) {
        continue;
      }
      List<double[]> points = e.points();
      assertThat(points).as(e.edge().id()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(distanceToBorder(points.get(0), boxes.get(e.edge().from()))).as(e.edge().id() + " starts on its source")
          .isLessThan(1.0);
      assertThat(distanceToBorder(points.get(points.size() - 1), boxes.get(e.edge().to())))
          .as(e.edge().id() + " ends on its target").isLessThan(1.0);
      for (NodeShape n : layout.nodes) {
        if (e.labelBox() != null && !n.node().isContainer()) {
          assertThat(overlap(e.labelBox(), n.box())).as("label of " + e.edge().id() + " over " + n.node().id()).isFalse();
        }
      }
    }
  }

  @Test
  void should_lay_out_states_without_overlaps_and_nested_states_inside_their_container() {
    // GIVEN
    CoverageGraph graph = CoverageGraph.of(Fulfillment.SM);
    // WHEN
    GraphLayout layout = layout(graph);
    // THEN
    assertReadable(graph, layout);
    Map<String, Box> boxes = boxes(layout);
    assertThat(boxes.get("Validate").y()).isLessThan(boxes.get("Route").y());
    assertThat(boxes.get("Route").y()).isLessThan(boxes.get("Prepare").y());
    assertThat(boxes.get("Prepare").y() + boxes.get("Prepare").h()).isLessThan(boxes.get("NotifyEach").y());
    assertThat(boxes.get("NotifyEach").y()).isLessThan(boxes.get("Charge").y());
    assertThat(layout.starts).hasSize(4);
  }

  @Test
  void should_put_parallel_branches_side_by_side_in_definition_order() {
    // GIVEN
    CoverageGraph graph = CoverageGraph.of(Fulfillment.SM);
    // WHEN
    GraphLayout layout = layout(graph);
    // THEN
    assertThat(layout.branches).extracting(BranchShape::branch).containsExactly(0, 1);
    Box first = layout.branches.get(0).box();
    Box second = layout.branches.get(1).box();
    assertThat(first.x() + first.w()).isLessThan(second.x());
    assertThat(inside(boxes(layout).get("Prepare[0]/Reserve"), first)).isTrue();
    assertThat(inside(boxes(layout).get("Prepare[1]/Pickup"), second)).isTrue();
  }

  @Test
  void should_draw_each_state_type_in_its_shape() {
    // WHEN
    String svg = SvgGraph.render(CoverageGraph.of(Fulfillment.SM), new TraceDecoration(CoverageGraph.of(Fulfillment.SM),
        List.of()));
    // THEN
    Xml xml = Xml.parse(svg);
    assertThat(xml.one("//g[@data-node-id='Route']/*[@class='shape']").getTagName()).isEqualTo("polygon");
    Element done = xml.one("//g[@data-node-id='Done']/*[@class='shape']");
    assertThat(done.getTagName()).isEqualTo("rect");
    assertThat(done.getAttribute("rx")).isEqualTo(Html.num(SvgGraph.NODE_HEIGHT / 2));
    assertThat(xml.one("//g[@data-node-id='Charge']/*[@class='shape']").getAttribute("rx")).isEqualTo("6");
    assertThat(xml.attributes("//g" + cls("container"), "data-node-id")).containsExactly("Prepare", "NotifyEach");
    assertThat(xml.attributes("//g" + cls("branch"), "data-branch")).containsExactly("0", "1");
    assertThat(xml.all("//g" + cls("start"))).hasSize(4);
    assertThat(xml.one("/svg").getAttribute("data-states")).isEqualTo("14");
  }

  @Test
  void should_lay_out_the_same_graph_the_same_way() {
    CoverageGraph graph = CoverageGraph.of(Fulfillment.SM);
    TraceDecoration deco = new TraceDecoration(graph, List.of());
    assertThat(SvgGraph.render(graph, deco)).isEqualTo(SvgGraph.render(graph, deco));
  }

  /**
   * A readable drawing of a large machine: no overlaps, a column that grows with the number of
   * states but not sideways, a few hundred bytes per state. Prints the layout's CPU time (no
   * assertion on it: the build machine is shared).
   */
  @ParameterizedTest
  @ValueSource(ints = {100, 300})
  void should_lay_out_large_machines_readably(int states) {
    // GIVEN
    JsonNode definition = GeneratedDefinition.withAtLeast(states);
    StateMachine.of(definition); // valid
    CoverageGraph graph = CoverageGraph.of(definition);
    assertThat(graph.nodes()).hasSizeGreaterThanOrEqualTo(states);
    TraceDecoration deco = new TraceDecoration(graph, List.of());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    layout(graph); // warm up
    // WHEN
    long cpu = threads.getCurrentThreadCpuTime();
    GraphLayout layout = layout(graph);
    cpu = threads.getCurrentThreadCpuTime() - cpu;
    String svg = SvgGraph.render(graph, deco);
    // THEN
    assertReadable(graph, layout);
    System.out.printf(Locale.ROOT, "layout of %d states, %d transitions: %.0f ms CPU; SVG %.0f x %.0f px, %d KB%n",
        graph.nodes().size(), graph.edges().size(), cpu / 1e6, layout.width, layout.height, svg.length() / 1024);
    assertThat(layout.width).as("width").isLessThan(1800);
    assertThat(layout.height / graph.nodes().size()).as("height per state").isLessThan(90);
    assertThat(svg.length() / graph.nodes().size()).as("bytes per state").isLessThan(1200);
  }
}
