package io.github.sfntestkit.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata.Frame;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** One parsed {@code "{% expr %}"}: evaluates to a defined JSON value or fails the state. */
final class ExpressionTemplate implements JsonataTemplate {
  /**
   * Evaluation depth bound (the engine's default is 100). There is no time bound: it would make a
   * result depend on the wall clock.
   */
  /**
   * No runtime bounds are set on the engine: its time box costs an allocation-heavy setup per
   * evaluation, and runaway recursion is caught as a StackOverflowError and reported as AWS does.
   */

  private final String source;
  private final String field;
  private final com.dashjoin.jsonata.Jsonata parsed;
  private final Set<String> names;
  private final boolean readsStates;

  ExpressionTemplate(
      String source, String field, com.dashjoin.jsonata.Jsonata parsed, Set<String> names) {
    this.source = source;
    this.field = field;
    this.parsed = parsed;
    this.names = names;
    this.readsStates = names.contains("states");
    parsed.setValidateInput(false);
    parsed.setOutputConvertNulls(false);
  }

  @Override
  public JsonNode evaluate(Scope scope, JsonNode result, JsonNode errorOutput) {
    Object value;
    synchronized (parsed) {
      Frame frame = parsed.createFrame();
      AwsFunctions.bind(frame, names, scope);
      bindVariables(frame, scope);
      if (readsStates) {
        frame.bind("states", states(scope, result, errorOutput));
      }
      try {
        value = parsed.evaluate(null, frame);
      } catch (JException | FunctionFailure | StackOverflowError e) {
        throw fail(Causes.threw(source, field, e));
      } catch (RuntimeException e) {
        throw fail(Causes.threw(source, field, e));
      }
    }
    if (value == null) {
      throw fail(Causes.undefined(source, field));
    }
    try {
      return Values.fromEngine(value);
    } catch (Values.Unsupported e) {
      throw fail(Causes.unsupportedType(source, field));
    } catch (ArithmeticException e) {
      throw fail(Causes.threw(source, field, new JException("D1001", -1, value)));
    }
  }

  private void bindVariables(Frame frame, Scope scope) {
    Map<String, JsonNode> variables = scope.variables();
    if (variables.isEmpty()) {
      return;
    }
    if (variables.size() < names.size()) {
      for (Map.Entry<String, JsonNode> v : variables.entrySet()) {
        if (names.contains(v.getKey()) && !"states".equals(v.getKey())) {
          frame.bind(v.getKey(), Values.toEngine(v.getValue()));
        }
      }
    } else {
      for (String name : names) {
        JsonNode v = variables.get(name);
        if (v != null && !"states".equals(name)) {
          frame.bind(name, Values.toEngine(v));
        }
      }
    }
  }

  private static Map<String, Object> states(Scope scope, JsonNode result, JsonNode errorOutput) {
    Map<String, Object> states = new LinkedHashMap<>(8);
    putIfPresent(states, "input", scope.input());
    putIfPresent(states, "context", scope.context());
    putIfPresent(states, "result", result);
    putIfPresent(states, "errorOutput", errorOutput);
    return states;
  }

  private static void putIfPresent(Map<String, Object> map, String key, JsonNode value) {
    Object v = Values.toEngine(value);
    if (v != null) {
      map.put(key, v);
    }
  }

  private static StatesError fail(String cause) {
    return new StatesError(ErrorNames.QUERY_EVALUATION_ERROR, cause);
  }

  /** A QueryEvaluationError for a result of the wrong JSON type, worded as AWS words it. */
  StatesError unexpectedType(String expected, JsonNode value) {
    return fail(
        Causes.unexpectedType(
            source, field, expected, Json.typeName(value), Json.write(value)));
  }

  @Override
  public boolean isLiteral() {
    return false;
  }

  @Override
  public String expression() {
    return source;
  }

  /** The field path this expression sits at, e.g. {@code Output/result}, or null. */
  String field() {
    return field;
  }

  @Override
  public String toString() {
    return source;
  }
}
