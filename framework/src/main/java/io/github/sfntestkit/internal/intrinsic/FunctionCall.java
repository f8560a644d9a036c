package io.github.sfntestkit.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.PathFailure;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.ArrayList;
import java.util.List;

/** A compiled call: the function, its compiled arguments and the source text it was parsed from. */
final class FunctionCall implements IntrinsicCall, Argument {
  private final IntrinsicFunction function;
  private final List<Argument> arguments;
  private final String source;

  FunctionCall(IntrinsicFunction function, List<Argument> arguments, String source) {
    this.function = function;
    this.arguments = List.copyOf(arguments);
    this.source = source;
  }

  @Override
  public JsonNode evaluate(Scope scope) {
    List<JsonNode> values = new ArrayList<>(arguments.size());
    for (int i = 0; i < arguments.size(); i++) {
      values.add(evaluateArgument(i, scope));
    }
    return function.apply(ArgumentChecker.check(function, values, arguments, scope));
  }

  private JsonNode evaluateArgument(int index, Scope scope) {
    Argument argument = arguments.get(index);
    try {
      return argument.evaluate(scope);
    } catch (PathFailure e) {
      throw unresolved(((PathArgument) argument).path(), index, scope, e);
    }
  }

  /**
   * A path argument that selects nothing fails the state with {@code States.Runtime}, as a {@code .$}
   * path in a payload template does (not with {@code States.IntrinsicFailure}).
   */
  private StatesError unresolved(PathExpr path, int index, Scope scope, PathFailure failure) {
    String what =
        "The JSONPath '"
            + path.text()
            + "' specified for argument "
            + (index + 1)
            + " of "
            + function.name()
            + " could not be ";
    switch (path.root()) {
      case CONTEXT:
        return new StatesError(
            ErrorNames.RUNTIME, what + "found in the context object '" + text(scope.context()) + "'");
      case VARIABLE:
        return new StatesError(ErrorNames.RUNTIME, what + "resolved: " + failure.getMessage());
      default:
        return new StatesError(
            ErrorNames.RUNTIME, what + "found in the input '" + text(scope.input()) + "'");
    }
  }

  private static String text(JsonNode node) {
    return node == null ? "null" : Json.write(node);
  }

  IntrinsicFunction function() {
    return function;
  }

  List<Argument> arguments() {
    return arguments;
  }

  @Override
  public String toString() {
    return source;
  }
}
