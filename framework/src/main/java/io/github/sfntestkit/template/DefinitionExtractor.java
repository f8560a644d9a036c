package io.github.sfntestkit.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.load.DefinitionLoader;
import io.github.sfntestkit.internal.load.Pointers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes one state machine's definition out of a template: from {@code Definition} (an object),
 * {@code DefinitionString} (text, often {@code Fn::Sub} or {@code Fn::Join}), {@code DefinitionUri}
 * (a file beside the template) or a file the test supplies; then replaces the {@code ${Name}}
 * placeholders of {@code DefinitionSubstitutions}.
 */
final class DefinitionExtractor {

  static final List<String> STATE_MACHINE_TYPES =
      List.of("AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}\\s]+)\\}");

  /** A definition taken out of a template, and the name to report it under. */
  record Extracted(JsonNode root, String source) {}

  private final ParsedTemplate template;
  private final Options options;
  private final Origin origin;
  private final String logicalId;
  private final Resolver resolver;
  private final String properties;

  private DefinitionExtractor(ParsedTemplate template, Options options, Origin origin, String logicalId) {
    this.template = template;
    this.options = options;
    this.origin = origin;
    this.logicalId = logicalId;
    this.resolver = new Resolver(template, options, logicalId);
    this.properties = "/Resources/" + Pointers.escape(logicalId) + "/Properties";
  }

  static Extracted extract(ParsedTemplate template, Options options, Origin origin, String logicalId) {
    return new DefinitionExtractor(template, options, origin, logicalId).extract();
  }

  /** Logical ids of the template's state machines, in template order. */
  static List<String> stateMachines(ParsedTemplate template) {
    List<String> ids = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = template.root().path("Resources").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (STATE_MACHINE_TYPES.contains(entry.getValue().path("Type").asText(""))) {
        ids.add(entry.getKey());
      }
    }
    return ids;
  }

  private Extracted extract() {
    JsonNode props = stateMachineProperties();
    String label = template.source() + " (" + logicalId + ")";
    Path suppliedFile = options.definitionFiles().get(logicalId);
    if (suppliedFile != null) {
      return fromText(readSupplied(suppliedFile), suppliedFile.toString(), true, props);
    }
    if (props.has("Definition")) {
      return fromObject(props.get("Definition"), label, props);
    }
    if (props.has("DefinitionString")) {
      String pointer = properties + "/DefinitionString";
      String text = resolver.resolveText(props.get("DefinitionString"), pointer, "DefinitionString");
      return fromText(text, label, false, props);
    }
    if (props.has("DefinitionUri")) {
      return fromUri(props.get("DefinitionUri"), properties + "/DefinitionUri", props);
    }
    if (props.has("DefinitionS3Location")) {
      JsonNode location = resolver.resolve(props.get("DefinitionS3Location"), properties + "/DefinitionS3Location");
      throw s3(properties + "/DefinitionS3Location", "DefinitionS3Location", describeS3(location));
    }
    throw resolver.error(
        properties,
        "the state machine has no Definition, DefinitionString, DefinitionUri or DefinitionS3Location.",
        "Supply the definition with template.withDefinitionFile(" + Errors.literal(logicalId) + ", Path.of(\"...\")).");
  }

  private JsonNode stateMachineProperties() {
    JsonNode resources = template.root().get("Resources");
    if (resources == null || !resources.isObject()) {
      throw Errors.of(template.source(), logicalId, "/Resources", null,
          "the template has no \"Resources\" section.", null);
    }
    JsonNode resource = resources.get(logicalId);
    List<String> machines = stateMachines(template);
    if (resource == null) {
      String nearest = Names.nearest(logicalId, machines);
      throw Errors.of(template.source(), logicalId, "/Resources", null,
          "no resource has the logical id \"" + logicalId + "\"."
              + (nearest == null ? "" : " Did you mean \"" + nearest + "\"?"),
          "State machines in this template: " + list(machines) + ".");
    }
    String type = resource.path("Type").asText("");
    String pointer = "/Resources/" + Pointers.escape(logicalId);
    if (!STATE_MACHINE_TYPES.contains(type)) {
      throw Errors.of(template.source(), logicalId, pointer + "/Type", template.location(pointer + "/Type"),
          "resource \"" + logicalId + "\" is a " + (type.isEmpty() ? "resource without a Type" : type)
              + ", not an AWS::StepFunctions::StateMachine or AWS::Serverless::StateMachine.",
          "State machines in this template: " + list(machines) + ".");
    }
    JsonNode props = resource.get("Properties");
    return props != null && props.isObject() ? props : Json.object();
  }

  private static String list(List<String> names) {
    if (names.isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    for (String name : names) {
      sb.append(sb.length() == 0 ? "" : ", ").append('"').append(name).append('"');
    }
    return sb.toString();
  }

  // ---- the three forms ------------------------------------------------------------------------

  private Extracted fromObject(JsonNode definition, String label, JsonNode props) {
    String pointer = properties + "/Definition";
    JsonNode resolved = resolver.resolve(definition, pointer);
    if (!resolved.isObject()) {
      throw resolver.error(pointer, "Definition must be an object, but resolves to " + Json.quote(resolved) + ".", null);
    }
    Map<String, String> values = new LinkedHashMap<>();
    JsonNode substituted = substituteTree(resolved, pointer, values, props);
    return new Extracted(DefinitionLoader.load(Json.write(substituted), label).root(), label);
  }

  private Extracted fromUri(JsonNode uri, String pointer, JsonNode props) {
    JsonNode value = resolver.resolve(uri, pointer);
    if (value.isObject()) {
      throw s3(pointer, "DefinitionUri", describeS3(value));
    }
    String path = resolver.text(value, pointer, "DefinitionUri");
    if (path.toLowerCase(Locale.ROOT).startsWith("s3://")) {
      throw s3(pointer, "DefinitionUri", path);
    }
    String text;
    try {
      text = origin.read(path);
    } catch (IOException e) {
      throw resolver.error(pointer, "cannot read DefinitionUri \"" + path + "\" (" + origin.describe(path) + "): "
          + e.getMessage() + ".", null);
    }
    if (text == null) {
      throw resolver.error(
          pointer,
          "DefinitionUri \"" + path + "\" names no file: " + origin.describe(path) + " does not exist.",
          "Check the path (it is relative to the template's folder) or supply the definition with"
              + " template.withDefinitionFile(" + Errors.literal(logicalId) + ", Path.of(\"...\")).");
    }
    return fromText(text, origin.describe(path), true, props);
  }

  private Extracted fromText(String text, String label, boolean placeholdersRequired, JsonNode props) {
    String substituted = substituteText(text, label, placeholdersRequired, props);
    return new Extracted(DefinitionLoader.load(substituted, label).root(), label);
  }

  private String readSupplied(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw resolver.error(properties, "cannot read the definition file supplied for \"" + logicalId + "\": "
          + file + " (" + e.getClass().getSimpleName() + ").", "Check the path given to template.withDefinitionFile(...).");
    }
  }

  private TemplateException s3(String pointer, String property, String location) {
    return resolver.error(
        pointer,
        property + " points to an S3 object (" + location + "), which cannot be read offline.",
        "Supply the definition file with template.withDefinitionFile(" + Errors.literal(logicalId)
            + ", Path.of(\"statemachine/definition.asl.json\")).");
  }

  private static String describeS3(JsonNode location) {
    if (location.isObject()) {
      String bucket = location.path("Bucket").asText("?");
      String key = location.path("Key").asText("?");
      return "s3://" + bucket + "/" + key;
    }
    return location.asText();
  }

  // ---- DefinitionSubstitutions ----------------------------------------------------------------

  /**
   * Replaces placeholders in definition text. Placeholders must have a value when the definition
   * comes from a file or the state machine has {@code DefinitionSubstitutions}; otherwise (a {@code
   * ${...}} left by {@code Fn::Sub}'s {@code ${!...}} escape) unknown ones stay as written.
   */
  private String substituteText(String text, String label, boolean fromFile, JsonNode props) {
    boolean required = fromFile || props.has("DefinitionSubstitutions");
    Map<String, String> values = new LinkedHashMap<>();
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String name = m.group(1);
      String value = value(name, values, props, required, () -> placeholderPlace(label, text, m.start()));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private JsonNode substituteTree(JsonNode node, String pointer, Map<String, String> values, JsonNode props) {
    boolean required = props.has("DefinitionSubstitutions");
    if (node.isTextual()) {
      return Json.NODES.textNode(substituteString(node.textValue(), pointer, values, props, required));
    }
    if (node.isObject()) {
      ObjectNode out = Json.object(node.size());
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String child = Pointers.child(pointer, field.getKey());
        String key = substituteString(field.getKey(), child, values, props, required);
        out.set(key, substituteTree(field.getValue(), child, values, props));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Json.NODES.arrayNode(node.size());
      for (int i = 0; i < node.size(); i++) {
        out.add(substituteTree(node.get(i), Pointers.child(pointer, i), values, props));
      }
      return out;
    }
    return node;
  }

  private String substituteString(
      String text, String pointer, Map<String, String> values, JsonNode props, boolean required) {
    if (!text.contains("${")) {
      return text;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String value = value(m.group(1), values, props, required, () -> "at " + pointer);
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The value of a placeholder: supplied, else from DefinitionSubstitutions; null to keep it. */
  private String value(
      String name, Map<String, String> values, JsonNode props, boolean required,
      java.util.function.Supplier<String> place) {
    String known = values.get(name);
    if (known != null) {
      return known;
    }
    String value = options.substitutions().get(name);
    JsonNode substitutions = props.path("DefinitionSubstitutions");
    if (value == null && substitutions.has(name)) {
      String pointer = Pointers.child(properties + "/DefinitionSubstitutions", name);
      value = resolver.resolveText(substitutions.get(name), pointer, "DefinitionSubstitutions value \"" + name + "\"");
    }
    if (value == null) {
      if (!required) {
        return null;
      }
      List<String> candidates = new ArrayList<>();
      substitutions.fieldNames().forEachRemaining(candidates::add);
      candidates.addAll(options.substitutions().keySet());
      String nearest = Names.nearest(name, candidates);
      throw resolver.error(
          substitutions.isMissingNode() ? properties : properties + "/DefinitionSubstitutions",
          "placeholder ${" + name + "} " + place.get() + " has no value: "
              + (substitutions.isMissingNode()
                  ? "the state machine has no DefinitionSubstitutions."
                  : "DefinitionSubstitutions has no \"" + name + "\"."
                      + (nearest == null ? "" : " Did you mean \"" + nearest + "\"?")),
          "Supply one with template.withSubstitution(" + Errors.literal(name) + ", \"...\").");
    }
    values.put(name, value);
    return value;
  }

  private static String placeholderPlace(String label, String text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return "(" + label + ", line " + line + ", column " + column + ")";
  }
}
