package io.github.sfntestkit.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.Scope;

/**
 * A field value compiled in JSONata mode: a literal, a single {@code "{% expr %}"} expression, or an
 * object/array template whose nested strings may be expressions. Compiled once, evaluated per state
 * visit. {@link #toString()} returns the source (the expression text, or the JSON of the template).
 */
public interface JsonataTemplate {

  /**
   * Evaluates with {@code $states} bound to {@code {input, context, result, errorOutput}} (a null
   * {@code result} or {@code errorOutput} leaves that key absent) and every variable of {@code
   * scope.variables()} bound as {@code $name}.
   *
   * @throws io.github.sfntestkit.internal.runtime.StatesError {@code States.QueryEvaluationError} when
   *     an expression fails, returns nothing (undefined) or returns a function
   */
  JsonNode evaluate(Scope scope, JsonNode result, JsonNode errorOutput);

  /** Evaluates without {@code $states.result} and {@code $states.errorOutput}. */
  default JsonNode evaluate(Scope scope) {
    return evaluate(scope, null, null);
  }

  /** True when the value holds no expression at all, so evaluation returns it unchanged. */
  boolean isLiteral();

  /**
   * The expression text (without {@code {% %}}) when the whole value is one expression, else null.
   * Useful for AWS's messages about a field's result type.
   */
  default String expression() {
    return null;
  }
}
