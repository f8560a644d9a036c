package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.INTEGER;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code States.MathAdd(value, step)}: the sum of two integers in [-2147483648, 2147483647]. Each
 * argument is rounded to the nearest integer first, halves towards positive infinity (recorded on
 * AWS: 1.5 + 1.51 = 4, -2.5 + 0 = -2).
 */
final class MathAdd extends IntrinsicFunction {
  MathAdd() {
    super(
        "States.MathAdd",
        Param.of("value", INTEGER).between(Integer.MIN_VALUE, Integer.MAX_VALUE),
        Param.of("step", INTEGER).between(Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  @Override
  JsonNode apply(Args args) {
    return Values.integer(args.integer(0) + args.integer(1));
  }
}
