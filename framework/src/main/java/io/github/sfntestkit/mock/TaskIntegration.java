package io.github.sfntestkit.mock;

import org.apiguardian.api.API;

/**
 * Answers Task states. The interpreter calls it once per attempt; implementations are mocks, Java
 * handlers or HTTP bridges.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface TaskIntegration {
  /**
   * Answers one call.
   *
   * @throws UnmockedTaskException when nothing is configured to answer it
   */
  TaskResponse call(TaskCall call);

  /** Told when an execution using this integration starts (sequences of answers start over). */
  default void executionStarted() {}

  /** An integration that answers nothing: every Task fails with {@link UnmockedTaskException}. */
  static TaskIntegration none() {
    return call -> {
      throw UnmockedTaskException.forCall(call, null);
    };
  }
}
