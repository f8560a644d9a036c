package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.ARRAY;
import static io.github.sfntestkit.internal.intrinsic.ArgType.INTEGER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfntestkit.internal.json.Json;

/**
 * {@code States.ArrayPartition(array, chunkSize)}: chunks of {@code chunkSize} items, the last one
 * possibly shorter. The chunk size is rounded to the nearest integer and must be at least 1.
 */
final class ArrayPartition extends IntrinsicFunction {
  ArrayPartition() {
    super(
        "States.ArrayPartition", Param.of("array", ARRAY), Param.of("chunkSize", INTEGER).atLeast(1));
  }

  @Override
  JsonNode apply(Args args) {
    ArrayNode array = args.array(0);
    long size = args.integer(1);
    ArrayNode result = Json.NODES.arrayNode();
    ArrayNode chunk = null;
    for (JsonNode item : array) {
      if (chunk == null || chunk.size() == size) {
        chunk = result.addArray();
      }
      chunk.add(item.deepCopy());
    }
    return result;
  }
}
