package io.github.sfntestkit.internal.jsonata;

/** A Step Functions JSONata function refused its arguments; becomes a QueryEvaluationError. */
final class FunctionFailure extends RuntimeException {
  FunctionFailure(String message) {
    super(message, null, false, false);
  }
}
