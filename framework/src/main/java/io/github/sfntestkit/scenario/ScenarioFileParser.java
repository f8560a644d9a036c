package io.github.sfntestkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.load.Pointers;
import io.github.sfntestkit.mock.MockFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a scenario file's tree and turns it into a {@link ScenarioFile}, collecting every problem
 * (with its line and column) before failing. The key lists here are the format: the JSON Schema in
 * {@code docs/schemas/scenario.schema.json} is tested against them.
 */
final class ScenarioFileParser {
  static final List<String> TOP_KEYS = List.of("$schema", "name", "definition", "template", "stateMachine",
      "templateParameters", "options", "mocks", "inject", "scenarios");
  static final List<String> SCENARIO_KEYS = List.of("name", "tags", "disabled", "input", "mocks", "inject", "options",
      "expect");

  private static final String FILE = "Scenario file";
  private static final Map<String, String> TOP_MISPLACED = topMisplaced();
  private static final Map<String, String> SCENARIO_MISPLACED = scenarioMisplaced();

  private final Problems problems;
  private final String source;
  private final Origin origin;

  private ScenarioFileParser(ScenarioTree tree, String source, Origin origin) {
    this.problems = new Problems(tree);
    this.source = source;
    this.origin = origin;
  }

  /**
   * Parses a scenario file's text.
   *
   * @param fileName the file's name, for the default display name
   * @throws ScenarioFileException listing every problem
   */
  static ScenarioFile parse(String text, String source, String fileName, Origin origin) {
    ScenarioFileParser p = new ScenarioFileParser(ScenarioTree.read(text, source), source, origin);
    ScenarioFile file = p.top(fileName);
    if (p.problems.count() > 0) {
      throw new ScenarioFileException(source, p.problems.list());
    }
    return file;
  }

  private ScenarioFile top(String fileName) {
    JsonNode root = problems.tree.root();
    problems.unknownKeys(root, "", FILE, TOP_KEYS, "the scenario file", TOP_MISPLACED);
    if (root.has("$schema") && !root.get("$schema").isTextual()) {
      problems.atValue(FILE, "/$schema", "\"$schema\" must be a string (the schema's URL or path); found "
          + Problems.found(root.get("$schema")) + ".");
    }
    String name = root.has("name") ? problems.text(root.get("name"), "/name", FILE, "name", "the file's display name") : null;
    DefinitionRef definition = definition(root);
    RunOptions options = root.has("options") ? RunOptions.read(root.get("options"), "/options", FILE, problems)
        : RunOptions.NONE;
    MockFile mocks = EmbeddedMocks.read(root, "", FILE, problems);
    ScenarioFile file = new ScenarioFile(source, name != null ? name : fileName, definition, origin, mocks, options);
    JsonNode list = root.get("scenarios");
    if (list == null) {
      problems.atValue(FILE, "", "the scenario file has no \"scenarios\": add a list of scenarios, such as "
          + "[{\"name\": \"happy path\", \"input\": {}, \"expect\": {\"status\": \"SUCCEEDED\"}}].");
    } else if (problems.isList(list, "/scenarios", FILE, "scenarios", "a list of scenarios")) {
      if (list.isEmpty()) {
        problems.atValue(FILE, "/scenarios", "\"scenarios\" is empty: add at least one scenario.");
      }
      Map<String, String> names = new HashMap<>();
      List<Scenario> scenarios = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Scenario s = scenario(file, list.get(i), "/scenarios/" + i, i, names);
        if (s != null) {
          scenarios.add(s);
        }
      }
      file.setScenarios(scenarios);
    }
    return file;
  }

  private DefinitionRef definition(JsonNode root) {
    boolean hasDefinition = root.has("definition");
    boolean hasTemplate = root.has("template");
    if (hasDefinition && hasTemplate) {
      problems.atKey(FILE, "/template", "give \"definition\" (an ASL file) or \"template\" (a SAM, CloudFormation or CDK "
          + "template with \"stateMachine\"), not both.");
      return null;
    }
    if (!hasDefinition && !hasTemplate) {
      problems.atValue(FILE, "", "the scenario file names no state machine: add \"definition\" with the path of an ASL "
          + "file (relative to this file), or \"template\" and \"stateMachine\".");
      return null;
    }
    for (String templateOnly : List.of("stateMachine", "templateParameters")) {
      if (hasDefinition && root.has(templateOnly)) {
        problems.atKey(FILE, "/" + templateOnly, Problems.q(templateOnly) + " goes with \"template\"; with \"definition\" "
            + "the file names the state machine itself.");
      }
    }
    String key = hasDefinition ? "definition" : "template";
    String path = problems.text(root.get(key), "/" + key, FILE, key, hasDefinition
        ? "the path of an ASL file, relative to this file" : "the path of a template, relative to this file");
    if (path != null && !origin.exists(path)) {
      String folder = path.substring(0, path.lastIndexOf('/') + 1);
      String best = Problems.closest(path.substring(folder.length()), origin.siblings(path));
      problems.atValue(FILE, "/" + key, Problems.q(key) + " names no file: " + Problems.q(path) + " (looked for "
          + origin.resolved(path) + ")." + (best == null ? "" : " Did you mean " + Problems.q(folder + best) + "?"));
      path = null;
    }
    String machine = null;
    Map<String, String> parameters = new LinkedHashMap<>();
    if (hasTemplate) {
      if (!root.has("stateMachine")) {
        problems.atKey(FILE, "/template", "\"template\" needs \"stateMachine\": the logical id of the state machine "
            + "resource in the template.");
      } else {
        machine = problems.text(root.get("stateMachine"), "/stateMachine", FILE, "stateMachine",
            "the logical id of a state machine in the template");
      }
      parameters = parameters(root.get("templateParameters"));
    }
    if (path == null || (hasTemplate && machine == null)) {
      return null;
    }
    Location at = problems.tree.value("/" + key);
    return new DefinitionRef(hasDefinition ? path : null, hasTemplate ? path : null, machine, parameters, at);
  }

  private Map<String, String> parameters(JsonNode v) {
    Map<String, String> out = new LinkedHashMap<>();
    if (v == null || !problems.isObject(v, "/templateParameters", FILE, "templateParameters",
        "an object of parameter names to values, such as {\"Stage\": \"test\"}")) {
      return out;
    }
    for (Map.Entry<String, JsonNode> f : v.properties()) {
      String value = problems.scalarText(f.getValue(), Pointers.child("/templateParameters", f.getKey()), FILE,
          "templateParameters." + f.getKey());
      if (value != null) {
        out.put(f.getKey(), value);
      }
    }
    return out;
  }

  private Scenario scenario(ScenarioFile file, JsonNode node, String at, int index, Map<String, String> names) {
    String label = node.isObject() && node.path("name").isTextual()
        ? "Scenario " + Problems.q(node.get("name").textValue()) : "Scenario #" + (index + 1);
    if (!problems.isObject(node, at, label, "scenarios[" + index + "]",
        "an object such as {\"name\": \"happy path\", \"input\": {}, \"expect\": {\"status\": \"SUCCEEDED\"}}")) {
      return null;
    }
    int before = problems.count();
    Set<String> suggested = problems.unknownKeys(node, at, label, SCENARIO_KEYS, "a scenario", SCENARIO_MISPLACED);
    String name = null;
    if (node.has("name")) {
      name = problems.text(node.get("name"), at + "/name", label, "name", "the scenario's name");
    } else if (!suggested.contains("name")) {
      problems.atValue(label, at, "a scenario needs \"name\": it names the test.");
    }
    if (name != null) {
      String first = names.putIfAbsent(name, at);
      if (first != null) {
        problems.atValue(label, at + "/name", "the name " + Problems.q(name) + " is already used by the scenario at "
            + first + " (" + problems.tree.value(first).describe() + "); scenario names must be unique in a file.");
      }
    }
    List<String> tags = node.has("tags") ? tags(node.get("tags"), at + "/tags", label) : List.of();
    String disabled = node.has("disabled")
        ? problems.text(node.get("disabled"), at + "/disabled", label, "disabled", "the reason the scenario is skipped")
        : null;
    RunOptions options = node.has("options") ? RunOptions.read(node.get("options"), at + "/options", label, problems)
        : RunOptions.NONE;
    MockFile mocks = EmbeddedMocks.read(node, at, label, problems);
    Expectations expect = new ExpectParser(problems, label).read(node.get("expect"), at + "/expect");
    if (problems.count() > before || name == null) {
      return null;
    }
    JsonNode input = node.has("input") ? node.get("input").deepCopy() : io.github.sfntestkit.internal.json.Json.object();
    return new Scenario(file, name, tags, disabled, input, mocks, options, expect, problems.tree.value(at));
  }

  private List<String> tags(JsonNode v, String at, String label) {
    if (!problems.isList(v, at, label, "tags", "a list of tags such as [\"smoke\", \"payment\"]")) {
      return List.of();
    }
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      String tag = problems.text(v.get(i), at + "/" + i, label, "tags[" + i + "]", "a tag");
      String why = tag == null ? null : Scenario.tagProblem(tag);
      if (why != null) {
        problems.atValue(label, at + "/" + i, "tag " + Problems.q(tag) + " " + why);
      } else if (tag != null) {
        tags.add(tag);
      }
    }
    return tags;
  }

  private static Map<String, String> topMisplaced() {
    Map<String, String> m = new HashMap<>();
    for (String key : List.of("input", "expect", "tags", "disabled")) {
      m.put(key, "belongs to a scenario: put it in an entry of \"scenarios\"");
    }
    for (String key : Expectations.KEYS) {
      m.put(key, "is an expectation: put it under \"expect\" in an entry of \"scenarios\"");
    }
    for (String key : RunOptions.KEYS) {
      m.put(key, "goes under \"options\"");
    }
    m.put("logicalId", "is spelled \"stateMachine\" (the logical id in \"template\")");
    m.put("parameters", "is spelled \"templateParameters\"");
    m.put("tests", "is spelled \"scenarios\"");
    m.put("cases", "is spelled \"scenarios\"");
    return Map.copyOf(m);
  }

  private static Map<String, String> scenarioMisplaced() {
    Map<String, String> m = new HashMap<>();
    for (String key : Expectations.KEYS) {
      if (!key.equals("name")) {
        m.put(key, "is an expectation: move it under \"expect\"");
      }
    }
    for (String key : RunOptions.KEYS) {
      m.put(key, "goes under \"options\"");
    }
    for (String key : List.of("definition", "template", "stateMachine", "templateParameters")) {
      m.put(key, "belongs to the top level: one scenario file tests one state machine");
    }
    m.put("expectations", "is spelled \"expect\"");
    m.put("expected", "is spelled \"expect\"");
    m.put("skip", "is written \"disabled: <reason>\"");
    m.put("skipped", "is written \"disabled: <reason>\"");
    m.put("ignore", "is written \"disabled: <reason>\"");
    m.put("tag", "is spelled \"tags\" (a list)");
    m.put("description", "has no place in a scenario: use \"name\", or a YAML comment");
    return Map.copyOf(m);
  }
}
