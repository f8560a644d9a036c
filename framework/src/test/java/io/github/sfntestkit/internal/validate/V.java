package io.github.sfntestkit.internal.validate;

import io.github.sfntestkit.definition.DefinitionProblem;
import io.github.sfntestkit.internal.load.DefinitionLoader;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: validate JSON text and render problems as "pointer: message". */
final class V {

  private V() {}

  static List<DefinitionProblem> problems(String json) {
    return DefinitionValidator.validate(DefinitionLoader.load(json, "test.asl.json"));
  }

  /** Each problem as "pointer: message". */
  static List<String> report(String json) {
    return problems(json).stream()
        .map(p -> p.pointer() + ": " + p.message())
        .collect(Collectors.toList());
  }

  /** A one-state machine around the given state body (JSON object text). */
  static String machine(String stateBody) {
    return "{\"StartAt\":\"S\",\"States\":{\"S\":" + stateBody + "}}";
  }

  /** A machine with a state S around the body, followed by a Succeed state "Done". */
  static String withDone(String stateBody) {
    return "{\"StartAt\":\"S\",\"States\":{\"S\":" + stateBody + ",\"Done\":{\"Type\":\"Succeed\"}}}";
  }

  /** Same as {@link #withDone} for a JSONata machine. */
  static String jsonata(String stateBody) {
    return "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"S\",\"States\":{\"S\":"
        + stateBody
        + ",\"Done\":{\"Type\":\"Succeed\"}}}";
  }
}
