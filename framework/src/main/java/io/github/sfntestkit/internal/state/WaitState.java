package io.github.sfntestkit.internal.state;

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

  WaitState(StateConfig c, Long seconds, PathExpr secondsPath, Instant timestamp, PathExpr timestampPath) {
    super(c);
    this.seconds = seconds;
    this.secondsPath = secondsPath;
    this.timestamp = timestamp;
    this.timestampPath = timestampPath;
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    JsonNode effective = applyInputPath(a, raw);
    a.visit().recordAfterInputPath(effective);
    long delayMillis;
    if (seconds != null) {
      delayMillis = seconds * 1000L;
    } else if (secondsPath != null) {
      delayMillis = secondsFromPath(a, effective) * 1000L;
    } else {
      Instant until = timestamp != null ? timestamp : timestampFromPath(a, effective);
      delayMillis = until.toEpochMilli() - a.execution().nowMillis();
    }
    JsonNode output = applyOutputPath(a, effective);
    if (delayMillis <= 0) {
      a.exit(output, next);
    } else {
      a.schedule(delayMillis, () -> a.exit(output, next));
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
