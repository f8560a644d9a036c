package io.github.sfntestkit.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Parses an element of a generated page (the SVG, a table, a list) as XML, which also proves the
 * fragment well-formed (every name escaped), and queries it with XPath.
 */
final class Xml {
  private final Document doc;

  private Xml(Document doc) {
    this.doc = doc;
  }

  /** The first element {@code <tag ...>...</tag>} with this opening text in {@code html}, parsed. */
  static Xml element(String html, String opening, String tag) {
    int start = html.indexOf(opening);
    if (start < 0) {
      throw new AssertionError("no " + opening + " in the page");
    }
    int end = html.indexOf("</" + tag + ">", start);
    return parse(html.substring(start, end + tag.length() + 3));
  }

  static Xml parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new Xml(f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + xml.substring(0, Math.min(2000,
          xml.length())), e);
    }
  }

  List<Element> all(String xpath) {
    try {
      NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
      List<Element> out = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        out.add((Element) nodes.item(i));
      }
      return out;
    } catch (Exception e) {
      throw new AssertionError("bad XPath " + xpath, e);
    }
  }

  Element one(String xpath) {
    List<Element> found = all(xpath);
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " elements match " + xpath);
    }
    return found.get(0);
  }

  List<String> attributes(String xpath, String attribute) {
    List<String> out = new ArrayList<>();
    for (Element e : all(xpath)) {
      out.add(e.getAttribute(attribute));
    }
    return out;
  }

  /** XPath test for a class token: {@code [contains(concat(' ', @class, ' '), ' x ')]}. */
  static String cls(String name) {
    return "[contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')]";
  }
}
