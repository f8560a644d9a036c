package io.github.sfntestkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.internal.load.Pointers;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The {@code options} of a file or a scenario; null components are not set. */
record RunOptions(Instant startTime, Long seed, String executionName, String stateMachineName, Boolean express) {
  static final List<String> KEYS = List.of("startTime", "seed", "executionName", "stateMachineName", "express");
  static final RunOptions NONE = new RunOptions(null, null, null, null, null);

  /** Reads an {@code options} object; unset or wrong values are null (and reported). */
  static RunOptions read(JsonNode v, String at, String label, Problems problems) {
    if (!problems.isObject(v, at, label, "options", "an object such as {\"startTime\": \"2025-01-01T00:00:00Z\", \"seed\": 7}")) {
      return NONE;
    }
    problems.unknownKeys(v, at, label, KEYS, "\"options\"", Map.of(
        "clock", "is spelled \"startTime\"", "name", "is spelled \"executionName\"",
        "type", "is written \"express: true\" for an Express workflow"));
    Instant start = v.has("startTime") ? problems.instant(v.get("startTime"), Pointers.child(at, "startTime"), label, "startTime") : null;
    Long seed = v.has("seed") ? problems.longValue(v.get("seed"), Pointers.child(at, "seed"), label, "seed") : null;
    String execution = v.has("executionName")
        ? problems.text(v.get("executionName"), Pointers.child(at, "executionName"), label, "executionName", "a name") : null;
    String machine = v.has("stateMachineName")
        ? problems.text(v.get("stateMachineName"), Pointers.child(at, "stateMachineName"), label, "stateMachineName", "a name")
        : null;
    Boolean express = v.has("express") ? problems.bool(v.get("express"), Pointers.child(at, "express"), label, "express") : null;
    return new RunOptions(start, seed, execution, machine, express);
  }

  /** These options with {@code override}'s set values replacing them, key by key. */
  RunOptions overriddenBy(RunOptions override) {
    return new RunOptions(
        override.startTime != null ? override.startTime : startTime,
        override.seed != null ? override.seed : seed,
        override.executionName != null ? override.executionName : executionName,
        override.stateMachineName != null ? override.stateMachineName : stateMachineName,
        override.express != null ? override.express : express);
  }

  ExecutionOptions applyTo(ExecutionOptions options) {
    ExecutionOptions o = options;
    if (startTime != null) {
      o = o.withStartTime(startTime);
    }
    if (seed != null) {
      o = o.withSeed(seed);
    }
    if (executionName != null) {
      o = o.withExecutionName(executionName);
    }
    if (stateMachineName != null) {
      o = o.withStateMachineName(stateMachineName);
    }
    if (Boolean.TRUE.equals(express)) {
      o = o.express();
    }
    return o;
  }
}
