package io.github.sfntestkit.internal.state;

import io.github.sfntestkit.internal.runtime.ErrorNames;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.intrinsic.IntrinsicCall;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.PathFailure;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.StatesError;
import io.github.sfntestkit.internal.runtime.StatesRuntimeError;

/** Fail: ends its branch with an error and cause (literal, from a path, or an intrinsic). */
final class FailState extends State {
  private final Text error;
  private final Text cause;

  FailState(StateConfig c, Text error, Text cause) {
    super(c);
    this.error = error;
    this.cause = cause;
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    String e = error == null ? null : error.evaluate(a, raw);
    String c = cause == null ? null : cause.evaluate(a, raw);
    a.fail(new StatesError(e, c));
  }

  /** A literal, a path (ErrorPath/CausePath) or an intrinsic call producing a string. */
  static final class Text {
    private final String literal;
    private final PathExpr path;
    private final IntrinsicCall intrinsic;
    private final ValueTemplate jsonata;
    private final String field;

    Text(String literal, PathExpr path, IntrinsicCall intrinsic, ValueTemplate jsonata, String field) {
      this.literal = literal;
      this.path = path;
      this.intrinsic = intrinsic;
      this.jsonata = jsonata;
      this.field = field;
    }

    String evaluate(Activity a, JsonNode raw) {
      if (literal != null) {
        return literal;
      }
      Scope scope = a.scope(raw);
      JsonNode value;
      if (jsonata != null) {
        value = jsonata.evaluate(a, raw, null, null);
        if (!value.isTextual()) {
          throw new StatesError(ErrorNames.QUERY_EVALUATION_ERROR,
              "The " + field + " field must evaluate to a string, but returned " + Json.quote(value));
        }
        return value.textValue();
      }
      if (path != null) {
        try {
          value = path.evaluate(scope);
        } catch (PathFailure e) {
          throw new StatesRuntimeError(
              "The JSONPath '" + path.text() + "' specified for the field '" + field
                  + "' could not be found in the input '" + Json.write(scope.input()) + "'");
        }
      } else {
        value = intrinsic.evaluate(scope);
      }
      if (!value.isTextual()) {
        throw new StatesRuntimeError(
            "The value of the field '" + field + "' must be a string, but was " + Json.quote(value));
      }
      return value.textValue();
    }
  }
}
