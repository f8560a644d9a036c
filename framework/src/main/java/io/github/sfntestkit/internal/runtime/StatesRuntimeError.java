package io.github.sfntestkit.internal.runtime;

/**
 * A {@code States.Runtime} error raised by the interpreter itself; the activity prefixes its cause
 * with "An error occurred while executing the state 'X' (entered at the event id #N). " as AWS does.
 */
public final class StatesRuntimeError extends StatesError {
  public StatesRuntimeError(String detail) {
    super(ErrorNames.RUNTIME, detail);
  }
}
