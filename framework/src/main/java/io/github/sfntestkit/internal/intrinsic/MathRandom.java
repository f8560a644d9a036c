package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.INTEGER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;

/**
 * {@code States.MathRandom(start, end[, seed])}: an integer in [start, end). Arguments are rounded to
 * the nearest integer. With a seed the value comes from {@code new java.util.Random(seed)} (its
 * algorithm is specified, so the same seed always gives the same value); without one from the
 * execution's seeded random source.
 */
final class MathRandom extends IntrinsicFunction {
  MathRandom() {
    super(
        "States.MathRandom",
        Param.of("start", INTEGER).between(Integer.MIN_VALUE, Integer.MAX_VALUE),
        Param.of("end", INTEGER).between(Integer.MIN_VALUE, Integer.MAX_VALUE),
        Param.of("seed", INTEGER).optional());
  }

  @Override
  JsonNode apply(Args args) {
    long start = args.integer(0);
    long end = args.integer(1);
    if (start >= end) {
      throw args.fail(
          "argument 1 (start) must be less than argument 2 (end) but " + start + " >= " + end);
    }
    Random random = args.size() > 2 ? new Random(args.integer(2)) : args.scope().random();
    long span = end - start;
    long offset =
        span <= Integer.MAX_VALUE ? random.nextInt((int) span) : Math.floorMod(random.nextLong(), span);
    return Values.integer(start + offset);
  }
}
