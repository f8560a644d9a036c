package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.coverage.CoverageGraph;
import io.github.sfntestkit.internal.choice.Conditions;
import io.github.sfntestkit.internal.intrinsic.Intrinsics;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.json.Numbers;
import io.github.sfntestkit.internal.jsonata.Jsonata;
import io.github.sfntestkit.internal.jsonata.JsonataTemplate;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.PayloadTemplate;
import io.github.sfntestkit.internal.path.ResultPath;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import io.github.sfntestkit.internal.runtime.StatesRuntimeError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a validated definition tree into executable states: every path, template, intrinsic,
 * JSONata expression and Choice rule is compiled once here, never during a run.
 */
public final class StateParser {
  private final boolean machineJsonata;

  private StateParser(boolean machineJsonata) {
    this.machineJsonata = machineJsonata;
  }

  /** Compiles the top level of a definition. */
  public static StateGraph parse(JsonNode root) {
    boolean jsonata = "JSONata".equals(root.path("QueryLanguage").asText());
    return new StateParser(jsonata).graph(root, null, null, -1);
  }

  /** The top-level TimeoutSeconds, or null. */
  public static Integer timeoutSeconds(JsonNode root) {
    JsonNode t = root.get("TimeoutSeconds");
    return t == null || !t.isNumber() ? null : t.intValue();
  }

  /**
   * A set of states (top level, branch, item processor); nested states use the machine's language.
   * {@code parentId}/{@code parentType}/{@code branch} name the enclosing state (null at the top).
   */
  private StateGraph graph(JsonNode root, String parentId, String parentType, int branch) {
    String startAt = text(root, "StartAt");
    LinkedHashMap<String, State> states = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("States").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String nodeId = CoverageGraph.nodeId(parentId, parentType, branch, e.getKey());
      states.put(e.getKey(), state(e.getKey(), nodeId, e.getValue()));
    }
    return new StateGraph(startAt, states);
  }

  private State state(String name, String nodeId, JsonNode s) {
    StateConfig c = new StateConfig();
    c.name = name;
    c.nodeId = nodeId;
    c.type = text(s, "Type");
    c.next = text(s, "Next");
    c.end = s.path("End").asBoolean(false);
    c.jsonata = s.has("QueryLanguage") ? "JSONata".equals(s.get("QueryLanguage").asText()) : machineJsonata;
    c.io = c.jsonata ? jsonataIo(s) : jsonPathIo(s);
    switch (c.type) {
      case "Pass":
        return new PassState(c, c.jsonata ? null : s.get("Result"));
      case "Succeed":
        return new SucceedState(c);
      case "Fail":
        return new FailState(c, failText(c, s, "Error", "ErrorPath"), failText(c, s, "Cause", "CausePath"));
      case "Wait":
        return wait(c, s);
      case "Choice":
        return choice(c, s);
      case "Task":
        return new TaskState(c, TaskResource.parse(text(s, "Resource")),
            seconds(c, s, "TimeoutSeconds"), seconds(c, s, "HeartbeatSeconds"), errorHandling(c, s));
      case "Parallel": {
        List<StateGraph> branches = new ArrayList<>();
        for (JsonNode b : s.path("Branches")) {
          branches.add(graph(b, c.nodeId, c.type, branches.size()));
        }
        return new ParallelState(c, branches, errorHandling(c, s));
      }
      case "Map":
        return map(c, s);
      default:
        throw new IllegalArgumentException("unknown state type \"" + c.type + "\" for state \"" + name + "\"");
    }
  }

  private StateIo jsonPathIo(JsonNode s) {
    PathExpr inputPath = null;
    boolean inputPathNull = false;
    JsonNode ip = s.get("InputPath");
    if (ip != null) {
      if (ip.isNull()) {
        inputPathNull = true;
      } else if (!"$".equals(ip.asText())) {
        inputPath = PathExpr.compile(ip.asText());
      }
    }
    PathExpr outputPath = null;
    boolean outputPathNull = false;
    JsonNode op = s.get("OutputPath");
    if (op != null) {
      if (op.isNull()) {
        outputPathNull = true;
      } else if (!"$".equals(op.asText())) {
        outputPath = PathExpr.compile(op.asText());
      }
    }
    PayloadTemplate parameters = "Map".equals(text(s, "Type")) ? null : template(s, "Parameters");
    return new JsonPathIo(inputPath, inputPathNull, parameters, template(s, "ResultSelector"),
        ResultPath.of(s.get("ResultPath")), outputPath, outputPathNull, assign(false, s));
  }

  private StateIo jsonataIo(JsonNode s) {
    return new JsonataIo(jsonata("Arguments", s.get("Arguments")), jsonata("Output", s.get("Output")),
        assign(true, s));
  }

  private static ValueTemplate assign(boolean jsonata, JsonNode s) {
    JsonNode a = s.get("Assign");
    if (a == null) {
      return null;
    }
    return jsonata ? JsonataBridge.template("Assign", a) : ValueTemplate.jsonPath(PayloadTemplate.compile(a));
  }

  private static ValueTemplate jsonata(String field, JsonNode value) {
    return value == null ? null : JsonataBridge.template(field, value);
  }

  private State wait(StateConfig c, JsonNode s) {
    if (c.jsonata) {
      JsonNode sec = s.get("Seconds");
      JsonNode ts = s.get("Timestamp");
      return new WaitState(c,
          sec != null && sec.isNumber() ? sec.asLong() : null, null,
          ts != null && !JsonataBridge.isExpression(ts) ? Instant.parse(ts.asText()) : null, null,
          sec != null && !sec.isNumber() ? jsonata("Seconds", sec) : null,
          ts != null && JsonataBridge.isExpression(ts) ? jsonata("Timestamp", ts) : null);
    }
    return new WaitState(c, longOrNull(s, "Seconds"), path(s, "SecondsPath"),
        s.has("Timestamp") ? Instant.parse(s.get("Timestamp").asText()) : null,
        path(s, "TimestampPath"), null, null);
  }

  private State choice(StateConfig c, JsonNode s) {
    List<ChoiceState.Rule> rules = new ArrayList<>();
    for (JsonNode rule : s.path("Choices")) {
      ValueTemplate ruleAssign = assign(c.jsonata, rule);
      if (c.jsonata) {
        rules.add(new ChoiceState.Rule(null, jsonata("Condition", rule.get("Condition")), text(rule, "Next"),
            ruleAssign, jsonata("Output", rule.get("Output"))));
      } else {
        rules.add(new ChoiceState.Rule(Conditions.compile(rule), null, text(rule, "Next"), ruleAssign, null));
      }
    }
    return new ChoiceState(c, rules, text(s, "Default"));
  }

  private State map(StateConfig c, JsonNode s) {
    JsonNode processor = s.has("ItemProcessor") ? s.get("ItemProcessor") : s.get("Iterator");
    MapState.Items items;
    MapState.ItemSelector selector = null;
    MapState.Concurrency concurrency;
    JsonNode mc = s.get("MaxConcurrency");
    if (c.jsonata) {
      JsonNode itemsField = s.get("Items");
      if (itemsField == null) {
        items = (a, raw, filtered) -> {
          if (!raw.isArray()) {
            throw new StatesError(ErrorNames.QUERY_EVALUATION_ERROR,
                "Map state input must be an array but was: " + Json.write(raw));
          }
          return raw;
        };
      } else {
        JsonataTemplate t = Jsonata.compile("Items", itemsField);
        items = (a, raw, filtered) -> {
          JsonNode v = t.evaluate(a.scope(raw), null, null);
          if (!v.isArray()) {
            throw Jsonata.unexpectedResultType(t, "array", v);
          }
          return v;
        };
      }
      JsonNode sel = s.get("ItemSelector");
      if (sel != null) {
        JsonataBridge.Field f = JsonataBridge.compile("ItemSelector", sel);
        selector = (a, raw, filtered, index, item) -> f.evaluate(a.mapItemScope(raw, index, item), null, null);
      }
      if (mc != null && !mc.isNumber()) {
        ValueTemplate t = jsonata("MaxConcurrency", mc);
        concurrency = (a, raw, filtered) -> nonNegativeInt(t.evaluate(a, raw, null, null), "MaxConcurrency");
      } else {
        int fixed = mc == null ? 0 : mc.intValue();
        concurrency = (a, raw, filtered) -> fixed;
      }
    } else {
      PathExpr itemsPath = path(s, "ItemsPath");
      items = itemsPath == null
          ? (a, raw, filtered) -> filtered
          : (a, raw, filtered) -> State.readPath(a, itemsPath, a.scope(filtered));
      PayloadTemplate sel = s.has("ItemSelector") ? template(s, "ItemSelector") : template(s, "Parameters");
      if (sel != null) {
        selector = (a, raw, filtered, index, item) -> sel.evaluate(a.mapItemScope(filtered, index, item));
      }
      PathExpr mcPath = path(s, "MaxConcurrencyPath");
      if (mcPath != null) {
        concurrency = (a, raw, filtered) -> maxConcurrencyFromPath(State.readPath(a, mcPath, a.scope(filtered)), mcPath);
      } else {
        int fixed = mc == null ? 0 : mc.intValue();
        concurrency = (a, raw, filtered) -> fixed;
      }
    }
    boolean isDistributed = "DISTRIBUTED".equals(processor.path("ProcessorConfig").path("Mode").asText());
    return new MapState(c, graph(processor, c.nodeId, c.type, 0), items, selector, concurrency, errorHandling(c, s),
        isDistributed ? distributed(c, s) : null);
  }

  private DistributedMap distributed(StateConfig c, JsonNode s) {
    DistributedMap.Reader reader = null;
    JsonNode r = s.get("ItemReader");
    if (r != null) {
      JsonNode config = r.path("ReaderConfig");
      List<String> headers = null;
      if ("GIVEN".equals(config.path("CSVHeaderLocation").asText()) && config.has("CSVHeaders")) {
        headers = strings(config.get("CSVHeaders"));
      }
      reader = new DistributedMap.Reader(text(r, "Resource"),
          c.jsonata ? jsonata("Arguments", r.get("Arguments")) : inputTemplate(r.get("Parameters")),
          config.has("InputType") ? config.get("InputType").asText() : null, headers,
          delimiter(config.path("CSVDelimiter").asText("COMMA")),
          value(c, config, "MaxItems"));
    }
    DistributedMap.Batcher batcher = null;
    JsonNode b = s.get("ItemBatcher");
    if (b != null) {
      JsonNode batchInput = b.get("BatchInput");
      batcher = new DistributedMap.Batcher(value(c, b, "MaxItemsPerBatch"),
          value(c, b, "MaxInputBytesPerBatch"),
          batchInput == null ? null : c.jsonata ? jsonata("BatchInput", batchInput) : inputTemplate(batchInput));
    }
    JsonNode w = s.get("ResultWriter");
    ValueTemplate writer = null;
    if (w != null) {
      JsonNode params = c.jsonata ? w.get("Arguments") : w.get("Parameters");
      writer = params == null ? (a, raw, f, e) -> Json.object()
          : c.jsonata ? jsonata("Arguments", params) : inputTemplate(params);
    }
    return new DistributedMap(reader, batcher, writer,
        value(c, s, "ToleratedFailureCount"), text(s, "ToleratedFailureCountPath"),
        value(c, s, "ToleratedFailurePercentage"), text(s, "ToleratedFailurePercentagePath"),
        text(s, "Label"));
  }

  /** A JSONPath payload template evaluated over the state's filtered input (passed as "result"). */
  private static ValueTemplate inputTemplate(JsonNode template) {
    if (template == null) {
      return null;
    }
    PayloadTemplate t = PayloadTemplate.compile(template);
    return (a, raw, filtered, errorOutput) -> t.evaluate(a.scope(filtered));
  }

  /** A field given as a constant, a JSONPath {@code ...Path} (over the filtered input) or JSONata. */
  private DistributedMap.Value value(StateConfig c, JsonNode s, String field) {
    JsonNode v = s.get(field);
    if (v != null && !v.isTextual()) {
      return (a, raw, filtered) -> v;
    }
    if (v != null && c.jsonata) {
      ValueTemplate t = jsonata(field, v);
      return (a, raw, filtered) -> t.evaluate(a, raw, null, null);
    }
    PathExpr p = path(s, field + "Path");
    if (p == null) {
      return null;
    }
    return (a, raw, filtered) -> State.readPath(a, p, a.scope(filtered));
  }

  private static char delimiter(String name) {
    switch (name) {
      case "PIPE":
        return '|';
      case "SEMICOLON":
        return ';';
      case "SPACE":
        return ' ';
      case "TAB":
        return '\t';
      default:
        return ',';
    }
  }

  /** AWS accepts an integer or a string holding one (a variable assigned "1" works). */
  private static int maxConcurrencyFromPath(JsonNode v, PathExpr path) {
    Long n = Numbers.integer(v);
    if (n == null || n < 0 || n > Integer.MAX_VALUE) {
      throw new StatesRuntimeError(
          "The MaxConcurrencyPath field refers to value \""
              + (v.isTextual() ? v.textValue() : Json.write(v))
              + "\" which is not a valid integer: " + path.text());
    }
    return n.intValue();
  }

  private static int nonNegativeInt(JsonNode v, String field) {
    if (!v.isIntegralNumber() || v.asLong() < 0 || v.asLong() > Integer.MAX_VALUE) {
      throw new StatesError(
          ErrorNames.QUERY_EVALUATION_ERROR,
          "The " + field + " field must evaluate to a non-negative integer, but returned " + Json.quote(v));
    }
    return v.intValue();
  }

  private Seconds seconds(StateConfig c, JsonNode s, String field) {
    JsonNode v = s.get(field);
    if (v != null && v.isNumber()) {
      return Seconds.constant(field, v.asLong());
    }
    if (v != null && c.jsonata) {
      return Seconds.jsonata(field, jsonata(field, v));
    }
    PathExpr p = path(s, field + "Path");
    return p == null ? null : Seconds.path(field, p);
  }

  private ErrorHandling errorHandling(StateConfig c, JsonNode s) {
    List<Retrier> retriers = new ArrayList<>();
    for (JsonNode r : s.path("Retry")) {
      JsonNode maxDelay = r.get("MaxDelaySeconds");
      retriers.add(new Retrier(strings(r.path("ErrorEquals")),
          r.has("IntervalSeconds") ? r.get("IntervalSeconds").asDouble() : 1.0,
          r.has("MaxAttempts") ? r.get("MaxAttempts").asInt() : 3,
          r.has("BackoffRate") ? r.get("BackoffRate").asDouble() : 2.0,
          maxDelay == null ? null : maxDelay.asLong(),
          "FULL".equals(r.path("JitterStrategy").asText())));
    }
    List<Catcher> catchers = new ArrayList<>();
    for (JsonNode k : s.path("Catch")) {
      catchers.add(new Catcher(strings(k.path("ErrorEquals")), text(k, "Next"),
          c.jsonata ? null : ResultPath.of(k.get("ResultPath")),
          c.jsonata ? jsonata("Output", k.get("Output")) : null,
          assign(c.jsonata, k)));
    }
    return new ErrorHandling(Collections.unmodifiableList(retriers), Collections.unmodifiableList(catchers));
  }

  private FailState.Text failText(StateConfig c, JsonNode s, String field, String pathField) {
    if (s.has(field)) {
      JsonNode v = s.get(field);
      if (c.jsonata && JsonataBridge.isExpression(v)) {
        return new FailState.Text(null, null, null, jsonata(field, v), field);
      }
      return new FailState.Text(v.asText(), null, null, null, field);
    }
    if (s.has(pathField)) {
      String expr = s.get(pathField).asText();
      if (Intrinsics.isIntrinsic(expr)) {
        return new FailState.Text(null, null, Intrinsics.compile(expr), null, pathField);
      }
      return new FailState.Text(null, PathExpr.compile(expr), null, null, pathField);
    }
    return null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asText());
    }
    return Collections.unmodifiableList(out);
  }

  private static PayloadTemplate template(JsonNode s, String field) {
    JsonNode t = s.get(field);
    return t == null ? null : PayloadTemplate.compile(t);
  }

  private static PathExpr path(JsonNode s, String field) {
    JsonNode p = s.get(field);
    return p == null || p.isNull() ? null : PathExpr.compile(p.asText());
  }

  private static Long longOrNull(JsonNode s, String field) {
    JsonNode n = s.get(field);
    return n == null || !n.isNumber() ? null : n.asLong();
  }

  private static String text(JsonNode s, String field) {
    JsonNode n = s.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }
}
