package io.github.sfntestkit.report;

import static io.github.sfntestkit.report.Html.esc;
import static io.github.sfntestkit.report.Html.num;

import io.github.sfntestkit.coverage.CoverageGraph;
import io.github.sfntestkit.coverage.CoverageGraph.Edge;
import io.github.sfntestkit.coverage.CoverageGraph.Node;
import io.github.sfntestkit.report.GraphLayout.Box;
import io.github.sfntestkit.report.GraphLayout.BranchShape;
import io.github.sfntestkit.report.GraphLayout.EdgeShape;
import io.github.sfntestkit.report.GraphLayout.NodeShape;
import io.github.sfntestkit.report.GraphLayout.StartShape;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a state machine graph as inline SVG. What the states and edges say (classes, captions, edge
 * labels) comes from a {@link Decoration}; the shapes come from the state types: Task and Pass as
 * rounded boxes, Choice as a box with pointed ends, Succeed and Fail as pills, Parallel and Map as
 * boxes holding their branches or item processor.
 *
 * <p>DOM contract (used by the scripts and the browser test): the root is {@code svg.sfn-graph};
 * every state is a {@code g.state} with {@code data-node-id} (the {@link Node#id()}), {@code
 * data-type} and {@code id="state-N"} (N its index in {@link CoverageGraph#nodes()}); containers also
 * have class {@code container}; every transition is a {@code g.edge} with {@code data-edge-id} and
 * {@code data-kind}; Parallel branches are {@code g.branch}; start markers {@code g.start}.
 */
final class SvgGraph {
  static final double NAME_FONT = 13;
  static final double CAPTION_FONT = 11;
  static final double NODE_HEIGHT = 42;
  static final double MIN_WIDTH = 110;
  static final double MAX_TEXT = 250;
  static final double CHOICE_INSET = 14;
  static final double HEADER = 40;
  static final double BRANCH_HEADER = 20;

  /** What to say about each state and transition. */
  interface Decoration {
    /** Classes added to the state's group, e.g. {@code covered} or {@code uncovered}. */
    String nodeClasses(Node node);

    /** The small line under the state's name, e.g. {@code Task · 3×}. */
    String caption(Node node);

    /** The tooltip. */
    String nodeTitle(Node node);

    /** Extra {@code data-*} attributes (name without the prefix to value); may be empty. */
    Map<String, String> nodeData(Node node);

    /** Classes added to the edge's group. */
    String edgeClasses(Edge edge);

    /** The text drawn on the edge, or null. */
    String edgeLabel(Edge edge);

    /** The tooltip. */
    String edgeTitle(Edge edge);

    /** Extra {@code data-*} attributes; may be empty. */
    Map<String, String> edgeData(Edge edge);
  }

  private final CoverageGraph graph;
  private final Decoration deco;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<Edge, Integer> edgeIndex = new HashMap<>();

  private SvgGraph(CoverageGraph graph, Decoration deco) {
    this.graph = graph;
    this.deco = deco;
    List<Node> nodes = graph.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i);
    }
    List<Edge> edges = graph.edges();
    for (int i = 0; i < edges.size(); i++) {
      edgeIndex.put(edges.get(i), i);
    }
  }

  /** Lays out and draws {@code graph}. */
  static String render(CoverageGraph graph, Decoration deco) {
    SvgGraph g = new SvgGraph(graph, deco);
    return g.draw(GraphLayout.of(graph, g.sizing()));
  }

  /** The layout {@link #render} draws. */
  static GraphLayout layout(CoverageGraph graph, Decoration deco) {
    return GraphLayout.of(graph, new SvgGraph(graph, deco).sizing());
  }

  // ---- sizes ---------------------------------------------------------------------------------------

  private GraphLayout.Sizing sizing() {
    return new GraphLayout.Sizing() {
      @Override
      public double[] size(Node node) {
        double text = Math.max(TextWidth.of(name(node), NAME_FONT, true),
            TextWidth.of(caption(node), CAPTION_FONT, false));
        double w = Math.max(MIN_WIDTH, text + 24 + ("Choice".equals(node.type()) ? 2 * CHOICE_INSET : 0));
        return new double[] {Math.ceil(w), NODE_HEIGHT};
      }

      @Override
      public double[] header(Node container) {
        double text = Math.max(TextWidth.of(name(container), NAME_FONT, true),
            TextWidth.of(caption(container), CAPTION_FONT, false));
        return new double[] {HEADER, Math.ceil(text + 16)};
      }

      @Override
      public double[] branchHeader(Node parallel, int branch) {
        return new double[] {BRANCH_HEADER, TextWidth.of(branchName(branch), CAPTION_FONT, true) + 8};
      }

      @Override
      public String label(Edge edge) {
        return edgeText(edge);
      }
    };
  }

  private static String name(Node node) {
    return TextWidth.fit(node.name(), NAME_FONT, true, MAX_TEXT);
  }

  private String caption(Node node) {
    return TextWidth.fit(deco.caption(node), CAPTION_FONT, false, MAX_TEXT);
  }

  private String edgeText(Edge edge) {
    String label = deco.edgeLabel(edge);
    return label == null ? null : TextWidth.fit(label, GraphLayout.LABEL_FONT, false, 220);
  }

  private static String branchName(int branch) {
    return "Branch " + (branch + 1);
  }

  // ---- drawing -------------------------------------------------------------------------------------

  private String draw(GraphLayout layout) {
    double w = Math.ceil(layout.width);
    double h = Math.ceil(layout.height);
    StringBuilder b = new StringBuilder(4096 + 900 * layout.nodes.size());
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sfn-graph\" viewBox=\"0 0 ")
        .append(num(w)).append(' ').append(num(h)).append("\" width=\"").append(num(w)).append("\" height=\"")
        .append(num(h)).append("\" data-states=\"").append(graph.nodes().size()).append("\" role=\"img\">\n");
    b.append("<defs>");
    marker(b, "sfn-arrow", "#5b6472");
    marker(b, "sfn-arrow-uncovered", "#dc2626");
    marker(b, "sfn-arrow-taken", "#1d6fd8");
    b.append("</defs>\n");
    for (NodeShape n : layout.nodes) {
      if (n.node().isContainer()) {
        container(b, n);
      }
    }
    for (BranchShape br : layout.branches) {
      branch(b, br);
    }
    b.append("<g class=\"edges\">\n");
    for (EdgeShape e : layout.edges) {
      edge(b, e);
    }
    b.append("</g>\n");
    for (StartShape s : layout.starts) {
      b.append("<g class=\"start\"><circle cx=\"").append(num(s.cx())).append("\" cy=\"").append(num(s.cy()))
          .append("\" r=\"").append(num(GraphLayout.START_RADIUS)).append("\"/></g>\n");
    }
    for (NodeShape n : layout.nodes) {
      if (!n.node().isContainer()) {
        state(b, n);
      }
    }
    b.append("</svg>\n");
    return b.toString();
  }

  private static void marker(StringBuilder b, String id, String color) {
    b.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
        .append("markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\" markerUnits=\"userSpaceOnUse\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(color).append("\"/></marker>");
  }

  private void openState(StringBuilder b, Node n, Box box, String extraClass) {
    b.append("<g class=\"state ").append(extraClass).append("type-").append(n.type().toLowerCase(Locale.ROOT));
    String classes = deco.nodeClasses(n);
    if (classes != null && !classes.isEmpty()) {
      b.append(' ').append(classes);
    }
    b.append("\" id=\"state-").append(index.get(n.id())).append("\" data-node-id=\"").append(esc(n.id()))
        .append("\" data-type=\"").append(esc(n.type())).append('"');
    data(b, deco.nodeData(n));
    b.append(" tabindex=\"0\" transform=\"translate(").append(num(box.x())).append(',').append(num(box.y()))
        .append(")\">\n<title>").append(esc(deco.nodeTitle(n))).append("</title>\n");
  }

  private void state(StringBuilder b, NodeShape shape) {
    Node n = shape.node();
    Box box = shape.box();
    double w = box.w();
    double h = box.h();
    openState(b, n, box, "");
    switch (n.type()) {
      case "Choice":
        double i = CHOICE_INSET;
        b.append("<polygon class=\"shape\" points=\"").append(num(i)).append(",0 ").append(num(w - i)).append(",0 ")
            .append(num(w)).append(',').append(num(h / 2)).append(' ').append(num(w - i)).append(',').append(num(h))
            .append(' ').append(num(i)).append(',').append(num(h)).append(" 0,").append(num(h / 2)).append("\"/>\n");
        break;
      case "Succeed":
      case "Fail":
        rect(b, w, h, h / 2);
        break;
      default:
        rect(b, w, h, 6);
    }
    b.append("<text class=\"name\" x=\"").append(num(w / 2)).append("\" y=\"18\">").append(esc(name(n)))
        .append("</text>\n<text class=\"caption\" x=\"").append(num(w / 2)).append("\" y=\"33\">")
        .append(esc(caption(n))).append("</text>\n</g>\n");
  }

  private static void rect(StringBuilder b, double w, double h, double r) {
    b.append("<rect class=\"shape\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
        .append("\" rx=\"").append(num(r)).append("\"/>\n");
  }

  private void container(StringBuilder b, NodeShape shape) {
    Node n = shape.node();
    Box box = shape.box();
    openState(b, n, box, "container ");
    rect(b, box.w(), box.h(), 8);
    b.append("<path class=\"header\" d=\"M0.5,").append(num(HEADER)).append(" H").append(num(box.w() - 0.5))
        .append("\"/>\n<text class=\"name\" x=\"10\" y=\"17\">").append(esc(name(n)))
        .append("</text>\n<text class=\"caption\" x=\"10\" y=\"32\">").append(esc(caption(n)))
        .append("</text>\n</g>\n");
  }

  private void branch(StringBuilder b, BranchShape br) {
    Box box = br.box();
    b.append("<g class=\"branch\" data-node-id=\"").append(esc(br.parallel().id())).append("\" data-branch=\"")
        .append(br.branch()).append("\" transform=\"translate(").append(num(box.x())).append(',')
        .append(num(box.y())).append(")\">");
    b.append("<rect width=\"").append(num(box.w())).append("\" height=\"").append(num(box.h()))
        .append("\" rx=\"6\"/><text x=\"8\" y=\"14\">").append(esc(branchName(br.branch()))).append("</text></g>\n");
  }

  private void edge(StringBuilder b, EdgeShape shape) {
    Edge e = shape.edge();
    if (e == null) {
      b.append("<g class=\"edge start-edge\"><path class=\"line\" d=\"").append(path(shape.points()))
          .append("\"/></g>\n");
      return;
    }
    b.append("<g class=\"edge kind-").append(e.kind().name().toLowerCase(Locale.ROOT));
    String classes = deco.edgeClasses(e);
    if (classes != null && !classes.isEmpty()) {
      b.append(' ').append(classes);
    }
    b.append("\" id=\"edge-").append(edgeIndex.get(e)).append("\" data-edge-id=\"").append(esc(e.id()))
        .append("\" data-kind=\"").append(e.kind()).append('"');
    data(b, deco.edgeData(e));
    b.append(">\n<title>").append(esc(deco.edgeTitle(e))).append("</title>\n<path class=\"hit\" d=\"")
        .append(path(shape.points())).append("\"/>\n<path class=\"line\" d=\"").append(path(shape.points()))
        .append("\"/>\n");
    Box l = shape.labelBox();
    if (l != null) {
      b.append("<rect class=\"label-bg\" x=\"").append(num(l.x())).append("\" y=\"").append(num(l.y()))
          .append("\" width=\"").append(num(l.w())).append("\" height=\"").append(num(l.h()))
          .append("\" rx=\"3\"/>\n<text class=\"label\" x=\"").append(num(l.x() + l.w() / 2)).append("\" y=\"")
          .append(num(l.y() + l.h() - 4)).append("\">").append(esc(shape.label())).append("</text>\n");
    }
    b.append("</g>\n");
  }

  /** An orthogonal polyline with rounded corners. */
  static String path(List<double[]> points) {
    StringBuilder d = new StringBuilder();
    if (points.isEmpty()) {
      return "";
    }
    double[] p0 = points.get(0);
    d.append('M').append(num(p0[0])).append(',').append(num(p0[1]));
    for (int i = 1; i < points.size(); i++) {
      double[] p = points.get(i);
      if (i == points.size() - 1) {
        d.append(" L").append(num(p[0])).append(',').append(num(p[1]));
        break;
      }
      double[] prev = points.get(i - 1);
      double[] next = points.get(i + 1);
      double r = Math.min(6, Math.min(dist(prev, p), dist(p, next)) / 2);
      double[] a = toward(p, prev, r);
      double[] c = toward(p, next, r);
      d.append(" L").append(num(a[0])).append(',').append(num(a[1])).append(" Q").append(num(p[0])).append(',')
          .append(num(p[1])).append(' ').append(num(c[0])).append(',').append(num(c[1]));
    }
    return d.toString();
  }

  private static double dist(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  private static double[] toward(double[] from, double[] to, double r) {
    double len = dist(from, to);
    if (len == 0) {
      return from;
    }
    return new double[] {from[0] + (to[0] - from[0]) * r / len, from[1] + (to[1] - from[1]) * r / len};
  }

  private static void data(StringBuilder b, Map<String, String> data) {
    if (data == null) {
      return;
    }
    for (Map.Entry<String, String> d : data.entrySet()) {
      b.append(" data-").append(d.getKey()).append("=\"").append(esc(d.getValue())).append('"');
    }
  }
}
