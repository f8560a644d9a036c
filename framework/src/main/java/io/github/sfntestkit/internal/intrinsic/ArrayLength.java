package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.ARRAY;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code States.ArrayLength(array)}: the number of items. */
final class ArrayLength extends IntrinsicFunction {
  ArrayLength() {
    super("States.ArrayLength", Param.of("array", ARRAY));
  }

  @Override
  JsonNode apply(Args args) {
    return Values.integer(args.array(0).size());
  }
}
