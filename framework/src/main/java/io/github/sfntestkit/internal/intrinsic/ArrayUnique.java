package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.ARRAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfntestkit.internal.json.Json;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code States.ArrayUnique(array)}: the items without duplicates (deep equality), each kept at its
 * first position.
 */
final class ArrayUnique extends IntrinsicFunction {
  ArrayUnique() {
    super("States.ArrayUnique", Param.of("array", ARRAY));
  }

  @Override
  JsonNode apply(Args args) {
    Set<String> seen = new HashSet<>();
    ArrayNode result = Json.NODES.arrayNode();
    for (JsonNode item : args.array(0)) {
      if (seen.add(Values.canonical(item))) {
        result.add(item.deepCopy());
      }
    }
    return result;
  }
}
