package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.ANY;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;

/** {@code States.JsonToString(value)}: compact JSON text, keys in their order (recorded on AWS). */
final class JsonToString extends IntrinsicFunction {
  JsonToString() {
    super("States.JsonToString", Param.of("value", ANY));
  }

  @Override
  JsonNode apply(Args args) {
    return Json.NODES.textNode(Json.write(args.value(0)));
  }
}
