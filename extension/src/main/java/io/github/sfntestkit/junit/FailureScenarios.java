package io.github.sfntestkit.junit;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Failure;
import io.github.sfntestkit.mock.FailureSweep;
import io.github.sfntestkit.mock.FailureSweepReport;
import io.github.sfntestkit.mock.Mocks;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.opentest4j.AssertionFailedError;

/**
 * One dynamic test per Task state and failure: runs the workflow with the failure injected into that
 * state (through {@link FailureSweep}) and checks an invariant on the result. A failing dynamic test
 * names the case, what became of the failure, and the execution report.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> every_failure_ends_in_a_known_state(StateMachine machine) {
 *   return FailureScenarios.forEachTaskState(machine, "{\"orderId\": 1}", OrderMocks::happyPath,
 *       List.of(Failure.error("Lambda.ServiceException", "boom"), Failure.timeout()),
 *       result -> result.succeeded() || "Order.Failed".equals(result.error()));
 * }
 * }</pre>
 *
 * <p>Immutable: {@link #intoEveryCall()} and {@link #withOptions} return copies.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FailureScenarios {
  private final FailureSweep sweep;
  private final String injectedInto;
  private final ExecutionOptions options;

  private FailureScenarios(FailureSweep sweep, String injectedInto, ExecutionOptions options) {
    this.sweep = sweep;
    this.injectedInto = injectedInto;
    this.options = options;
  }

  /**
   * The scenarios of {@code failures} over the Task states {@code machine} enters for {@code inputJson}.
   *
   * @param mocks a new, fully configured {@link Mocks} on each call; the run without failures must succeed
   */
  public static FailureScenarios of(StateMachine machine, String inputJson, Supplier<Mocks> mocks,
      List<Failure> failures) {
    Objects.requireNonNull(failures, "failures");
    return new FailureScenarios(FailureSweep.of(machine, inputJson, mocks, failures.toArray(new Failure[0])),
        "its first call", ExecutionOptions.defaults());
  }

  /** {@code of(...).check(invariant)}: one dynamic test per Task state and failure. */
  public static Stream<DynamicTest> forEachTaskState(StateMachine machine, String inputJson,
      Supplier<Mocks> mocks, List<Failure> failures, Predicate<ExecutionResult> invariant) {
    return of(machine, inputJson, mocks, failures).check(invariant);
  }

  /** {@code of(...).check(invariant)}, with a described or asserting {@link Invariant}. */
  public static Stream<DynamicTest> forEachTaskState(StateMachine machine, String inputJson,
      Supplier<Mocks> mocks, List<Failure> failures, Invariant invariant) {
    return of(machine, inputJson, mocks, failures).check(invariant);
  }

  /** Injects into every call of the state, so that only a Catcher can handle the failure. */
  public FailureScenarios intoEveryCall() {
    return new FailureScenarios(sweep.intoEveryCall(), "every call", options);
  }

  /** Runs with these options (seed, clock start, e.g. the test's); their integration is replaced. */
  public FailureScenarios withOptions(ExecutionOptions options) {
    return new FailureScenarios(sweep.withOptions(options), injectedInto, options);
  }

  /** One dynamic test per case, each passing when {@code invariant} holds for its result. */
  public Stream<DynamicTest> check(Predicate<ExecutionResult> invariant) {
    return check(new Invariant("The invariant does not hold", Objects.requireNonNull(invariant, "invariant"),
        null));
  }

  /**
   * Runs the happy path and every case now, then returns one dynamic test per case.
   *
   * @throws io.github.sfntestkit.SfnTestKitException when the run without failures does not succeed
   */
  public Stream<DynamicTest> check(Invariant invariant) {
    Objects.requireNonNull(invariant, "invariant");
    FailureSweepReport report = sweep.run();
    return report.outcomes().stream().map(o -> DynamicTest.dynamicTest(
        "\"" + o.stateName() + "\" x " + o.failure(), () -> verify(invariant, o)));
  }

  private void verify(Invariant invariant, FailureSweepReport.Outcome outcome) throws Throwable {
    Throwable failed = null;
    try {
      if (invariant.holds(outcome.result())) {
        return;
      }
    } catch (AssertionError e) {
      failed = e;
    }
    String message = invariant.failsAs + " when Task state \"" + outcome.stateName()
        + "\" gets " + outcome.failure() + " (injected into " + injectedInto + ").\n" + outcome(outcome)
        + (failed == null ? "" : "\n" + failed.getMessage())
        + "\n" + ExecutionReport.of("Execution", outcome.result(), options, Settings.DEFAULT_HISTORY_EVENTS);
    throw failed == null ? new AssertionFailedError(message) : new AssertionFailedError(message, failed);
  }

  private static String outcome(FailureSweepReport.Outcome o) {
    ExecutionResult r = o.result();
    String ended = r.status() + (r.error() == null ? "" : " with " + r.error() + ": " + r.cause());
    switch (o.handling()) {
      case UNHANDLED:
        return "Unhandled: the execution ended " + ended + ". Add a Retry or Catch for it on \""
            + o.stateName() + "\" (or an enclosing state), or widen the invariant.";
      case CAUGHT:
        return "Caught by the Catch on \"" + o.handledBy() + "\"; the execution ended " + ended + ".";
      case RETRIED:
        return "Retried by the Retry on \"" + o.handledBy() + "\"; the execution ended " + ended + ".";
      case TOLERATED:
        return "Tolerated without Retry or Catch; the execution ended " + ended + ".";
      default:
        return "Not injected: the state was not called in this run; the execution ended " + ended + ".";
    }
  }

  /**
   * What every failure scenario must satisfy: a described predicate, or assertions.
   *
   * <pre>{@code
   * Invariant.that("the order ends paid or refunded", r -> ...)
   * Invariant.asserting(r -> assertThat(r.status()).isNotEqualTo(ExecutionStatus.TIMED_OUT))
   * }</pre>
   *
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Invariant {
    /** How a failure message starts, e.g. {@code Invariant "x" does not hold}. */
    private final String failsAs;
    private final ThrowingConsumer<ExecutionResult> check;
    private final Predicate<ExecutionResult> predicate;

    private Invariant(String failsAs, Predicate<ExecutionResult> predicate,
        ThrowingConsumer<ExecutionResult> check) {
      this.failsAs = failsAs;
      this.predicate = predicate;
      this.check = check;
    }

    /** A predicate, named in failure messages by {@code description}. */
    public static Invariant that(String description, Predicate<ExecutionResult> predicate) {
      return new Invariant("Invariant \"" + Objects.requireNonNull(description, "description") + "\" does not hold",
          Objects.requireNonNull(predicate, "predicate"), null);
    }

    /** Assertions (AssertJ, JUnit) on the result; an {@link AssertionError} fails the case. */
    public static Invariant asserting(ThrowingConsumer<ExecutionResult> assertions) {
      return new Invariant("The assertions do not hold", null, Objects.requireNonNull(assertions, "assertions"));
    }

    boolean holds(ExecutionResult result) throws Throwable {
      if (predicate != null) {
        return predicate.test(result);
      }
      check.accept(result);
      return true;
    }

    @Override
    public String toString() {
      return failsAs;
    }
  }
}
