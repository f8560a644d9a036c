package io.github.sfntestkit.mock;

/**
 * The effective parameters of an HTTP or API Gateway Task cannot start the call. The message is
 * the bracketed detail of AWS's {@code States.Runtime} cause, e.g. {@code The value of the field
 * 'Headers' has an invalid format}.
 */
final class InvalidParameters extends Exception {
  private static final long serialVersionUID = 1L;

  InvalidParameters(String detail) {
    super(detail, null, false, false);
  }

  static InvalidParameters invalidFormat(String field) {
    return new InvalidParameters("The value of the field '" + field + "' has an invalid format");
  }

  static InvalidParameters missing(String field) {
    return new InvalidParameters("The field '" + field + "' is required");
  }
}
