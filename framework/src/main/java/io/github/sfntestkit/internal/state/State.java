package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.PathFailure;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.StatesRuntimeError;

/**
 * A compiled state: its configuration and how it runs. Subclasses, one per state type, implement
 * {@link #run}; data flow in the state's query language lives in its {@link StateIo}.
 */
public abstract class State {
  final String name;
  final String nodeId;
  final String type;
  final String next;
  final boolean end;
  final StateIo io;
  private final String enteredEventType;
  private final String exitedEventType;

  State(StateConfig c) {
    this.name = c.name;
    this.nodeId = c.nodeId;
    this.type = c.type;
    this.enteredEventType = c.type + "StateEntered";
    this.exitedEventType = c.type + "StateExited";
    this.next = c.next;
    this.end = c.end;
    this.io = c.io;
  }

  public String name() {
    return name;
  }

  /**
   * The state's id in the coverage graph, computed once here: {@code Name}, {@code Par[1]/Name} in
   * branch 1 of Parallel {@code Par}, {@code Map/Name} in the item processor of Map {@code Map}.
   */
  public String nodeId() {
    return nodeId;
  }

  /** The type as written in ASL. */
  public String type() {
    return type;
  }

  /** The Next state, or null for terminal states. */
  public String next() {
    return next;
  }

  public String enteredEventType() {
    return enteredEventType;
  }

  public String exitedEventType() {
    return exitedEventType;
  }

  public boolean isEnd() {
    return end;
  }

  /** Runs the state on its raw input: either completes through the activity or schedules work. */
  public abstract void run(Activity activity, JsonNode rawInput);

  /** Shapes the output from {@code result}, sets the assigned variables and leaves to {@code to}. */
  final void leave(Activity a, JsonNode raw, JsonNode result, String to) {
    StateIo.Exit exit = io.complete(a, raw, result);
    a.exit(exit.output, to, exit.assigned);
  }

  static JsonNode readPath(Activity a, PathExpr path, Scope scope) {
    try {
      return path.evaluate(scope);
    } catch (PathFailure e) {
      throw new StatesRuntimeError("Invalid path '" + path.text() + "' : " + e.getMessage());
    }
  }
}
