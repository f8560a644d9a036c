package io.github.sfntestkit.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.load.Pointers;
import io.github.sfntestkit.internal.load.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads template text, JSON or YAML, into a JSON tree. YAML short-form tags become their long form
 * ({@code !Sub x} is read as {@code {"Fn::Sub": x}}, {@code !Ref x} as {@code {"Ref": x}}, {@code
 * !GetAtt A.B} as {@code {"Fn::GetAtt": ["A", "B"]}}), and the location of every value is kept by
 * JSON pointer.
 */
final class TemplateReader {

  /** Lenient about repeated keys (the last one wins), as for YAML. */
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final String source;
  private final Map<String, SourceLocation> locations = new HashMap<>(512);

  private TemplateReader(String source) {
    this.source = source;
  }

  static ParsedTemplate read(String rawText, String source) {
    String text = rawText.startsWith("\uFEFF") ? rawText.substring(1) : rawText;
    if (text.isBlank()) {
      throw Errors.of(source, null, "", null, "the template is empty.",
          "Expected a SAM or CloudFormation template with a \"Resources\" section.");
    }
    TemplateReader reader = new TemplateReader(source);
    JsonNode root = isJson(source, text) ? reader.readJson(text) : reader.readYaml(text);
    if (root == null || !root.isObject()) {
      throw Errors.of(source, null, "", null,
          "the template must be an object with a \"Resources\" section, but was "
              + (root == null ? "empty" : Json.typeName(root)) + ".", null);
    }
    return new ParsedTemplate(source, (ObjectNode) root, Map.copyOf(reader.locations));
  }

  private static boolean isJson(String source, String text) {
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return false;
    }
    return text.stripLeading().startsWith("{");
  }

  // ---- YAML ----------------------------------------------------------------------------------

  private JsonNode readYaml(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    Node node;
    try {
      node = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      SourceLocation at = mark == null ? null : new SourceLocation(mark.getLine() + 1, mark.getColumn() + 1);
      String problem = e.getProblem() == null ? "syntax error" : e.getProblem().trim();
      throw Errors.of(source, null, "", at, "invalid YAML: " + problem + ".", null);
    } catch (YAMLException e) {
      throw Errors.of(source, null, "", null, "invalid YAML: " + e.getMessage() + ".", null);
    }
    return node == null ? null : convert(node, "");
  }

  private JsonNode convert(Node node, String pointer) {
    Mark mark = node.getStartMark();
    if (mark != null) {
      locations.put(pointer, new SourceLocation(mark.getLine() + 1, mark.getColumn() + 1));
    }
    String tag = node.getTag().getValue();
    if (tag.startsWith("!") && !tag.startsWith("!!")) {
      return shortForm(tag.substring(1), node, pointer);
    }
    return plain(node, pointer);
  }

  private JsonNode plain(Node node, String pointer) {
    if (node instanceof MappingNode) {
      ObjectNode object = Json.object();
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        String key = keyOf(tuple.getKeyNode(), pointer);
        String child = Pointers.child(pointer, key);
        // A repeated key replaces the earlier one, as the SAM CLI and CloudFormation read it.
        object.set(key, convert(tuple.getValueNode(), child));
      }
      return object;
    }
    if (node instanceof SequenceNode) {
      ArrayNode array = Json.NODES.arrayNode();
      int i = 0;
      for (Node item : ((SequenceNode) node).getValue()) {
        array.add(convert(item, Pointers.child(pointer, i++)));
      }
      return array;
    }
    return scalar((ScalarNode) node);
  }

  private JsonNode shortForm(String name, Node node, String pointer) {
    Tag tag = node.getTag();
    node.setTag(node instanceof ScalarNode ? Tag.STR : node instanceof SequenceNode ? Tag.SEQ : Tag.MAP);
    try {
      ObjectNode wrapper = Json.object();
      if (name.equals("Ref") || name.equals("Condition")) {
        wrapper.set(name, convert(node, Pointers.child(pointer, name)));
      } else if (name.equals("GetAtt") && node instanceof ScalarNode) {
        String value = ((ScalarNode) node).getValue();
        int dot = value.indexOf('.');
        ArrayNode pair = Json.NODES.arrayNode();
        pair.add(dot < 0 ? value : value.substring(0, dot));
        if (dot >= 0) {
          pair.add(value.substring(dot + 1));
        }
        locations.put(Pointers.child(pointer, "Fn::GetAtt"), locationOf(node));
        wrapper.set("Fn::GetAtt", pair);
      } else {
        wrapper.set("Fn::" + name, convert(node, Pointers.child(pointer, "Fn::" + name)));
      }
      return wrapper;
    } finally {
      node.setTag(tag);
    }
  }

  private String keyOf(Node keyNode, String pointer) {
    if (keyNode instanceof ScalarNode) {
      return ((ScalarNode) keyNode).getValue();
    }
    throw Errors.of(source, null, pointer, locationOf(keyNode),
        "a mapping key must be a plain value, but was a " + (keyNode instanceof MappingNode ? "mapping" : "sequence") + ".",
        null);
  }

  private static SourceLocation locationOf(Node node) {
    Mark mark = node.getStartMark();
    return mark == null ? SourceLocation.UNKNOWN : new SourceLocation(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static JsonNode scalar(ScalarNode node) {
    String value = node.getValue();
    Tag tag = node.getTag();
    if (Tag.NULL.equals(tag)) {
      return Json.NODES.nullNode();
    }
    if (Tag.BOOL.equals(tag)) {
      String v = value.toLowerCase(Locale.ROOT);
      return Json.NODES.booleanNode(v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y"));
    }
    if (Tag.INT.equals(tag)) {
      String digits = value.replace("_", "");
      try {
        if (digits.matches("[-+]?[0-9]+")) {
          return integer(new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits));
        }
      } catch (NumberFormatException e) {
        // fall through to text
      }
      return Json.NODES.textNode(value);
    }
    if (Tag.FLOAT.equals(tag)) {
      try {
        return Json.NODES.numberNode(new java.math.BigDecimal(value.replace("_", "")));
      } catch (NumberFormatException e) {
        return Json.NODES.textNode(value);
      }
    }
    return Json.NODES.textNode(value);
  }

  // ---- JSON ----------------------------------------------------------------------------------

  private JsonNode readJson(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      parser.nextToken();
      JsonNode root = readValue(parser, "");
      if (parser.nextToken() != null) {
        throw Errors.of(source, null, "", location(parser.currentTokenLocation()),
            "unexpected content after the end of the template object.", null);
      }
      return root;
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
      int cut = message.indexOf('\n');
      throw Errors.of(source, null, "", location(e.getLocation()),
          "invalid JSON: " + (cut < 0 ? message : message.substring(0, cut)).trim() + ".", null);
    } catch (IOException e) {
      throw Errors.of(source, null, "", null, "cannot read the template: " + e.getMessage() + ".", null);
    }
  }

  private JsonNode readValue(JsonParser p, String pointer) throws IOException {
    locations.put(pointer, location(p.currentTokenLocation()));
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = Json.object();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          object.set(name, readValue(p, Pointers.child(pointer, name)));
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = Json.NODES.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(readValue(p, Pointers.child(pointer, i++)));
        }
        return array;
      }
      case VALUE_STRING:
        return Json.NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return integer(p.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return Json.NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return Json.NODES.booleanNode(true);
      case VALUE_FALSE:
        return Json.NODES.booleanNode(false);
      default:
        return Json.NODES.nullNode();
    }
  }

  private static JsonNode integer(BigInteger value) {
    if (value.bitLength() < 32) {
      return Json.NODES.numberNode(value.intValue());
    }
    if (value.bitLength() < 64) {
      return Json.NODES.numberNode(value.longValue());
    }
    return Json.NODES.numberNode(value);
  }

  private static SourceLocation location(JsonLocation loc) {
    return loc == null ? SourceLocation.UNKNOWN : new SourceLocation(loc.getLineNr(), loc.getColumnNr());
  }
}
