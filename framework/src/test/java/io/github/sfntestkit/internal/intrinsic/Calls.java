package io.github.sfntestkit.internal.intrinsic;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.Random;

/** Test helpers: compile and evaluate a call against a JSON input. */
final class Calls {
  private Calls() {}

  static JsonNode json(String text) {
    return Json.parse(text);
  }

  static Scope scope(String input) {
    return Scope.of(json(input), json("{\"Execution\":{\"Id\":\"arn:exec:1\"}}"), new Random(42));
  }

  static JsonNode eval(String call) {
    return eval(call, "{}");
  }

  static JsonNode eval(String call, String input) {
    return Intrinsics.compile(call).evaluate(scope(input));
  }

  static StatesError failure(String call) {
    return failure(call, "{}");
  }

  static StatesError failure(String call, String input) {
    IntrinsicCall compiled = Intrinsics.compile(call);
    return catchThrowableOfType(StatesError.class, () -> compiled.evaluate(scope(input)));
  }

  static IntrinsicSyntaxException syntaxError(String call) {
    return catchThrowableOfType(IntrinsicSyntaxException.class, () -> Intrinsics.compile(call));
  }
}
