package io.github.sfntestkit.internal.state;

import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.PathFailure;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.StatesRuntimeError;
import java.math.BigDecimal;
import java.time.Instant;

/** Wait: advances the virtual clock by Seconds(Path) or until Timestamp(Path). */
final class WaitState extends State {
  private final Long seconds;
  private final PathExpr secondsPath;
  private final Instant timestamp;
  private final PathExpr timestampPath;
  private final ValueTemplate secondsExpr;
  private final ValueTemplate timestampExpr;

  WaitState(StateConfig c, Long seconds, PathExpr secondsPath, Instant timestamp, PathExpr timestampPath,
      ValueTemplate secondsExpr, ValueTemplate timestampExpr) {
    super(c);
    this.seconds = seconds;
    this.secondsPath = secondsPath;
    this.timestamp = timestamp;
    this.timestampPath = timestampPath;
    this.secondsExpr = secondsExpr;
    this.timestampExpr = timestampExpr;
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    JsonNode effective = io.filter(a, raw);
    long delayMillis;
    if (seconds != null) {
      delayMillis = seconds * 1000L;
    } else if (secondsPath != null) {
      delayMillis = secondsFromPath(a, effective) * 1000L;
    } else if (secondsExpr != null) {
      JsonNode v = secondsExpr.evaluate(a, raw, null, null);
      if (!v.isIntegralNumber() || v.asLong() < 0) {
        throw new StatesError(
            ErrorNames.QUERY_EVALUATION_ERROR,
            "The Seconds field must evaluate to a non-negative integer, but returned "
                + Json.quote(v));
      }
      delayMillis = v.asLong() * 1000L;
    } else if (timestampExpr != null) {
      JsonNode v = timestampExpr.evaluate(a, raw, null, null);
      Instant t = v.isTextual() ? Timestamps.parse(v.textValue()) : null;
      if (t == null) {
        throw new StatesError(
            ErrorNames.QUERY_EVALUATION_ERROR,
            "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: "
                + (v.isTextual() ? v.textValue() : Json.write(v)));
      }
      delayMillis = t.toEpochMilli() - a.execution().nowMillis();
    } else {
      Instant until = timestamp != null ? timestamp : timestampFromPath(a, effective);
      delayMillis = until.toEpochMilli() - a.execution().nowMillis();
    }
    StateIo.Exit exit = io.complete(a, raw, effective);
    if (delayMillis <= 0) {
      a.exit(exit.output, next, exit.assigned);
    } else {
      a.schedule(delayMillis, () -> a.exit(exit.output, next, exit.assigned));
    }
  }

  private long secondsFromPath(Activity a, JsonNode input) {
    JsonNode v;
    try {
      v = secondsPath.evaluate(a.scope(input));
    } catch (PathFailure e) {
      throw new StatesRuntimeError(
          "The SecondsPath parameter does not reference an input value: " + secondsPath.text());
    }
    String shown = secondsPath.text() + " == " + (v.isTextual() ? v.textValue() : v.toString());
    if (!v.isNumber()) {
      throw new StatesRuntimeError(
          "The SecondsPath parameter cannot be parsed as a long value: " + shown);
    }
    BigDecimal d = v.decimalValue();
    if (!v.isIntegralNumber()) {
      throw new StatesRuntimeError(
          "The SecondsPath parameter cannot be parsed as a long value: " + shown);
    }
    if (d.signum() < 0) {
      throw new StatesRuntimeError("The SecondsPath parameter references a negative value: " + shown);
    }
    return d.longValue();
  }

  private Instant timestampFromPath(Activity a, JsonNode input) {
    JsonNode v;
    try {
      v = timestampPath.evaluate(a.scope(input));
    } catch (PathFailure e) {
      throw new StatesRuntimeError(
          "The TimestampPath parameter does not reference an input value: " + timestampPath.text());
    }
    String text = v.isTextual() ? v.textValue() : v.toString();
    Instant t = v.isTextual() ? Timestamps.parse(text) : null;
    if (t == null) {
      throw new StatesRuntimeError(
          "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time"
              + " format string: " + timestampPath.text() + " == " + text);
    }
    return t;
  }
}
