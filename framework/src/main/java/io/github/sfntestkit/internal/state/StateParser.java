package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.choice.Conditions;
import io.github.sfntestkit.internal.intrinsic.Intrinsics;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.PayloadTemplate;
import io.github.sfntestkit.internal.path.ResultPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a validated definition tree into executable states: every path, template, intrinsic and
 * Choice rule is compiled once here, never during a run.
 */
public final class StateParser {
  private StateParser() {}

  /** Compiles the top level (or a branch / item processor) of a definition. */
  public static StateGraph parse(JsonNode root) {
    String startAt = text(root, "StartAt");
    LinkedHashMap<String, State> states = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("States").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      states.put(e.getKey(), parseState(e.getKey(), e.getValue()));
    }
    return new StateGraph(startAt, states);
  }

  /** The top-level TimeoutSeconds, or null. */
  public static Integer timeoutSeconds(JsonNode root) {
    JsonNode t = root.get("TimeoutSeconds");
    return t == null || !t.isNumber() ? null : t.intValue();
  }

  private static State parseState(String name, JsonNode s) {
    StateConfig c = new StateConfig();
    c.name = name;
    c.type = text(s, "Type");
    c.next = text(s, "Next");
    c.end = s.path("End").asBoolean(false);
    JsonNode inputPath = s.get("InputPath");
    if (inputPath != null) {
      if (inputPath.isNull()) {
        c.inputPathNull = true;
      } else if (!"$".equals(inputPath.asText())) {
        c.inputPath = PathExpr.compile(inputPath.asText());
      }
    }
    JsonNode outputPath = s.get("OutputPath");
    if (outputPath != null) {
      if (outputPath.isNull()) {
        c.outputPathNull = true;
      } else if (!"$".equals(outputPath.asText())) {
        c.outputPath = PathExpr.compile(outputPath.asText());
      }
    }
    switch (c.type) {
      case "Pass":
        return new PassState(c, s.get("Result"), template(s, "Parameters"), ResultPath.of(s.get("ResultPath")));
      case "Succeed":
        return new SucceedState(c);
      case "Fail":
        return new FailState(c, failText(s, "Error", "ErrorPath"), failText(s, "Cause", "CausePath"));
      case "Wait":
        return new WaitState(c, longOrNull(s, "Seconds"), path(s, "SecondsPath"),
            s.has("Timestamp") ? Instant.parse(s.get("Timestamp").asText()) : null,
            path(s, "TimestampPath"));
      case "Choice":
        return parseChoice(c, s);
      case "Task":
        return new TaskState(c, TaskResource.parse(text(s, "Resource")), template(s, "Parameters"),
            template(s, "ResultSelector"), ResultPath.of(s.get("ResultPath")),
            longOrNull(s, "TimeoutSeconds"), path(s, "TimeoutSecondsPath"),
            longOrNull(s, "HeartbeatSeconds"), path(s, "HeartbeatSecondsPath"), errorHandling(s));
      case "Parallel": {
        List<StateGraph> branches = new ArrayList<>();
        for (JsonNode b : s.path("Branches")) {
          branches.add(parse(b));
        }
        return new ParallelState(c, branches, template(s, "Parameters"), template(s, "ResultSelector"),
            ResultPath.of(s.get("ResultPath")), errorHandling(s));
      }
      case "Map":
        return parseMap(c, s);
      default:
        throw new IllegalArgumentException("unknown state type \"" + c.type + "\" for state \"" + name + "\"");
    }
  }

  private static State parseMap(StateConfig c, JsonNode s) {
    JsonNode processor = s.has("ItemProcessor") ? s.get("ItemProcessor") : s.get("Iterator");
    PayloadTemplate selector = s.has("ItemSelector") ? template(s, "ItemSelector") : template(s, "Parameters");
    JsonNode mc = s.get("MaxConcurrency");
    return new MapState(c, parse(processor), path(s, "ItemsPath"), selector,
        mc == null ? 0 : mc.intValue(), path(s, "MaxConcurrencyPath"), template(s, "ResultSelector"),
        ResultPath.of(s.get("ResultPath")), errorHandling(s));
  }

  private static State parseChoice(StateConfig c, JsonNode s) {
    List<ChoiceState.Rule> rules = new ArrayList<>();
    for (JsonNode rule : s.path("Choices")) {
      rules.add(new ChoiceState.Rule(Conditions.compile(rule), text(rule, "Next")));
    }
    return new ChoiceState(c, rules, text(s, "Default"));
  }

  private static ErrorHandling errorHandling(JsonNode s) {
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
      catchers.add(new Catcher(strings(k.path("ErrorEquals")), text(k, "Next"), ResultPath.of(k.get("ResultPath"))));
    }
    return new ErrorHandling(Collections.unmodifiableList(retriers), Collections.unmodifiableList(catchers));
  }

  private static FailState.Text failText(JsonNode s, String field, String pathField) {
    if (s.has(field)) {
      return new FailState.Text(s.get(field).asText(), null, null, field);
    }
    if (s.has(pathField)) {
      String expr = s.get(pathField).asText();
      if (Intrinsics.isIntrinsic(expr)) {
        return new FailState.Text(null, null, Intrinsics.compile(expr), pathField);
      }
      return new FailState.Text(null, PathExpr.compile(expr), null, pathField);
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
