package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.INTEGER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.sfntestkit.internal.json.Json;

/**
 * {@code States.ArrayRange(start, end, step)}: start, start+step, ... up to and including end when
 * reached. Arguments are rounded to the nearest integer; step must not be 0; at most 1000 items. A
 * step pointing away from end gives an empty array.
 */
final class ArrayRange extends IntrinsicFunction {
  static final int MAX_ITEMS = 1000;

  ArrayRange() {
    super(
        "States.ArrayRange",
        Param.of("start", INTEGER).between(Integer.MIN_VALUE, Integer.MAX_VALUE),
        Param.of("end", INTEGER).between(Integer.MIN_VALUE, Integer.MAX_VALUE),
        Param.of("step", INTEGER).between(Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  @Override
  JsonNode apply(Args args) {
    long start = args.integer(0);
    long end = args.integer(1);
    long step = args.integer(2);
    if (step == 0) {
      throw args.fail("argument 3 (step) must not be 0");
    }
    long distance = end - start;
    long count = Long.signum(distance) * Long.signum(step) < 0 ? 0 : distance / step + 1;
    if (count > MAX_ITEMS) {
      throw args.fail(
          "the range from " + start + " to " + end + " by " + step + " would have " + count
              + " items; the maximum is " + MAX_ITEMS);
    }
    ArrayNode result = Json.NODES.arrayNode((int) count);
    for (long i = 0; i < count; i++) {
      result.add(Values.integer(start + i * step));
    }
    return result;
  }
}
