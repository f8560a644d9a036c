package io.github.sfntestkit.internal.intrinsic;

import java.util.List;

/**
 * One declared parameter of an intrinsic function: its name (used in messages), type and constraints.
 * Instances are immutable; the fluent methods return copies.
 */
final class Param {
  final String name;
  final ArgType type;
  final boolean optional;
  final boolean variadic;
  final long min;
  final long max;
  final int maxLength;
  final List<String> allowed;

  private Param(
      String name,
      ArgType type,
      boolean optional,
      boolean variadic,
      long min,
      long max,
      int maxLength,
      List<String> allowed) {
    this.name = name;
    this.type = type;
    this.optional = optional;
    this.variadic = variadic;
    this.min = min;
    this.max = max;
    this.maxLength = maxLength;
    this.allowed = allowed;
  }

  static Param of(String name, ArgType type) {
    return new Param(name, type, false, false, Long.MIN_VALUE, Long.MAX_VALUE, -1, List.of());
  }

  /** May be left out (only the last parameters). */
  Param optional() {
    return new Param(name, type, true, variadic, min, max, maxLength, allowed);
  }

  /** Takes all remaining arguments, zero or more (only the last parameter). */
  Param variadic() {
    return new Param(name, type, optional, true, min, max, maxLength, allowed);
  }

  /** For {@link ArgType#INTEGER}: the rounded value must lie in [min, max]. */
  Param between(long min, long max) {
    return new Param(name, type, optional, variadic, min, max, maxLength, allowed);
  }

  Param atLeast(long min) {
    return between(min, max);
  }

  /** For {@link ArgType#STRING}: at most this many characters (code points). */
  Param maxLength(int maxLength) {
    return new Param(name, type, optional, variadic, min, max, maxLength, allowed);
  }

  /** For {@link ArgType#STRING}: one of these exact values. */
  Param oneOf(String... values) {
    return new Param(name, type, optional, variadic, min, max, maxLength, List.of(values));
  }
}
