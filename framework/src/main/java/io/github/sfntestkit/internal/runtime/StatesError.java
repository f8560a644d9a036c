package io.github.sfntestkit.internal.runtime;

/**
 * An ASL runtime error: a named error with a cause, as a state raises it. It travels through Retry and
 * Catch and, if nothing handles it, fails the execution. Not a harness failure, so no stack trace.
 */
public class StatesError extends RuntimeException {
  private final String error;
  private final String cause;

  public StatesError(String error, String cause) {
    super(error + (cause == null ? "" : ": " + cause), null, false, false);
    this.error = error;
    this.cause = cause;
  }

  /** The error name, e.g. {@code States.Runtime} or a user error such as {@code Payment.Declined}. */
  public String error() {
    return error;
  }

  /** The cause text, possibly null. */
  public String cause() {
    return cause;
  }
}
