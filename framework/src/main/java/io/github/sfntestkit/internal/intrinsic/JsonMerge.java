package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.BOOLEAN;
import static io.github.sfntestkit.internal.intrinsic.ArgType.OBJECT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code States.JsonMerge(json1, json2, deep)}: shallow merge, json2's members replacing json1's.
 * AWS supports only shallow merging, so {@code deep} must be {@code false}.
 */
final class JsonMerge extends IntrinsicFunction {
  JsonMerge() {
    super(
        "States.JsonMerge",
        Param.of("json1", OBJECT),
        Param.of("json2", OBJECT),
        Param.of("deep", BOOLEAN));
  }

  @Override
  JsonNode apply(Args args) {
    if (args.bool(2)) {
      throw args.fail("argument 3 (deep) must be false; only shallow merging is supported");
    }
    ObjectNode merged = args.object(0).deepCopy();
    merged.setAll(args.object(1).deepCopy());
    return merged;
  }
}
