package io.github.sfntestkit.junit;

import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.definition.DefinitionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A value or the failure computing it; stores cache both, so a bad definition is read once and
 * reported to every class that uses it, each time as a fresh exception without a stack trace.
 */
record Attempt<T>(T value, RuntimeException failure) {
  static <T> Attempt<T> of(Supplier<T> computation) {
    try {
      return new Attempt<>(computation.get(), null);
    } catch (RuntimeException e) {
      return new Attempt<>(null, e);
    }
  }

  T get() {
    if (failure == null) {
      return value;
    }
    RuntimeException fresh;
    if (failure instanceof DefinitionException) {
      DefinitionException d = (DefinitionException) failure;
      fresh = new DefinitionException(d.source(), d.problems());
    } else if (failure instanceof ExtensionConfigurationException || failure instanceof SfnTestKitException) {
      fresh = new ExtensionConfigurationException(failure.getMessage());
    } else {
      throw new ExtensionConfigurationException("Cannot set up the state machine: " + failure, failure);
    }
    fresh.setStackTrace(new StackTraceElement[0]);
    throw fresh;
  }
}
