package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.ANY;
import static io.github.sfntestkit.internal.intrinsic.ArgType.ARRAY;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;

/**
 * {@code States.ArrayContains(array, value)}: whether an item deeply equals the value (objects by
 * their members in any order, numbers by value).
 */
final class ArrayContains extends IntrinsicFunction {
  ArrayContains() {
    super("States.ArrayContains", Param.of("array", ARRAY), Param.of("value", ANY));
  }

  @Override
  JsonNode apply(Args args) {
    String wanted = Values.canonical(args.value(1));
    for (JsonNode item : args.array(0)) {
      if (Values.canonical(item).equals(wanted)) {
        return Json.NODES.booleanNode(true);
      }
    }
    return Json.NODES.booleanNode(false);
  }
}
