package io.github.sfntestkit.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.List;

/** The evaluated, checked arguments of one call, with typed accessors (indexes are 0-based). */
final class Args {
  private final IntrinsicFunction function;
  private final List<JsonNode> values;
  private final long[] integers;
  private final List<Argument> sources;
  private final Scope scope;

  Args(
      IntrinsicFunction function,
      List<JsonNode> values,
      long[] integers,
      List<Argument> sources,
      Scope scope) {
    this.function = function;
    this.values = values;
    this.integers = integers;
    this.sources = sources;
    this.scope = scope;
  }

  int size() {
    return values.size();
  }

  JsonNode value(int index) {
    return values.get(index);
  }

  List<JsonNode> values() {
    return values;
  }

  String string(int index) {
    return values.get(index).textValue();
  }

  /** An {@link ArgType#INTEGER} argument, already rounded and range-checked. */
  long integer(int index) {
    return integers[index];
  }

  boolean bool(int index) {
    return values.get(index).booleanValue();
  }

  ArrayNode array(int index) {
    return (ArrayNode) values.get(index);
  }

  ObjectNode object(int index) {
    return (ObjectNode) values.get(index);
  }

  /** The argument as written in the call (a literal, a path or a nested call). */
  Argument source(int index) {
    return sources.get(index);
  }

  Scope scope() {
    return scope;
  }

  /** A {@code States.IntrinsicFailure} naming the function and the problem. */
  StatesError fail(String problem) {
    return failure(function, problem);
  }

  static StatesError failure(IntrinsicFunction function, String problem) {
    return new StatesError(
        ErrorNames.INTRINSIC_FAILURE, "Invalid arguments in " + function.name() + ": " + problem);
  }
}
