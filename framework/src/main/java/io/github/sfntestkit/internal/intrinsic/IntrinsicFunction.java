package io.github.sfntestkit.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One ASL intrinsic function. A subclass declares its name and parameters; {@link ArgumentChecker}
 * checks arity when a call is compiled and types and constraints before {@link #apply} runs, so
 * {@code apply} only does the function's own work.
 */
abstract class IntrinsicFunction {
  private final String name;
  private final List<Param> params;

  protected IntrinsicFunction(String name, Param... params) {
    this.name = name;
    this.params = List.of(params);
  }

  /** The ASL name, e.g. {@code States.ArrayPartition}. */
  final String name() {
    return name;
  }

  final List<Param> params() {
    return params;
  }

  /**
   * Computes the result from checked arguments.
   *
   * @throws io.github.sfntestkit.internal.runtime.StatesError via {@link Args#fail} when a rule beyond
   *     the declared types and constraints is broken
   */
  abstract JsonNode apply(Args args);

  @Override
  public String toString() {
    return name;
  }
}
