package io.github.sfntestkit.bench;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.mock.TaskIntegration;

/** The execution options every benchmark uses, and a sanity check on the transition count. */
final class Options {
  private Options() {}

  /**
   * Defaults (history recording on, payload-size check on at AWS's 256 KiB), the given mocks, and no
   * cap on the history length: choice-loop-100k's history exceeds AWS's 25,000 events.
   */
  static ExecutionOptions forBenchmark(TaskIntegration integration) {
    return ExecutionOptions.defaults().withIntegration(integration).withMaxHistoryEvents(0);
  }

  /**
   * Warns (on stderr, it does not fail) when the number of states the interpreter reports as entered
   * differs from the spec's {@code transitionsPerExecution}, since transitions/s is computed from the
   * spec.
   */
  static void checkTransitions(Workload w, ExecutionResult r) {
    int visits = r.visits().size();
    if (visits != w.transitionsPerExecution()) {
      System.err.println("WARNING " + w.name + ": the interpreter entered " + visits
          + " states, spec.json says transitionsPerExecution=" + w.transitionsPerExecution());
    }
  }
}
