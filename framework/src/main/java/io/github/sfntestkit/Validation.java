package io.github.sfntestkit;

import io.github.sfntestkit.internal.load.LoadedDefinition;

/** Runs the validator before a definition is compiled. */
final class Validation {
  private Validation() {}

  static void check(LoadedDefinition loaded) {
    // wired to internal.validate.DefinitionValidator once it lands
  }
}
