package io.github.sfntestkit.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.coverage.CoverageGraph.Edge;
import io.github.sfntestkit.coverage.CoverageGraph.Node;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A readable JSON summary of coverage, for scripts and dashboards: totals, then per state machine
 * its counters and the states not entered and transitions not taken. Unlike the data file ({@link
 * CoverageData#write(Path)}) it cannot be merged or read back.
 *
 * <pre>{@code
 * {
 *   "format": "sfn-testkit-coverage-report", "version": 1,
 *   "total": {"stateMachines": 1, "executions": 4,
 *             "states": {"covered": 7, "total": 9, "ratio": 0.7777, "percent": "77.8%"}, ...},
 *   "stateMachines": [
 *     {"name": "order", "key": "3f2a...", "source": "order.asl.json", "executions": 4,
 *      "states": {...}, "transitions": {...}, "choiceBranches": {...}, "catches": {...}, "retries": {...},
 *      "uncoveredStates": [{"id": "Refund", "name": "Refund", "type": "Task", "line": 30}],
 *      "uncoveredTransitions": [{"id": "IsValid -> Reject [Default]", "from": "IsValid", "to": "Reject",
 *                                "kind": "DEFAULT", "index": -1, "label": "Default"}]}]
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JsonReport {
  /** The value of the {@code format} field. */
  public static final String FORMAT = "sfn-testkit-coverage-report";

  private JsonReport() {}

  /**
   * Writes the summary to {@code file} (folders created).
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(CoverageData data, Path file) {
    Objects.requireNonNull(file, "file");
    String json = toJson(data);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the JSON coverage report " + file + ": " + e.getMessage(), e);
    }
  }

  /** The summary as text. */
  public static String toJson(CoverageData data) {
    Objects.requireNonNull(data, "data");
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(data)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode tree(CoverageData data) {
    ObjectNode root = Json.object();
    root.put("format", FORMAT);
    root.put("version", 1);
    ObjectNode total = root.putObject("total");
    total.put("stateMachines", data.machines().size());
    total.put("executions", data.executions());
    for (CoverageMetric metric : CoverageMetric.values()) {
      total.set(metric.key(), counter(data.total(metric)));
    }
    ArrayNode machines = root.putArray("stateMachines");
    for (StateMachineCoverage m : data.machines()) {
      machines.add(machine(m));
    }
    return root;
  }

  private static ObjectNode machine(StateMachineCoverage m) {
    ObjectNode o = Json.object();
    o.put("name", m.name());
    o.put("key", m.key());
    if (m.source() == null) {
      o.putNull("source");
    } else {
      o.put("source", m.source());
    }
    o.put("executions", m.executions());
    for (CoverageMetric metric : CoverageMetric.values()) {
      o.set(metric.key(), counter(m.counter(metric)));
    }
    ArrayNode states = o.putArray("uncoveredStates");
    for (Node n : m.uncoveredStates()) {
      ObjectNode s = states.addObject();
      s.put("id", n.id());
      s.put("name", n.name());
      s.put("type", n.type());
      if (m.line(n.id()) > 0) {
        s.put("line", m.line(n.id()));
      }
    }
    ArrayNode transitions = o.putArray("uncoveredTransitions");
    for (Edge e : m.uncoveredEdges()) {
      ObjectNode t = transitions.addObject();
      t.put("id", e.id());
      t.put("from", e.from());
      t.put("to", e.to());
      t.put("kind", e.kind().name());
      t.put("index", e.index());
      t.put("label", e.label());
    }
    return o;
  }

  private static ObjectNode counter(Counter c) {
    ObjectNode o = Json.object();
    o.put("covered", c.covered());
    o.put("total", c.total());
    o.put("ratio", BigDecimal.valueOf(c.ratio()).setScale(4, RoundingMode.DOWN).stripTrailingZeros());
    o.put("percent", c.percent());
    return o;
  }
}
