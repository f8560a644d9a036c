package io.github.sfntestkit.junit;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.history.ExecutionHistory;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.TaskIntegration;
import io.github.sfntestkit.time.VirtualClock;

/** The types {@link StateMachineExtension} injects, and what each is scoped to. */
enum Injectable {
  STATE_MACHINE(StateMachine.class, false),
  MOCKS(Mocks.class, true),
  RUNNER(StateMachineRunner.class, true),
  OPTIONS(ExecutionOptions.class, true),
  CLOCK(VirtualClock.class, true),
  LAST_RESULT(ExecutionResult.class, true);

  /** For messages: the supported types. */
  static final String SUPPORTED = "StateMachine, Mocks, StateMachineRunner, ExecutionOptions, VirtualClock or ExecutionResult";

  private final Class<?> type;
  private final boolean perTest;

  Injectable(Class<?> type, boolean perTest) {
    this.type = type;
    this.perTest = perTest;
  }

  Class<?> type() {
    return type;
  }

  /** Whether a value exists only while a test runs (so not in {@code @BeforeAll} or static fields). */
  boolean perTest() {
    return perTest;
  }

  /** The injectable of exactly this type, or null. */
  static Injectable of(Class<?> type) {
    for (Injectable i : values()) {
      if (i.type == type) {
        return i;
      }
    }
    return null;
  }

  /**
   * Whether the type belongs to sfn-testkit, so an unsupported one is worth a clear message. The
   * assertion types are left alone: AssertJ's {@code SoftAssertionsExtension} injects soft assertions.
   */
  static boolean isOurs(Class<?> type) {
    String name = type.getName();
    return name.startsWith("io.github.sfntestkit.") && !name.startsWith("io.github.sfntestkit.assertj.");
  }

  /** The closest supported thing for a type users commonly ask for, or "". */
  static String hint(Class<?> type) {
    if (type == ExecutionHistory.class) {
      return " Ask for a StateMachineRunner and use runner.lastResult().history().";
    }
    if (TaskIntegration.class.isAssignableFrom(type)) {
      return " Ask for Mocks: it is the TaskIntegration each run uses.";
    }
    return "";
  }
}
