package io.github.sfntestkit;

import io.github.sfntestkit.internal.load.LoadedDefinition;
import io.github.sfntestkit.internal.validate.DefinitionValidator;

/** Runs the validator before a definition is compiled. */
final class Validation {
  private Validation() {}

  /**
   * @throws io.github.sfntestkit.definition.DefinitionException listing every problem found
   */
  static void check(LoadedDefinition loaded) {
    DefinitionValidator.requireValid(loaded);
  }
}
