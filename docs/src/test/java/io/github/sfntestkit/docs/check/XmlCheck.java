package io.github.sfntestkit.docs.check;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * An {@code xml} block (Maven snippets) must be well-formed, and each {@code <dependency>} must be
 * real: an {@code io.github.sfntestkit} artifact is a module of this build at the build's version,
 * and any other artifact given with a version is declared with that version by a pom of this build
 * (so the page shows what the build tests).
 */
final class XmlCheck {
  static final String GROUP = "io.github.sfntestkit";
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  private final Repository repository;

  XmlCheck(Repository repository) {
    this.repository = repository;
  }

  /** A dependency as written: group, artifact and version ("" when absent). */
  record Coordinates(String groupId, String artifactId, String version) {
    @Override
    public String toString() {
      return groupId + ":" + artifactId + (version.isEmpty() ? "" : ":" + version);
    }
  }

  void check(Markdown.Block block) {
    Document doc;
    try {
      doc = parse("<snippet>" + block.text() + "</snippet>");
    } catch (Exception e) {
      throw BlockCheck.failure(block, "the block is not well-formed XML: " + e.getMessage());
    }
    Build build = Build.read(repository);
    for (Coordinates c : dependencies(doc.getDocumentElement(), Map.of())) {
      if (c.groupId().equals(GROUP)) {
        if (!build.modules.contains(c.artifactId())) {
          throw BlockCheck.failure(block, c + " is not an artifact of this build. Artifacts: " + build.modules + ".");
        }
        if (!c.version().isEmpty() && !c.version().equals(build.version)) {
          throw BlockCheck.failure(block, c + " shows version " + c.version() + ", the build is " + build.version + ".");
        }
      } else if (!c.version().isEmpty()) {
        List<String> declared = build.versions.getOrDefault(c.groupId() + ":" + c.artifactId(), List.of());
        if (!declared.contains(c.version())) {
          throw BlockCheck.failure(block, c + " is not what the build uses: "
              + (declared.isEmpty() ? "no pom declares it" : "the poms declare " + declared)
              + ". Show the version the build tests.");
        }
      }
    }
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new InputSource(new StringReader(xml)));
  }

  static List<Coordinates> dependencies(Element root, Map<String, String> properties) {
    List<Coordinates> out = new ArrayList<>();
    NodeList deps = root.getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      out.add(new Coordinates(child(d, "groupId", properties), child(d, "artifactId", properties),
          child(d, "version", properties)));
    }
    return out;
  }

  private static String child(Element e, String name, Map<String, String> properties) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(name)) {
        return resolve(n.getTextContent().trim(), properties);
      }
    }
    return "";
  }

  private static String resolve(String value, Map<String, String> properties) {
    Matcher m = PROPERTY.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The build's version, module artifact ids and every versioned dependency its poms declare. */
  static final class Build {
    final String version;
    final List<String> modules = new ArrayList<>();
    final Map<String, List<String>> versions = new HashMap<>();

    private Build(String version) {
      this.version = version;
    }

    static Build read(Repository repository) {
      try {
        Element root = parse(Repository.read(repository.resolve("pom.xml"))).getDocumentElement();
        Map<String, String> properties = properties(root, new HashMap<>());
        Build build = new Build(direct(root, "version"));
        properties.put("project.version", build.version);
        build.add(root, properties);
        NodeList modules = root.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
          Path pom = repository.resolve(modules.item(i).getTextContent().trim()).resolve("pom.xml");
          if (Files.isRegularFile(pom)) {
            Element module = parse(Repository.read(pom)).getDocumentElement();
            build.modules.add(direct(module, "artifactId"));
            build.add(module, properties(module, new HashMap<>(properties)));
          }
        }
        return build;
      } catch (Exception e) {
        throw new IllegalStateException("cannot read the build's poms: " + e.getMessage(), e);
      }
    }

    private void add(Element pom, Map<String, String> properties) {
      for (Coordinates c : dependencies(pom, properties)) {
        if (!c.version().isEmpty()) {
          versions.computeIfAbsent(c.groupId() + ":" + c.artifactId(), k -> new ArrayList<>()).add(c.version());
        }
      }
    }

    private static Map<String, String> properties(Element pom, Map<String, String> into) {
      for (Node p = pom.getFirstChild(); p != null; p = p.getNextSibling()) {
        if (p instanceof Element && p.getNodeName().equals("properties")) {
          for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
              into.put(n.getNodeName(), n.getTextContent().trim());
            }
          }
        }
      }
      return into;
    }

    private static String direct(Element e, String name) {
      return child(e, name, Map.of());
    }
  }
}
