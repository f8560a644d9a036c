package io.github.sfntestkit.coverage;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import java.nio.file.Path;

/**
 * A JVM fork of a test run, for {@link CoverageRecorderTest}: executes a definition file once per
 * input argument (Task "Charge" answering {}) and exits, leaving the recorder (enabled by the system property) to write its data
 * at shutdown; prints the machine's key.
 */
public final class ForkMain {
  private ForkMain() {}

  public static void main(String[] args) {
    StateMachine sm = StateMachine.fromFile(Path.of(args[0]));
    for (int i = 1; i < args.length; i++) {
      Mocks mocks = Mocks.create();
      mocks.task("Charge").returns("{}");
      sm.execute(args[i], ExecutionOptions.defaults().withIntegration(mocks));
    }
    System.out.println(StateMachineCoverage.of(sm).key());
  }
}
