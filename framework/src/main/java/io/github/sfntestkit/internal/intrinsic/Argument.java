package io.github.sfntestkit.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.Scope;

/** A compiled argument of an intrinsic call: a literal, a path or a nested call. */
interface Argument {
  JsonNode evaluate(Scope scope);

  /** The argument's source text. */
  @Override
  String toString();
}
