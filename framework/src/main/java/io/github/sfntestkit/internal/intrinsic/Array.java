package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.ANY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfntestkit.internal.json.Json;

/** {@code States.Array(values...)}: an array of the arguments, in order (zero or more). */
final class Array extends IntrinsicFunction {
  Array() {
    super("States.Array", Param.of("values", ANY).variadic());
  }

  @Override
  JsonNode apply(Args args) {
    ArrayNode result = Json.NODES.arrayNode(args.size());
    args.values().forEach(value -> result.add(value.deepCopy()));
    return result;
  }
}
