package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.ARRAY;
import static io.github.sfntestkit.internal.intrinsic.ArgType.INTEGER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** {@code States.ArrayGetItem(array, index)}: the item at a 0-based index. */
final class ArrayGetItem extends IntrinsicFunction {
  ArrayGetItem() {
    super("States.ArrayGetItem", Param.of("array", ARRAY), Param.of("index", INTEGER).atLeast(0));
  }

  @Override
  JsonNode apply(Args args) {
    ArrayNode array = args.array(0);
    long index = args.integer(1);
    if (index >= array.size()) {
      throw args.fail(
          "argument 2 (index) " + index + " is out of bounds for an array of length "
              + array.size());
    }
    return array.get((int) index).deepCopy();
  }
}
