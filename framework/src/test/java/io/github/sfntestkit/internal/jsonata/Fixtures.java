package io.github.sfntestkit.internal.jsonata;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Small helpers: scopes with variables, evaluation to compact JSON text, failures. */
final class Fixtures {
  static final String CONTEXT =
      "{\"Execution\":{\"Id\":\"arn:exec\",\"StartTime\":\"2024-01-01T00:00:00.000Z\"},"
          + "\"State\":{\"Name\":\"S\",\"EnteredTime\":\"2024-05-06T07:08:09.123Z\"}}";

  private Fixtures() {}

  static JsonNode json(String text) {
    return Json.parse(text);
  }

  static Scope scope(String input) {
    return scope(input, Map.of(), 7L);
  }

  static Scope scope(String input, Map<String, String> variables, long seed) {
    JsonNode in = json(input);
    JsonNode context = json(CONTEXT);
    Random random = new Random(seed);
    Map<String, JsonNode> vars = new LinkedHashMap<>();
    variables.forEach((k, v) -> vars.put(k, json(v)));
    return new Scope() {
      @Override
      public JsonNode input() {
        return in;
      }

      @Override
      public JsonNode context() {
        return context;
      }

      @Override
      public JsonNode variable(String name) {
        return vars.get(name);
      }

      @Override
      public Random random() {
        return random;
      }

      @Override
      public Map<String, JsonNode> variables() {
        return vars;
      }
    };
  }

  /** Evaluates one {@code {% %}} expression as field Output against an input; compact JSON text. */
  static String eval(String expression, String input) {
    return eval(expression, scope(input));
  }

  static String eval(String expression, Scope scope) {
    return Json.write(Jsonata.compile("Output", Json.NODES.textNode(expression)).evaluate(scope));
  }

  static StatesError failure(String expression, String input) {
    return catchThrowableOfType(() -> eval(expression, input), StatesError.class);
  }

  static JsonataSyntaxException syntaxError(String expression) {
    return catchThrowableOfType(
        () -> Jsonata.compile("Output", Json.NODES.textNode(expression)), JsonataSyntaxException.class);
  }
}
