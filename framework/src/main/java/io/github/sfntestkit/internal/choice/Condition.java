package io.github.sfntestkit.internal.choice;

import io.github.sfntestkit.internal.path.Scope;

/** A compiled JSONPath Choice rule condition (comparison, type test, And/Or/Not). */
public interface Condition {
  /** True when the rule matches in the scope. */
  boolean test(Scope scope);
}
