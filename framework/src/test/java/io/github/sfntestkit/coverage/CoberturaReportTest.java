package io.github.sfntestkit.coverage;

import static io.github.sfntestkit.coverage.Workflows.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.StateMachine;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** The Cobertura XML, parsed back: structure, counts, attributes. */
class CoberturaReportTest {
  private static final String PAYMENT = "{\"StartAt\": \"Pay\", \"States\": {\"Pay\": {\"Type\": \"Pass\", \"Next\": \"Paid\"},"
      + " \"Paid\": {\"Type\": \"Succeed\"}}}";

  @TempDir
  Path dir;

  private Path orderFile;
  private CoverageData data;

  @BeforeEach
  void record_an_order_from_a_file_and_a_payment_from_a_string() throws Exception {
    orderFile = dir.resolve("order.asl.json");
    Files.writeString(orderFile, Workflows.ORDER);
    StateMachine order = StateMachine.fromFile(orderFile);
    StateMachine payment = StateMachine.fromJson(PAYMENT);
    data = CoverageData.empty();
    data.record(order, Workflows.charged(order));
    data.record(order, run(order, "{\"kind\": \"fan\", \"items\": [1]}"));
    data.record(payment, run(payment, "{}"));
  }

  /** Parses without fetching the DTD (tests stay offline). */
  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static List<String> names(List<Element> elements) {
    return elements.stream().map(Element::getTagName).collect(Collectors.toList());
  }

  private static Element only(Element parent, String tag) {
    List<Element> found = children(parent).stream().filter(e -> e.getTagName().equals(tag)).collect(Collectors.toList());
    assertThat(found).as("<%s> in <%s>", tag, parent.getTagName()).hasSize(1);
    return found.get(0);
  }

  @Test
  void should_have_the_cobertura_04_structure() throws Exception {
    // WHEN
    String xml = CoberturaReport.toXml(data, List.of("."));
    Document doc = parse(xml);
    // THEN
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE coverage SYSTEM \"http://cobertura.sourceforge.net/xml/coverage-04.dtd\">\n");
    Element coverage = doc.getDocumentElement();
    assertThat(coverage.getTagName()).isEqualTo("coverage");
    assertThat(doc.getDoctype().getSystemId()).isEqualTo("http://cobertura.sourceforge.net/xml/coverage-04.dtd");
    assertThat(names(children(coverage))).containsExactly("sources", "packages");
    assertThat(names(children(only(coverage, "sources")))).containsExactly("source");
    Element packages = only(coverage, "packages");
    assertThat(names(children(packages))).containsExactly("package", "package");
    for (Element pkg : children(packages)) {
      assertThat(names(children(pkg))).containsExactly("classes");
      Element cls = only(only(pkg, "classes"), "class");
      assertThat(names(children(cls))).containsExactly("methods", "lines");
      for (Element line : children(only(cls, "lines"))) {
        assertThat(line.getTagName()).isEqualTo("line");
        boolean branch = line.getAttribute("branch").equals("true");
        assertThat(names(children(line))).isEqualTo(branch ? List.of("conditions") : List.of());
      }
      for (String attribute : List.of("name", "line-rate", "branch-rate", "complexity")) {
        assertThat(pkg.hasAttribute(attribute)).as(attribute).isTrue();
      }
      for (String attribute : List.of("name", "filename", "line-rate", "branch-rate", "complexity")) {
        assertThat(cls.hasAttribute(attribute)).as(attribute).isTrue();
      }
    }
  }

  @Test
  void should_total_states_as_lines_and_choice_and_catch_outcomes_as_branches() throws Exception {
    // WHEN
    Element coverage = parse(CoberturaReport.toXml(data, List.of("src/test/resources"))).getDocumentElement();
    // THEN: order 7 of 9 states, payment 2 of 2; Route 2 of 3 outcomes, Charge 1 of 3 (Next, 2 Catchers)
    assertThat(coverage.getAttribute("lines-valid")).isEqualTo("11");
    assertThat(coverage.getAttribute("lines-covered")).isEqualTo("9");
    assertThat(coverage.getAttribute("line-rate")).isEqualTo("0.8181");
    assertThat(coverage.getAttribute("branches-valid")).isEqualTo("6");
    assertThat(coverage.getAttribute("branches-covered")).isEqualTo("3");
    assertThat(coverage.getAttribute("branch-rate")).isEqualTo("0.5");
    assertThat(coverage.getAttribute("timestamp")).isEqualTo("0");
    assertThat(coverage.getAttribute("version")).isEqualTo("sfn-testkit");
    assertThat(coverage.getAttribute("complexity")).isEqualTo("0");
    assertThat(only(only(coverage, "sources"), "source").getTextContent()).isEqualTo("src/test/resources");
  }

  @Test
  void should_put_each_state_on_its_line_of_the_definition_file_with_its_hits() throws Exception {
    // WHEN
    Element coverage = parse(CoberturaReport.toXml(data, List.of("."))).getDocumentElement();
    // THEN
    Element pkg = children(only(coverage, "packages")).get(0);
    assertThat(pkg.getAttribute("name")).isEqualTo("order");
    assertThat(pkg.getAttribute("line-rate")).isEqualTo("0.7777");
    assertThat(pkg.getAttribute("branch-rate")).isEqualTo("0.5");
    Element cls = only(only(pkg, "classes"), "class");
    assertThat(cls.getAttribute("name")).isEqualTo("order");
    assertThat(cls.getAttribute("filename")).isEqualTo(orderFile.toString().replace('\\', '/'));
    List<String> lines = children(only(cls, "lines")).stream()
        .map(l -> l.getAttribute("number") + ":" + l.getAttribute("hits") + ":" + l.getAttribute("branch")
            + (l.hasAttribute("condition-coverage") ? ":" + l.getAttribute("condition-coverage") : ""))
        .collect(Collectors.toList());
    assertThat(lines).containsExactly(
        "2:2:true:66% (2/3)", // Route
        "6:1:true:33% (1/3)", // Charge
        "12:0:false",         // Refund
        "13:1:false",         // Fan
        "14:1:false",         // Fan[0]/A
        "15:1:false",         // Fan[1]/Each
        "16:1:false",         // Fan[1]/Each/Item
        "17:0:false",         // Reject
        "18:2:false");        // Done
    Element condition = only(only(children(only(cls, "lines")).get(0), "conditions"), "condition");
    assertThat(condition.getAttribute("number")).isEqualTo("0");
    assertThat(condition.getAttribute("type")).isEqualTo("jump");
    assertThat(condition.getAttribute("coverage")).isEqualTo("66%");
  }

  @Test
  void should_number_states_by_position_when_the_definition_has_no_file() throws Exception {
    // WHEN
    Element coverage = parse(CoberturaReport.toXml(data, List.of("."))).getDocumentElement();
    // THEN
    Element pkg = children(only(coverage, "packages")).get(1);
    assertThat(pkg.getAttribute("name")).isEqualTo("state-machine");
    Element cls = only(only(pkg, "classes"), "class");
    assertThat(cls.getAttribute("filename")).isEqualTo("state-machine");
    assertThat(children(only(cls, "lines"))).extracting(l -> l.getAttribute("number") + ":" + l.getAttribute("hits"))
        .containsExactly("1:1", "2:1");
    assertThat(cls.getAttribute("branch-rate")).isEqualTo("1");
  }

  @Test
  void should_tell_apart_machines_of_the_same_name_and_escape_names() throws Exception {
    // GIVEN
    StateMachine odd = StateMachine.fromJson("{\"StartAt\": \"A & <B>\", \"States\": {\"A & <B>\": {\"Type\": \"Succeed\"}}}");
    data.record(odd, run(odd, "{}"));
    // WHEN
    String xml = CoberturaReport.toXml(data, List.of("a&b"));
    Element coverage = parse(xml).getDocumentElement();
    // THEN
    List<String> packageNames = children(only(coverage, "packages")).stream().map(p -> p.getAttribute("name"))
        .collect(Collectors.toList());
    assertThat(packageNames).hasSize(3).contains("order")
        .anySatisfy(n -> assertThat(n).matches("state-machine \\([0-9a-f]{16}\\)"));
    assertThat(packageNames.stream().filter(n -> n.startsWith("state-machine (")).distinct()).hasSize(2);
    assertThat(only(only(coverage, "sources"), "source").getTextContent()).isEqualTo("a&b");
    assertThat(xml).contains("<source>a&amp;b</source>");
  }

  @Test
  void should_write_an_empty_report_for_empty_data() throws Exception {
    // WHEN
    Element coverage = parse(CoberturaReport.toXml(CoverageData.empty(), List.of("."))).getDocumentElement();
    // THEN
    assertThat(coverage.getAttribute("lines-valid")).isEqualTo("0");
    assertThat(coverage.getAttribute("line-rate")).isEqualTo("1");
    assertThat(children(only(coverage, "packages"))).isEmpty();
  }

  @Test
  void should_write_the_report_file() throws Exception {
    // GIVEN
    Path xml = dir.resolve("report/cobertura.xml");
    // WHEN
    CoberturaReport.write(data, xml);
    // THEN
    assertThat(Files.readString(xml)).isEqualTo(CoberturaReport.toXml(data, List.of(".")));
  }
}
