package io.github.sfntestkit.docs.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.TaskResponse;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine puts in the context object and in JSONata's {@code $states}, found by running
 * executions that return them.
 */
final class EngineProbes {
  private static final Set<String> CONTAINERS = Set.of("", "Execution", "State", "StateMachine", "Task", "Map", "Map.Item");

  private EngineProbes() {}

  /** Every field of {@code $$}, as {@code $$.Execution.Id}, seen in a Map iteration and a callback task. */
  static List<String> contextObject() {
    StateMachine sm = StateMachine.fromString("""
        {"StartAt": "Each", "States": {
          "Each": {"Type": "Map", "ItemsPath": "$.items", "ItemSelector": {"ctx.$": "$$"},
            "ItemProcessor": {"StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": true}}},
            "ResultPath": "$.map", "Next": "Call"},
          "Call": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "Parameters": {"ctx.$": "$$"}, "ResultPath": "$.task", "End": true}}}
        """);
    Mocks mocks = Mocks.create();
    mocks.task("Call").answers(call -> TaskResponse.success(call.input()));
    ExecutionResult r = sm.execute("{\"items\": [1]}", ExecutionOptions.defaults().withIntegration(mocks));
    if (!r.succeeded()) {
      throw new IllegalStateException("context probe failed: " + r);
    }
    Set<String> fields = new LinkedHashSet<>();
    collect(r.output().at("/map/0/ctx"), "", fields);
    collect(r.output().at("/task/ctx"), "", fields);
    return List.copyOf(fields);
  }

  private static void collect(JsonNode node, String path, Set<String> out) {
    if (node.isObject() && CONTAINERS.contains(path)) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
      }
    } else {
      out.add("$$." + path);
    }
  }

  /** The fields of JSONata's {@code $states} in a Task's Output and in a Catcher's Output. */
  static List<String> jsonataStates() {
    StateMachine sm = StateMachine.fromString("""
        {"QueryLanguage": "JSONata", "StartAt": "Call", "States": {
          "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Output": {"task": "{% $keys($states) %}"}, "Next": "Fails"},
          "Fails": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done",
              "Output": {"task": "{% $states.input.task %}", "catcher": "{% $keys($states) %}"}}],
            "End": true},
          "Done": {"Type": "Succeed"}}}
        """);
    Mocks mocks = Mocks.create();
    mocks.task("Call").returns("{}");
    mocks.task("Fails").throwsError("Boom", "probe");
    ExecutionResult r = sm.execute("{}", ExecutionOptions.defaults().withIntegration(mocks));
    if (!r.succeeded()) {
      throw new IllegalStateException("$states probe failed: " + r);
    }
    Set<String> fields = new LinkedHashSet<>();
    for (JsonNode name : r.output().get("task")) {
      fields.add("$states." + name.asText());
    }
    for (JsonNode name : r.output().get("catcher")) {
      fields.add("$states." + name.asText());
    }
    return List.copyOf(fields);
  }
}
