package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import io.github.sfntestkit.internal.runtime.StatesRuntimeError;

/** TimeoutSeconds / HeartbeatSeconds: a constant, a JSONPath ...Path, or a JSONata expression. */
final class Seconds {
  private final String field;
  private final Long constant;
  private final PathExpr path;
  private final ValueTemplate jsonata;

  private Seconds(String field, Long constant, PathExpr path, ValueTemplate jsonata) {
    this.field = field;
    this.constant = constant;
    this.path = path;
    this.jsonata = jsonata;
  }

  static Seconds constant(String field, long value) {
    return new Seconds(field, value, null, null);
  }

  static Seconds path(String field, PathExpr path) {
    return new Seconds(field, null, path, null);
  }

  static Seconds jsonata(String field, ValueTemplate expression) {
    return new Seconds(field, null, null, expression);
  }

  Long evaluate(Activity a, JsonNode raw, JsonNode filtered) {
    if (constant != null) {
      return constant;
    }
    if (path != null) {
      JsonNode v = State.readPath(a, path, a.scope(filtered));
      if (!v.isIntegralNumber() || v.asLong() <= 0) {
        throw new StatesRuntimeError("The " + field + "Path field refers to value " + Json.quote(v)
            + " which is not a valid positive integer: " + path.text());
      }
      return v.asLong();
    }
    JsonNode v = jsonata.evaluate(a, raw, null, null);
    if (!v.isIntegralNumber() || v.asLong() <= 0) {
      throw new StatesError(ErrorNames.QUERY_EVALUATION_ERROR, "The " + field
          + " field must evaluate to a positive integer, but returned " + Json.quote(v));
    }
    return v.asLong();
  }
}
