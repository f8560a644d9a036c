package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.internal.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Runs an execution once per Task state of the happy path and per failure, injecting the failure
 * into that state's first call (or every call), and reports which combinations the workflow handles
 * (a Catcher caught it, or a Retrier retried it to success) and which end the execution.
 *
 * <pre>{@code
 * FailureSweepReport report = FailureSweep.of(machine, input, () -> orderMocks(),
 *         List.of(Failure.error("Lambda.ServiceException", "boom"), Failure.timeout()))
 *     .run();
 * assertThat(report.unhandled()).isEmpty();   // or print the report: one line per run
 * }</pre>
 *
 * <p>The Task states are those the happy path (a run without injected failures) entered, nested
 * Map and Parallel states and distributed Map child executions included, in the order first
 * entered. Each run gets fresh mocks from the supplier, so sequences and injections never leak
 * from one run to the next. Immutable: {@code into*} and {@code with*} return copies.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FailureSweep {
  /** Which calls of the state get the failure. */
  enum Calls {
    /** Only the state's first call in the execution: what a Retrier can recover from. */
    FIRST,
    /** Every call of the state: retries cannot help, only a Catcher can. */
    EVERY
  }

  private final StateMachine machine;
  private final JsonNode input;
  private final Supplier<Mocks> mocks;
  private final List<Failure> failures;
  private final Calls calls;
  private final ExecutionOptions options;

  private FailureSweep(StateMachine machine, JsonNode input, Supplier<Mocks> mocks, List<Failure> failures,
      Calls calls, ExecutionOptions options) {
    this.machine = machine;
    this.input = input;
    this.mocks = mocks;
    this.failures = failures;
    this.calls = calls;
    this.options = options;
  }

  /**
   * A sweep of {@code failures} over the Task states {@code machine} enters for {@code input}.
   *
   * @param mocks a new, fully configured {@link Mocks} on each call, e.g. {@code () -> orderMocks()}
   * @throws IllegalArgumentException when {@code failures} is empty
   */
  public static FailureSweep of(StateMachine machine, JsonNode input, Supplier<Mocks> mocks,
      List<Failure> failures) {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(mocks, "mocks");
    List<Failure> copy = List.copyOf(Objects.requireNonNull(failures, "failures"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("A failure sweep needs at least one failure, e.g. Failure.timeout()");
    }
    return new FailureSweep(machine, input, mocks, copy, Calls.FIRST, ExecutionOptions.defaults());
  }

  /** Like {@link #of(StateMachine, JsonNode, Supplier, List)} with the input as JSON text. */
  public static FailureSweep of(StateMachine machine, String inputJson, Supplier<Mocks> mocks,
      Failure... failures) {
    return of(machine, Json.parse(inputJson), mocks, List.of(failures));
  }

  /** Injects each failure into the state's first call only (the default). */
  public FailureSweep intoFirstCall() {
    return new FailureSweep(machine, input, mocks, failures, Calls.FIRST, options);
  }

  /** Injects each failure into every call of the state, so that only a Catcher can handle it. */
  public FailureSweep intoEveryCall() {
    return new FailureSweep(machine, input, mocks, failures, Calls.EVERY, options);
  }

  /** Runs with these options (clock start, seed, names); their integration is replaced by the mocks. */
  public FailureSweep withOptions(ExecutionOptions options) {
    return new FailureSweep(machine, input, mocks, failures, calls, Objects.requireNonNull(options, "options"));
  }

  /**
   * Runs the happy path, then one execution per Task state and failure.
   *
   * @throws SfnTestKitException when the happy path does not succeed, or the supplier hands out the
   *     same {@link Mocks} twice
   * @throws UnmockedTaskException when a run calls a Task no mock answers
   */
  public FailureSweepReport run() {
    Set<Mocks> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ExecutionResult happy = execute(fresh(seen));
    if (!happy.succeeded()) {
      throw new SfnTestKitException("A failure sweep starts from a happy path, but the run without injected"
          + " failures ended " + happy.status() + " with " + happy.error() + ": " + happy.cause()
          + "\nPath taken: " + String.join(" -> ", happy.path())
          + "\nMock the Task states so that this input succeeds, then sweep.");
    }
    List<String> states = taskStates(happy);
    List<FailureSweepReport.Outcome> outcomes = new ArrayList<>();
    for (String state : states) {
      for (Failure failure : failures) {
        Mocks run = fresh(seen);
        Mocks.Injection injection = run.inject(failure).into(state);
        if (calls == Calls.FIRST) {
          injection.onCall(1);
        }
        ExecutionResult result = execute(run);
        outcomes.add(FailureSweepReport.Outcome.of(state, failure, run.calls(state), happy, result));
      }
    }
    return new FailureSweepReport(calls, states, failures, outcomes);
  }

  private ExecutionResult execute(Mocks run) {
    return machine.execute(input, options.withIntegration(run));
  }

  private Mocks fresh(Set<Mocks> seen) {
    Mocks m = Objects.requireNonNull(mocks.get(), "the Supplier<Mocks> of a failure sweep returned null");
    if (!seen.add(m)) {
      throw new SfnTestKitException("The Supplier<Mocks> of a failure sweep returned the same Mocks twice;"
          + " each run needs its own, e.g. () -> { Mocks m = Mocks.create(); m.task(...)...; return m; }");
    }
    return m;
  }

  /** Names of the Task states entered, in first-entry order, child executions included. */
  static List<String> taskStates(ExecutionResult result) {
    Set<String> names = new LinkedHashSet<>();
    for (StateVisit v : allVisits(result)) {
      if ("Task".equals(v.type())) {
        names.add(v.name());
      }
    }
    return List.copyOf(names);
  }

  /** The visits of an execution followed by those of its distributed Map child executions. */
  static List<StateVisit> allVisits(ExecutionResult result) {
    List<StateVisit> out = new ArrayList<>(result.visits());
    for (ExecutionResult child : result.childExecutions()) {
      out.addAll(allVisits(child));
    }
    return out;
  }
}
