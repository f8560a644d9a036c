package io.github.sfntestkit.report;

import io.github.sfntestkit.coverage.CoverageGraph;
import io.github.sfntestkit.coverage.CoverageGraph.Edge;
import io.github.sfntestkit.coverage.CoverageGraph.Node;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.components.ComponentOrderingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a {@link CoverageGraph} top to bottom with ELK's layered algorithm: each level (the top
 * level, a Parallel branch, a Map item processor) is a graph of its own inside its container's box,
 * with a small start marker pointing at its {@code StartAt} state. The result holds absolute
 * coordinates, ready to draw.
 */
final class GraphLayout {
  static final String ALGORITHM = "org.eclipse.elk.layered";
  static final double START_RADIUS = 7;
  static final double LABEL_FONT = 11;
  static final double LABEL_HEIGHT = 15;
  private static final double PAD = 14;

  /** What the layout needs to know about the drawing: sizes of states, headers and edge labels. */
  interface Sizing {
    /** Width and height of a state that is not a container. */
    double[] size(Node node);

    /** Height of a container's header (name and caption) and the width its text needs. */
    double[] header(Node container);

    /** Height and text width of a Parallel branch's header. */
    double[] branchHeader(Node parallel, int branch);

    /** The text drawn on an edge, or null for none. */
    String label(Edge edge);
  }

  /** A rectangle in absolute coordinates. */
  record Box(double x, double y, double w, double h) {}

  /** A laid-out state; containers hold their nested states. */
  record NodeShape(Node node, Box box) {}

  /** A Parallel branch's box. */
  record BranchShape(Node parallel, int branch, Box box) {}

  /** The start marker of one level; {@code container} is null at the top level. */
  record StartShape(Node container, int branch, double cx, double cy) {}

  /** A routed edge: points from source to target, and the label's box (null when unlabelled). */
  record EdgeShape(Edge edge, List<double[]> points, String label, Box labelBox) {
    /** Null for the edge from a start marker. */
    boolean isStartEdge() {
      return edge == null;
    }
  }

  final List<NodeShape> nodes = new ArrayList<>();
  final List<BranchShape> branches = new ArrayList<>();
  final List<StartShape> starts = new ArrayList<>();
  final List<EdgeShape> edges = new ArrayList<>();
  double width;
  double height;

  private GraphLayout() {}

  /** Lays out {@code graph}; deterministic: the same graph and sizes give the same coordinates. */
  static GraphLayout of(CoverageGraph graph, Sizing sizing) {
    return new Builder(graph, sizing).run();
  }

  private static final class Builder {
    private final CoverageGraph graph;
    private final Sizing sizing;
    private final ElkNode root = ElkGraphUtil.createGraph();
    private final Map<String, ElkNode> byId = new HashMap<>();
    private final Map<ElkNode, Object> origin = new IdentityHashMap<>();
    private final Map<ElkEdge, Edge> edgeOrigin = new IdentityHashMap<>();
    private final GraphLayout out = new GraphLayout();

    Builder(CoverageGraph graph, Sizing sizing) {
      this.graph = graph;
      this.sizing = sizing;
    }

    GraphLayout run() {
      configure(root, PAD, 0);
      level(root, null, -1);
      for (Edge e : graph.edges()) {
        ElkNode from = byId.get(e.from());
        ElkNode to = byId.get(e.to());
        if (from == null || to == null) {
          continue;
        }
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
        ElkGraphUtil.updateContainment(edge);
        String text = sizing.label(e);
        if (text != null && !text.isEmpty()) {
          ElkLabel label = ElkGraphUtil.createLabel(text, edge);
          label.setDimensions(TextWidth.of(text, LABEL_FONT, false) + 8, LABEL_HEIGHT);
          // a bare hit count sits by its source; conditions and errors in the middle of the edge
          label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT,
              e.kind() == CoverageGraph.Kind.NEXT ? EdgeLabelPlacement.TAIL : EdgeLabelPlacement.CENTER);
        }
        edgeOrigin.put(edge, e);
      }
      new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
      read(root, 0, 0);
      out.width = root.getWidth();
      out.height = root.getHeight();
      return out;
    }

    /** Adds the states of one level, with a start marker, to {@code parent}. */
    private void level(ElkNode parent, Node container, int branch) {
      List<Node> children = graph.children(container == null ? null : container.id(), branch);
      ElkNode start = null;
      if (!children.isEmpty()) {
        start = ElkGraphUtil.createNode(parent);
        start.setDimensions(2 * START_RADIUS, 2 * START_RADIUS);
        origin.put(start, new StartShape(container, branch, 0, 0));
      }
      for (Node n : children) {
        ElkNode elk = ElkGraphUtil.createNode(parent);
        byId.put(n.id(), elk);
        origin.put(elk, n);
        if (!n.isContainer()) {
          double[] size = sizing.size(n);
          elk.setDimensions(size[0], size[1]);
          continue;
        }
        double[] header = sizing.header(n);
        configure(elk, header[0] + 6, header[1] + 2 * PAD);
        if ("Parallel".equals(n.type())) {
          for (int b = 0; b < graph.branches(n.id()); b++) {
            ElkNode branchBox = ElkGraphUtil.createNode(elk);
            double[] bh = sizing.branchHeader(n, b);
            configure(branchBox, bh[0] + 4, bh[1] + 2 * PAD);
            origin.put(branchBox, new BranchShape(n, b, null));
            level(branchBox, n, b);
          }
        } else {
          level(elk, n, 0);
        }
      }
      if (start != null) {
        ElkEdge e = ElkGraphUtil.createSimpleEdge(start, byId.get(firstStart(children).id()));
        ElkGraphUtil.updateContainment(e);
      }
    }

    private static Node firstStart(List<Node> level) {
      for (Node n : level) {
        if (n.isStart()) {
          return n;
        }
      }
      return level.get(0);
    }

    private static void configure(ElkNode n, double paddingTop, double minWidth) {
      n.setProperty(CoreOptions.ALGORITHM, ALGORITHM);
      n.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
      n.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
      n.setProperty(CoreOptions.PADDING, new ElkPadding(paddingTop, PAD, PAD, PAD));
      n.setProperty(LayeredOptions.SPACING_NODE_NODE, 26.0);
      n.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 34.0);
      n.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
      n.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
      n.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 10.0);
      n.setProperty(LayeredOptions.SPACING_EDGE_NODE, 12.0);
      n.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 3.0);
      n.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
      // unconnected parts (Parallel branches) side by side in definition order, not packed by size
      n.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_COMPONENTS, ComponentOrderingStrategy.MODEL_ORDER);
      if (minWidth > 0) {
        n.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
        n.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(minWidth, paddingTop + PAD));
      }
    }

    /** Collects shapes below {@code parent}, whose top-left corner is at ({@code dx}, {@code dy}). */
    private void read(ElkNode parent, double dx, double dy) {
      for (ElkNode child : parent.getChildren()) {
        double x = dx + child.getX();
        double y = dy + child.getY();
        Box box = new Box(x, y, child.getWidth(), child.getHeight());
        Object what = origin.get(child);
        if (what instanceof Node) {
          out.nodes.add(new NodeShape((Node) what, box));
        } else if (what instanceof BranchShape) {
          BranchShape b = (BranchShape) what;
          out.branches.add(new BranchShape(b.parallel(), b.branch(), box));
        } else if (what instanceof StartShape) {
          StartShape s = (StartShape) what;
          out.starts.add(new StartShape(s.container(), s.branch(), x + START_RADIUS, y + START_RADIUS));
        }
        read(child, x, y);
      }
      for (ElkEdge e : parent.getContainedEdges()) {
        edge(e, dx, dy);
      }
    }

    private void edge(ElkEdge e, double dx, double dy) {
      List<double[]> points = new ArrayList<>();
      for (ElkEdgeSection s : e.getSections()) {
        points.add(new double[] {dx + s.getStartX(), dy + s.getStartY()});
        for (ElkBendPoint p : s.getBendPoints()) {
          points.add(new double[] {dx + p.getX(), dy + p.getY()});
        }
        points.add(new double[] {dx + s.getEndX(), dy + s.getEndY()});
      }
      String text = null;
      Box labelBox = null;
      if (!e.getLabels().isEmpty()) {
        ElkLabel l = e.getLabels().get(0);
        text = l.getText();
        labelBox = new Box(dx + l.getX(), dy + l.getY(), l.getWidth(), l.getHeight());
      }
      out.edges.add(new EdgeShape(edgeOrigin.get(e), points, text, labelBox));
    }
  }
}
