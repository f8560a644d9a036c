package io.github.sfntestkit.coverage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.coverage.CoverageGraph.Edge;
import io.github.sfntestkit.coverage.CoverageGraph.Node;
import io.github.sfntestkit.internal.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One machine of a coverage data file, to and from JSON, with located errors for a corrupt file. */
final class CoverageJson {
  private CoverageJson() {}

  static ObjectNode write(StateMachineCoverage m) {
    ObjectNode o = Json.object();
    o.put("key", m.key());
    o.put("name", m.name());
    if (m.source() != null) {
      o.put("source", m.source());
    }
    o.put("executions", m.executions());
    ObjectNode states = o.putObject("states");
    for (Node n : m.graph().nodes()) {
      long hits = m.hits(n);
      if (hits > 0) {
        states.put(n.id(), hits);
      }
    }
    ObjectNode transitions = o.putObject("transitions");
    for (Edge e : m.graph().edges()) {
      long hits = m.hits(e);
      if (hits > 0) {
        transitions.put(e.id(), hits);
      }
    }
    if (!m.lines().isEmpty()) {
      ObjectNode lines = o.putObject("lines");
      m.lines().forEach(lines::put);
    }
    o.set("definition", m.definition());
    return o;
  }

  static List<StateMachineCoverage> read(String json, String file) {
    if (json.isBlank()) {
      throw corrupt(file, "the file is empty.");
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw corrupt(file, "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
          + at.getColumnNr()) + ": " + e.getOriginalMessage() + ".");
    }
    if (root == null || !root.isObject()) {
      throw corrupt(file, "expected a JSON object with \"format\": \"" + CoverageData.FORMAT + "\".");
    }
    if (!CoverageData.FORMAT.equals(root.path("format").asText(null))) {
      throw corrupt(file, "not sfn-testkit coverage data: expected \"format\": \"" + CoverageData.FORMAT
          + "\", found " + (root.has("format") ? Json.quote(root.get("format")) : "no \"format\"") + ".");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isIntegralNumber() || version.asInt() < 1) {
      throw corrupt(file, "\"version\" must be a whole number; found "
          + (version == null ? "none" : Json.quote(version)) + ".");
    }
    if (version.asInt() > CoverageData.VERSION) {
      throw corrupt(file, "written by a newer sfn-testkit (data version " + version.asInt()
          + "; this one reads version " + CoverageData.VERSION + "). Use the same sfn-testkit version to report.");
    }
    JsonNode machines = root.get("machines");
    if (machines == null || !machines.isArray()) {
      throw corrupt(file, "\"machines\" must be an array.");
    }
    List<StateMachineCoverage> out = new ArrayList<>();
    for (int i = 0; i < machines.size(); i++) {
      out.add(machine(machines.get(i), file, "machines[" + i + "]"));
    }
    return out;
  }

  private static StateMachineCoverage machine(JsonNode m, String file, String at) {
    if (!m.isObject()) {
      throw corrupt(file, at + " must be an object.");
    }
    String name = text(m, "name", file, at, true);
    String where = at + " (\"" + name + "\")";
    String source = text(m, "source", file, where, false);
    JsonNode definition = m.get("definition");
    if (definition == null || !definition.isObject() || !definition.path("States").isObject()) {
      throw corrupt(file, where + ": \"definition\" must be a state machine definition (an object with \"States\").");
    }
    CoverageGraph graph = CoverageGraph.of(definition);
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : counts(m, "lines", file, where).entrySet()) {
      lines.put(e.getKey(), (int) Math.min(Integer.MAX_VALUE, e.getValue()));
    }
    StateMachineCoverage coverage = new StateMachineCoverage(CoverageKeys.key(definition), name, source,
        definition, graph, lines);
    JsonNode executions = m.get("executions");
    if (executions == null || !executions.isIntegralNumber() || executions.asLong() < 0) {
      throw corrupt(file, where + ": \"executions\" must be a whole number, 0 or more.");
    }
    Map<String, Long> states = counts(m, "states", file, where);
    for (String id : states.keySet()) {
      if (!coverage.hasNode(id)) {
        throw corrupt(file, where + ": \"states\" names \"" + id + "\", a state its definition does not have.");
      }
    }
    Map<String, Long> transitions = counts(m, "transitions", file, where);
    for (String id : transitions.keySet()) {
      if (!coverage.hasEdge(id)) {
        throw corrupt(file, where + ": \"transitions\" names \"" + id
            + "\", a transition its definition does not have.");
      }
    }
    coverage.load(executions.asLong(), states, transitions);
    return coverage;
  }

  private static String text(JsonNode m, String field, String file, String at, boolean required) {
    JsonNode v = m.get(field);
    if (v == null && !required) {
      return null;
    }
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      throw corrupt(file, at + ": \"" + field + "\" must be a non-empty string.");
    }
    return v.asText();
  }

  private static Map<String, Long> counts(JsonNode m, String field, String file, String at) {
    Map<String, Long> out = new LinkedHashMap<>();
    JsonNode v = m.get(field);
    if (v == null) {
      return out;
    }
    if (!v.isObject()) {
      throw corrupt(file, at + ": \"" + field + "\" must be an object of id to count.");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode n = e.getValue();
      if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
        throw corrupt(file, at + ": \"" + field + "\" / \"" + e.getKey() + "\" must be a whole number, 0 or more;"
            + " found " + Json.quote(n) + ".");
      }
      out.put(e.getKey(), n.asLong());
    }
    return out;
  }

  private static CoverageException corrupt(String file, String detail) {
    return new CoverageException("Corrupt coverage data file " + file + ": " + detail);
  }
}
