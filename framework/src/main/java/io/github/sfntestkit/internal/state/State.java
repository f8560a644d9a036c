package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.PathFailure;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.StatesRuntimeError;

/**
 * A compiled state: its configuration and how it runs. Subclasses, one per state type, implement
 * {@link #run}; the shared data-flow steps (InputPath, OutputPath) live here.
 */
public abstract class State {
  final String name;
  final String type;
  final String next;
  final boolean end;
  /** InputPath: null field means "{}", absent means "$". Null here when absent or "$". */
  final PathExpr inputPath;
  final boolean inputPathNull;
  final PathExpr outputPath;
  final boolean outputPathNull;

  State(StateConfig c) {
    this.name = c.name;
    this.type = c.type;
    this.next = c.next;
    this.end = c.end;
    this.inputPath = c.inputPath;
    this.inputPathNull = c.inputPathNull;
    this.outputPath = c.outputPath;
    this.outputPathNull = c.outputPathNull;
  }

  public String name() {
    return name;
  }

  /** The type as written in ASL. */
  public String type() {
    return type;
  }

  /** The Next state, or null for terminal states. */
  public String next() {
    return next;
  }

  public boolean isEnd() {
    return end;
  }

  /** Runs the state on its raw input: either completes through the activity or schedules work. */
  public abstract void run(Activity activity, JsonNode rawInput);

  /** Applies InputPath to the raw input. */
  final JsonNode applyInputPath(Activity a, JsonNode raw) {
    if (inputPathNull) {
      return Json.object();
    }
    if (inputPath == null) {
      return raw;
    }
    return readPath(a, inputPath, a.scope(raw));
  }

  /** Applies OutputPath to the state's result-merged document. */
  final JsonNode applyOutputPath(Activity a, JsonNode merged) {
    if (outputPathNull) {
      return Json.object();
    }
    if (outputPath == null) {
      return merged;
    }
    return readPath(a, outputPath, a.scope(merged));
  }

  static JsonNode readPath(Activity a, PathExpr path, Scope scope) {
    try {
      return path.evaluate(scope);
    } catch (PathFailure e) {
      throw new StatesRuntimeError("Invalid path '" + path.text() + "' : " + e.getMessage());
    }
  }
}
