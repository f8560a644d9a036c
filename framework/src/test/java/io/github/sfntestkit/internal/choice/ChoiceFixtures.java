package io.github.sfntestkit.internal.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;

/** Shorthands for the Choice tests. JSON may use single quotes for double quotes. */
final class ChoiceFixtures {
  private ChoiceFixtures() {}

  /** Parses JSON written with ' instead of " (for rules and inputs without apostrophes). */
  static JsonNode json(String text) {
    return Json.parse(text.replace('\'', '"'));
  }

  static Condition rule(String text) {
    return Conditions.compile(json(text));
  }

  /** A scope over an input, with an empty context and no variables. */
  static Scope input(String text) {
    return Scope.of(json(text), Json.object());
  }

  /** Compiles the rule and tests it against the input. */
  static boolean matches(String rule, String input) {
    return rule(rule).test(input(input));
  }

  /** A one-field input {"x": value}. */
  static Scope x(String valueJson) {
    return input("{'x':" + valueJson + "}");
  }

  /** The rule {"Variable": "$.x", operator: operand}. */
  static Condition onX(String operator, String operandJson) {
    return rule("{'Variable':'$.x','" + operator + "':" + operandJson + "}");
  }

  /** Asserts that compiling the rule fails with exactly this message. */
  static void assertCompileError(String rule, String message) {
    assertThatThrownBy(() -> rule(rule))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  /** Asserts that testing raises States.Runtime with exactly this cause. */
  static AbstractThrowableAssert<?, ?> assertRuntimeError(
      Condition condition, Scope scope, String cause) {
    return assertThatThrownBy(() -> condition.test(scope))
        .isInstanceOfSatisfying(
            StatesError.class,
            e -> {
              assertThat(e.error()).isEqualTo(ErrorNames.RUNTIME);
              assertThat(e.cause()).isEqualTo(cause);
            });
  }

  /** The cause AWS gives when a rule's path selects nothing. */
  static String invalidPath(String path) {
    return "Invalid path '"
        + path
        + "': The choice state's condition path references an invalid value.";
  }

  /** A scope with workflow variables (given as one JSON object), an input and a context. */
  static Scope withVariables(String inputJson, String contextJson, String variablesJson) {
    JsonNode input = json(inputJson);
    JsonNode context = json(contextJson);
    JsonNode variables = json(variablesJson);
    Random random = new Random(0);
    return new Scope() {
      @Override
      public JsonNode input() {
        return input;
      }

      @Override
      public JsonNode context() {
        return context;
      }

      @Override
      public JsonNode variable(String name) {
        return variables.get(name);
      }

      @Override
      public Random random() {
        return random;
      }
    };
  }
}
