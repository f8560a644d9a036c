package io.github.sfntestkit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates a large, valid definition of at least N states for the layout tests: a chain of stages
 * cycling through a Task with Retry and Catch, a Choice whose branches join again, a Wait, a Parallel
 * of two branches and a Map; errors go to shared handlers that end in a Fail.
 */
final class GeneratedDefinition {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode states = JSON.createObjectNode();
  private int count;

  private GeneratedDefinition() {}

  /** A definition with at least {@code minStates} states, nested ones included. */
  static JsonNode withAtLeast(int minStates) {
    GeneratedDefinition g = new GeneratedDefinition();
    ObjectNode root = JSON.createObjectNode();
    root.put("Comment", "generated: " + minStates + " states or more");
    root.put("StartAt", "Stage0");
    int stage = 0;
    while (g.count < minStates - 3) {
      g.stage(stage, "Stage" + stage, "Stage" + (stage + 1));
      stage++;
    }
    g.put("Stage" + stage, obj("Type", "Succeed"));
    for (int h = 0; h <= (stage - 1) / 10; h++) {
      g.put("HandleError" + h, pass("Failed"));
    }
    g.put("Failed", obj("Type", "Fail", "Error", "Generated.Failure", "Cause", "a handled error"));
    root.set("States", g.states);
    return root;
  }

  private void stage(int i, String name, String next) {
    switch (i % 5) {
      case 0: {
        ObjectNode t = task(next);
        t.set("Retry", JSON.createArrayNode().add(obj("ErrorEquals", arr("Service.Throttled"), "MaxAttempts", 3)));
        t.set("Catch", JSON.createArrayNode().add(obj("ErrorEquals", arr("States.ALL"), "Next",
            "HandleError" + i / 10)));
        put(name, t);
        break;
      }
      case 1: {
        ObjectNode c = obj("Type", "Choice");
        c.set("Choices", JSON.createArrayNode()
            .add(obj("Variable", "$.n", "NumericGreaterThan", i, "Next", name + "High"))
            .add(obj("Variable", "$.kind", "StringEquals", "k" + i, "Next", name + "Kind")));
        c.put("Default", name + "Low");
        put(name, c);
        put(name + "High", pass(next));
        put(name + "Kind", pass(name + "Low"));
        put(name + "Low", pass(next));
        break;
      }
      case 2:
        put(name, obj("Type", "Wait", "Seconds", 60, "Next", next));
        break;
      case 3: {
        ObjectNode p = obj("Type", "Parallel", "Next", next);
        ArrayNode branches = JSON.createArrayNode();
        for (int b = 0; b < 2; b++) {
          ObjectNode bs = JSON.createObjectNode();
          bs.set("A" + b, task("B" + b));
          bs.set("B" + b, obj("Type", "Pass", "End", true));
          count += 2;
          branches.add(obj("StartAt", "A" + b).set("States", bs));
        }
        p.set("Branches", branches);
        put(name, p);
        break;
      }
      default: {
        ObjectNode m = obj("Type", "Map", "ItemsPath", "$.items", "Next", next);
        ObjectNode ms = JSON.createObjectNode();
        ms.set("Item", task("Check"));
        ms.set("Check", obj("Type", "Pass", "End", true));
        count += 2;
        m.set("ItemProcessor", obj("StartAt", "Item").set("States", ms));
        put(name, m);
      }
    }
  }

  private static ObjectNode task(String next) {
    return obj("Type", "Task", "Resource", "arn:aws:states:::lambda:invoke", "Next", next);
  }

  private static ObjectNode pass(String next) {
    return obj("Type", "Pass", "Next", next);
  }

  private void put(String name, ObjectNode state) {
    states.set(name, state);
    count++;
  }

  private static ArrayNode arr(String... values) {
    ArrayNode a = JSON.createArrayNode();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }

  private static ObjectNode obj(Object... kv) {
    ObjectNode o = JSON.createObjectNode();
    for (int i = 0; i < kv.length; i += 2) {
      o.set((String) kv[i], JSON.valueToTree(kv[i + 1]));
    }
    return o;
  }
}
