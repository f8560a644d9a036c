package io.github.sfntestkit.junit.scenario;

/**
 * A scenario file or scenario that cannot run (invalid file, invalid definition, unmocked Task):
 * the message is the whole located report, so it carries no stack trace.
 */
final class ScenarioError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ScenarioError(String message) {
    super(message, null, false, false);
  }
}
