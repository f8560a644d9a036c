package io.github.sfntestkit.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.load.Pointers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates CloudFormation intrinsic functions ({@code Ref}, {@code Fn::Sub}, {@code Fn::GetAtt},
 * {@code Fn::Join}, {@code Fn::If}, ...) offline, for the definition of one state machine. Resources
 * get synthetic values ({@link ResourceValues}); parameters their supplied value or {@code Default};
 * pseudo parameters their supplied value or a fixed default.
 */
final class Resolver {

  /** {@code AWS::NoValue}: removes the property or list element that holds it. */
  static final JsonNode NO_VALUE = MissingNode.getInstance();

  static final String DEFAULT_REGION = "us-east-1";
  static final String DEFAULT_ACCOUNT = "123456789012";
  static final String DEFAULT_STACK = "sfn-testkit-stack";

  private final ParsedTemplate template;
  private final Options options;
  private final String logicalId;
  private final Set<String> inProgress = new LinkedHashSet<>();
  private final Map<String, Boolean> conditions = new HashMap<>();

  Resolver(ParsedTemplate template, Options options, String logicalId) {
    this.template = template;
    this.options = options;
    this.logicalId = logicalId;
  }

  TemplateException error(String pointer, String problem, String fix) {
    return Errors.of(template.source(), logicalId, pointer, template.location(pointer), problem, fix);
  }

  /** Resolves every intrinsic function in a value; {@link #NO_VALUE} when it resolves to nothing. */
  JsonNode resolve(JsonNode node, String pointer) {
    if (node.isObject()) {
      if (node.size() == 1) {
        String key = node.fieldNames().next();
        if (key.equals("Ref") || key.startsWith("Fn::")) {
          return function(key, node.get(key), Pointers.child(pointer, key));
        }
      }
      ObjectNode out = Json.object(node.size());
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode value = resolve(field.getValue(), Pointers.child(pointer, field.getKey()));
        if (!value.isMissingNode()) {
          out.set(field.getKey(), value);
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Json.NODES.arrayNode(node.size());
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = resolve(node.get(i), Pointers.child(pointer, i));
        if (!value.isMissingNode()) {
          out.add(value);
        }
      }
      return out;
    }
    return node;
  }

  /** Resolves a value that must end up a string (a number or boolean is written as text). */
  String resolveText(JsonNode node, String pointer, String what) {
    return text(resolve(node, pointer), pointer, what);
  }

  private JsonNode function(String name, JsonNode arg, String pointer) {
    switch (name) {
      case "Ref":
        return ref(requireText(arg, pointer, "Ref"), pointer);
      case "Fn::GetAtt":
        return getAtt(arg, pointer);
      case "Fn::Sub":
        return Json.NODES.textNode(sub(arg, pointer));
      case "Fn::Join":
        return join(arg, pointer);
      case "Fn::Select":
        return select(arg, pointer);
      case "Fn::Split":
        return split(arg, pointer);
      case "Fn::If":
        return ifFunction(arg, pointer);
      case "Fn::Equals":
      case "Fn::And":
      case "Fn::Or":
      case "Fn::Not":
        return Json.NODES.booleanNode(conditionFunction(name, arg, pointer));
      case "Fn::FindInMap":
        return findInMap(arg, pointer);
      case "Fn::Base64":
        return Json.NODES.textNode(
            Base64.getEncoder().encodeToString(resolveText(arg, pointer, "Fn::Base64").getBytes(StandardCharsets.UTF_8)));
      case "Fn::GetAZs":
        return getAzs(arg, pointer);
      case "Fn::ImportValue":
        return importValue(arg, pointer);
      case "Fn::ToJsonString":
        return Json.NODES.textNode(Json.write(resolve(arg, pointer)));
      case "Fn::Length":
        return Json.NODES.numberNode(list(resolve(arg, pointer), pointer, "Fn::Length").size());
      default:
        throw error(
            pointer,
            name + " cannot be evaluated offline.",
            "Supply the value it stands for: template.withSubstitution(...), .withParameter(...) or"
                + " .withResourceValue(...).");
    }
  }

  // ---- Ref and Fn::GetAtt -------------------------------------------------------------------

  JsonNode ref(String name, String pointer) {
    String supplied = options.parameters().get(name);
    JsonNode parameter = template.root().path("Parameters").get(name);
    if (supplied != null) {
      return parameterValue(parameter, supplied);
    }
    String pseudo = pseudo(name);
    if (pseudo != null || name.equals("AWS::NoValue") || name.equals("AWS::NotificationARNs")) {
      if (name.equals("AWS::NoValue")) {
        return NO_VALUE;
      }
      return name.equals("AWS::NotificationARNs") ? Json.NODES.arrayNode() : Json.NODES.textNode(pseudo);
    }
    if (parameter != null) {
      JsonNode defaultValue = parameter.get("Default");
      if (defaultValue == null || defaultValue.isNull()) {
        throw error(
            pointer,
            "parameter \"" + name + "\" has no Default and no value was supplied.",
            "Supply one with template.withParameter(" + Errors.literal(name) + ", \"...\").");
      }
      return parameterValue(parameter, text(defaultValue, pointer, "the Default of parameter \"" + name + "\""));
    }
    JsonNode resource = resource(name);
    if (resource != null) {
      String value = options.resourceValue(name, "Ref");
      return Json.NODES.textNode(value != null ? value : ResourceValues.ref(type(resource), name, physicalName(name, resource), env()));
    }
    throw unknownName(name, pointer, "Ref");
  }

  private JsonNode getAtt(JsonNode arg, String pointer) {
    String id;
    String attribute;
    if (arg.isTextual() && arg.textValue().contains(".")) {
      String s = arg.textValue();
      id = s.substring(0, s.indexOf('.'));
      attribute = s.substring(s.indexOf('.') + 1);
    } else if (arg.isArray() && arg.size() == 2) {
      id = resolveText(arg.get(0), Pointers.child(pointer, 0), "Fn::GetAtt");
      attribute = resolveText(arg.get(1), Pointers.child(pointer, 1), "Fn::GetAtt");
    } else {
      throw error(pointer, "Fn::GetAtt takes [logicalId, attribute] or \"logicalId.attribute\", but was "
          + Json.quote(arg) + ".", null);
    }
    return Json.NODES.textNode(attribute(id, attribute, pointer));
  }

  String attribute(String id, String attribute, String pointer) {
    String supplied = options.resourceValue(id, attribute);
    if (supplied != null) {
      return supplied;
    }
    JsonNode resource = resource(id);
    if (resource == null) {
      throw unknownName(id, pointer, "Fn::GetAtt");
    }
    String type = type(resource);
    String value = ResourceValues.attribute(type, id, physicalName(id, resource), attribute, env());
    if (value == null) {
      throw error(
          pointer,
          "no synthetic value for attribute \"" + attribute + "\" of " + type + " \"" + id + "\".",
          "Supply one with template.withResourceValue(" + Errors.literal(id) + ", " + Errors.literal(attribute)
              + ", \"...\").");
    }
    return value;
  }

  private JsonNode parameterValue(JsonNode parameter, String value) {
    String type = parameter == null ? "" : parameter.path("Type").asText("");
    if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
      ArrayNode items = Json.NODES.arrayNode();
      for (String item : value.split(",", -1)) {
        items.add(item.trim());
      }
      return items;
    }
    return Json.NODES.textNode(value);
  }

  private String pseudo(String name) {
    String supplied = options.parameters().get(name);
    if (supplied != null) {
      return supplied;
    }
    switch (name) {
      case "AWS::Region":
        return DEFAULT_REGION;
      case "AWS::AccountId":
        return DEFAULT_ACCOUNT;
      case "AWS::Partition":
        return "aws";
      case "AWS::URLSuffix":
        return "amazonaws.com";
      case "AWS::StackName":
        return DEFAULT_STACK;
      case "AWS::StackId":
        return "arn:" + pseudo("AWS::Partition") + ":cloudformation:" + pseudo("AWS::Region") + ":"
            + pseudo("AWS::AccountId") + ":stack/" + pseudo("AWS::StackName")
            + "/00000000-0000-0000-0000-000000000000";
      default:
        return null;
    }
  }

  ResourceValues.Env env() {
    return new ResourceValues.Env(
        pseudo("AWS::Partition"), pseudo("AWS::Region"), pseudo("AWS::AccountId"), pseudo("AWS::URLSuffix"));
  }

  /** A resource of the template, or one SAM generates implicitly ({@code ServerlessRestApi}, {@code FnRole}). */
  private JsonNode resource(String id) {
    JsonNode resources = template.root().path("Resources");
    JsonNode resource = resources.get(id);
    if (resource != null && resource.isObject()) {
      return resource;
    }
    if (id.equals("ServerlessRestApi") || id.equals("ServerlessHttpApi")) {
      return implicit(id.equals("ServerlessRestApi") ? "AWS::ApiGateway::RestApi" : "AWS::ApiGatewayV2::Api");
    }
    if (id.endsWith("Role")) {
      JsonNode owner = resources.get(id.substring(0, id.length() - 4));
      if (owner != null && type(owner).startsWith("AWS::Serverless::")) {
        return implicit("AWS::IAM::Role");
      }
    }
    return null;
  }

  private static JsonNode implicit(String type) {
    ObjectNode node = Json.object();
    node.put("Type", type);
    return node;
  }

  private static String type(JsonNode resource) {
    return resource.path("Type").asText("");
  }

  private String physicalName(String id, JsonNode resource) {
    String nameProperty = ResourceValues.nameProperty(type(resource));
    JsonNode name = resource.path("Properties").get(nameProperty);
    if (name == null || name.isNull()) {
      return id;
    }
    String key = "name:" + id;
    if (!inProgress.add(key)) {
      throw error(
          "/Resources/" + Pointers.escape(id) + "/Properties/" + nameProperty,
          "the name of \"" + id + "\" refers to itself through " + String.join(" -> ", inProgress) + ".",
          "Supply its value with template.withResourceValue(" + Errors.literal(id) + ", \"Ref\", \"...\").");
    }
    try {
      String pointer = "/Resources/" + Pointers.escape(id) + "/Properties/" + Pointers.escape(nameProperty);
      return resolveText(name, pointer, nameProperty);
    } finally {
      inProgress.remove(key);
    }
  }

  private TemplateException unknownName(String name, String pointer, String function) {
    List<String> candidates = new ArrayList<>();
    template.root().path("Parameters").fieldNames().forEachRemaining(candidates::add);
    template.root().path("Resources").fieldNames().forEachRemaining(candidates::add);
    String nearest = Names.nearest(name, candidates);
    return error(
        pointer,
        function + " names no parameter or resource of the template: \"" + name + "\"."
            + (nearest == null ? "" : " Did you mean \"" + nearest + "\"?"),
        "Supply a value with template.withParameter(" + Errors.literal(name) + ", \"...\").");
  }

  // ---- Fn::Sub --------------------------------------------------------------------------------

  private String sub(JsonNode arg, String pointer) {
    String text;
    JsonNode variables;
    String textPointer;
    if (arg.isTextual()) {
      text = arg.textValue();
      variables = Json.object();
      textPointer = pointer;
    } else if (arg.isArray() && arg.size() == 2 && arg.get(1).isObject()) {
      textPointer = Pointers.child(pointer, 0);
      text = resolveText(arg.get(0), textPointer, "Fn::Sub");
      variables = arg.get(1);
    } else {
      throw error(pointer, "Fn::Sub takes a string or [string, {variables}], but was " + Json.quote(arg) + ".", null);
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf("${", i);
      int close = open < 0 ? -1 : text.indexOf('}', open + 2);
      if (open < 0 || close < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, open);
      String name = text.substring(open + 2, close);
      if (name.startsWith("!")) {
        out.append("${").append(name.substring(1)).append('}');
      } else {
        out.append(subVariable(name.trim(), variables, pointer, textPointer));
      }
      i = close + 1;
    }
    return out.toString();
  }

  private String subVariable(String name, JsonNode variables, String pointer, String textPointer) {
    if (variables.has(name)) {
      String varPointer = Pointers.child(Pointers.child(pointer, 1), name);
      return resolveText(variables.get(name), varPointer, "Fn::Sub variable \"" + name + "\"");
    }
    int dot = name.indexOf('.');
    if (dot > 0 && !name.startsWith("AWS::")) {
      return attribute(name.substring(0, dot), name.substring(dot + 1), textPointer);
    }
    return text(ref(name, textPointer), textPointer, "${" + name + "}");
  }

  // ---- lists ----------------------------------------------------------------------------------

  private JsonNode join(JsonNode arg, String pointer) {
    if (!arg.isArray() || arg.size() != 2) {
      throw error(pointer, "Fn::Join takes [delimiter, [values]], but was " + Json.quote(arg) + ".", null);
    }
    String delimiter = resolveText(arg.get(0), Pointers.child(pointer, 0), "the Fn::Join delimiter");
    String listPointer = Pointers.child(pointer, 1);
    ArrayNode values = list(resolve(arg.get(1), listPointer), listPointer, "Fn::Join");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      out.append(text(values.get(i), Pointers.child(listPointer, i), "an Fn::Join value"));
    }
    return Json.NODES.textNode(out.toString());
  }

  private JsonNode select(JsonNode arg, String pointer) {
    if (!arg.isArray() || arg.size() != 2) {
      throw error(pointer, "Fn::Select takes [index, [values]], but was " + Json.quote(arg) + ".", null);
    }
    String index = resolveText(arg.get(0), Pointers.child(pointer, 0), "the Fn::Select index");
    ArrayNode values = list(resolve(arg.get(1), Pointers.child(pointer, 1)), pointer, "Fn::Select");
    int i;
    try {
      i = Integer.parseInt(index.trim());
    } catch (NumberFormatException e) {
      i = -1;
    }
    if (i < 0 || i >= values.size()) {
      throw error(pointer, "Fn::Select index " + index + " is outside the list of " + values.size() + " values.", null);
    }
    return values.get(i);
  }

  private JsonNode split(JsonNode arg, String pointer) {
    if (!arg.isArray() || arg.size() != 2) {
      throw error(pointer, "Fn::Split takes [delimiter, string], but was " + Json.quote(arg) + ".", null);
    }
    String delimiter = resolveText(arg.get(0), Pointers.child(pointer, 0), "the Fn::Split delimiter");
    String source = resolveText(arg.get(1), Pointers.child(pointer, 1), "the Fn::Split string");
    ArrayNode parts = Json.NODES.arrayNode();
    int from = 0;
    while (!delimiter.isEmpty()) {
      int at = source.indexOf(delimiter, from);
      if (at < 0) {
        break;
      }
      parts.add(source.substring(from, at));
      from = at + delimiter.length();
    }
    parts.add(source.substring(from));
    return parts;
  }

  private JsonNode getAzs(JsonNode arg, String pointer) {
    String region = resolveText(arg, pointer, "Fn::GetAZs");
    String r = region.isEmpty() ? pseudo("AWS::Region") : region;
    ArrayNode zones = Json.NODES.arrayNode();
    zones.add(r + "a").add(r + "b").add(r + "c");
    return zones;
  }

  private JsonNode importValue(JsonNode arg, String pointer) {
    String name = resolveText(arg, pointer, "Fn::ImportValue");
    String value = options.importValues().get(name);
    if (value == null) {
      throw error(
          pointer,
          "Fn::ImportValue \"" + name + "\" reads an export of another stack, which cannot be known offline.",
          "Supply it with template.withImportValue(" + Errors.literal(name) + ", \"...\").");
    }
    return Json.NODES.textNode(value);
  }

  private JsonNode findInMap(JsonNode arg, String pointer) {
    if (!arg.isArray() || arg.size() < 3) {
      throw error(pointer, "Fn::FindInMap takes [map, key, key], but was " + Json.quote(arg) + ".", null);
    }
    String map = resolveText(arg.get(0), Pointers.child(pointer, 0), "the Fn::FindInMap map name");
    String first = resolveText(arg.get(1), Pointers.child(pointer, 1), "the Fn::FindInMap key");
    String second = resolveText(arg.get(2), Pointers.child(pointer, 2), "the Fn::FindInMap key");
    JsonNode value = template.root().path("Mappings").path(map).path(first).get(second);
    if (value != null) {
      return resolve(value, "/Mappings/" + Pointers.escape(map) + "/" + Pointers.escape(first) + "/" + Pointers.escape(second));
    }
    if (arg.size() > 3 && arg.get(3).has("DefaultValue")) {
      return resolve(arg.get(3).get("DefaultValue"), Pointers.child(Pointers.child(pointer, 3), "DefaultValue"));
    }
    throw error(pointer, "Fn::FindInMap finds nothing at Mappings \"" + map + "\" > \"" + first + "\" > \"" + second + "\".", null);
  }

  // ---- conditions ---------------------------------------------------------------------------

  private JsonNode ifFunction(JsonNode arg, String pointer) {
    if (!arg.isArray() || arg.size() != 3 || !arg.get(0).isTextual()) {
      throw error(pointer, "Fn::If takes [condition, valueIfTrue, valueIfFalse], but was " + Json.quote(arg) + ".", null);
    }
    boolean value = condition(arg.get(0).textValue(), Pointers.child(pointer, 0));
    int branch = value ? 1 : 2;
    return resolve(arg.get(branch), Pointers.child(pointer, branch));
  }

  boolean condition(String name, String pointer) {
    Boolean known = conditions.get(name);
    if (known != null) {
      return known;
    }
    JsonNode definition = template.root().path("Conditions").get(name);
    if (definition == null) {
      List<String> candidates = new ArrayList<>();
      template.root().path("Conditions").fieldNames().forEachRemaining(candidates::add);
      String nearest = Names.nearest(name, candidates);
      throw error(pointer, "no condition named \"" + name + "\" in the template's Conditions."
          + (nearest == null ? "" : " Did you mean \"" + nearest + "\"?"), null);
    }
    String key = "condition:" + name;
    if (!inProgress.add(key)) {
      throw error(pointer, "condition \"" + name + "\" refers to itself.", null);
    }
    try {
      boolean value = conditionValue(definition, "/Conditions/" + Pointers.escape(name));
      conditions.put(name, value);
      return value;
    } finally {
      inProgress.remove(key);
    }
  }

  private boolean conditionValue(JsonNode node, String pointer) {
    if (node.isObject() && node.size() == 1 && node.has("Condition")) {
      return condition(requireText(node.get("Condition"), Pointers.child(pointer, "Condition"), "Condition"),
          Pointers.child(pointer, "Condition"));
    }
    JsonNode value = resolve(node, pointer);
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isTextual() && (value.textValue().equals("true") || value.textValue().equals("false"))) {
      return Boolean.parseBoolean(value.textValue());
    }
    throw error(pointer, "a condition must be true or false, but was " + Json.quote(value) + ".", null);
  }

  private boolean conditionFunction(String name, JsonNode arg, String pointer) {
    if (!arg.isArray()) {
      throw error(pointer, name + " takes a list, but was " + Json.quote(arg) + ".", null);
    }
    switch (name) {
      case "Fn::Equals": {
        if (arg.size() != 2) {
          throw error(pointer, "Fn::Equals takes two values, but was " + Json.quote(arg) + ".", null);
        }
        JsonNode a = resolve(arg.get(0), Pointers.child(pointer, 0));
        JsonNode b = resolve(arg.get(1), Pointers.child(pointer, 1));
        return a.isValueNode() && b.isValueNode() ? a.asText().equals(b.asText()) : a.equals(b);
      }
      case "Fn::Not":
        return !conditionValue(arg.get(0), Pointers.child(pointer, 0));
      case "Fn::And":
        for (int i = 0; i < arg.size(); i++) {
          if (!conditionValue(arg.get(i), Pointers.child(pointer, i))) {
            return false;
          }
        }
        return true;
      default:
        for (int i = 0; i < arg.size(); i++) {
          if (conditionValue(arg.get(i), Pointers.child(pointer, i))) {
            return true;
          }
        }
        return false;
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private String requireText(JsonNode arg, String pointer, String function) {
    if (arg.isTextual()) {
      return arg.textValue();
    }
    return resolveText(arg, pointer, function);
  }

  private ArrayNode list(JsonNode value, String pointer, String function) {
    if (value.isArray()) {
      return (ArrayNode) value;
    }
    throw error(pointer, function + " needs a list here, but the value is " + describe(value) + ".", null);
  }

  String text(JsonNode value, String pointer, String what) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber() || value.isBoolean()) {
      return Json.write(value);
    }
    throw error(pointer, what + " must be a string, but resolves to " + describe(value) + ".", null);
  }

  private static String describe(JsonNode value) {
    if (value.isMissingNode()) {
      return "no value (AWS::NoValue)";
    }
    return "a" + (Json.typeName(value).matches("[aeiou].*") ? "n " : " ") + Json.typeName(value) + " " + Json.quote(value);
  }
}
