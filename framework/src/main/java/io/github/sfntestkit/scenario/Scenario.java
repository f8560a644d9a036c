package io.github.sfntestkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.MockFile;
import io.github.sfntestkit.mock.Mocks;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One scenario of a {@link ScenarioFile}: a name, tags, an input, the mocks and options to run with,
 * and what the execution must do. Immutable; each {@link #run()} gets fresh mocks.
 *
 * <pre>{@code
 * Scenario s = file.scenario("throttled twice then charged").orElseThrow();
 * ScenarioRun run = s.run();
 * run.result().status();           // then check s.expectations()
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Scenario {
  private final ScenarioFile file;
  private final String name;
  private final List<String> tags;
  private final String disabled;
  private final JsonNode input;
  private final MockFile mocks;
  private final RunOptions options;
  private final Expectations expectations;
  private final Location location;

  Scenario(ScenarioFile file, String name, List<String> tags, String disabled, JsonNode input, MockFile mocks,
      RunOptions options, Expectations expectations, Location location) {
    this.file = file;
    this.name = name;
    this.tags = List.copyOf(tags);
    this.disabled = disabled;
    this.input = input;
    this.mocks = mocks;
    this.options = options;
    this.expectations = expectations;
    this.location = location;
  }

  /** The file this scenario belongs to. */
  public ScenarioFile file() {
    return file;
  }

  /** The scenario's name, unique in its file. */
  public String name() {
    return name;
  }

  /** Its tags, in file order. */
  public List<String> tags() {
    return tags;
  }

  /** Why it is skipped ({@code disabled:}), or empty when it runs. */
  public Optional<String> disabledReason() {
    return Optional.ofNullable(disabled);
  }

  /** The execution input (a copy). */
  public JsonNode input() {
    return input.deepCopy();
  }

  /** What the execution must do. */
  public Expectations expectations() {
    return expectations;
  }

  /** Where the scenario starts in its file. */
  public Location location() {
    return location;
  }

  /**
   * Fresh, strict mocks: the file's mocks and injections, then the scenario's (so a scenario's mock
   * of the same task, resource, Lambda function or activity replaces the file's). A Task state no
   * mock answers fails the run with an {@code UnmockedTaskException}.
   */
  public Mocks mocks() {
    Mocks m = Mocks.create();
    file.applyMocks(m);
    if (mocks != null) {
      mocks.apply(m);
    }
    return m;
  }

  /** The execution options (the file's, overridden key by key by the scenario's) with these mocks. */
  public ExecutionOptions options(Mocks mocks) {
    return file.options().overriddenBy(options).applyTo(ExecutionOptions.defaults()).withIntegration(mocks);
  }

  /**
   * The file's state machine, loaded once per file.
   *
   * @throws ScenarioFileException when it cannot be loaded, or when this scenario's expectations
   *     name states it does not have
   */
  public StateMachine stateMachine() {
    StateMachine machine = file.stateMachine();
    StateNames.check(this, machine.definition());
    return machine;
  }

  /**
   * Runs the scenario: its state machine, with its input, fresh mocks and its options. The
   * expectations are not checked here (the JUnit engine checks them with the AssertJ assertions).
   *
   * @throws ScenarioFileException when the state machine cannot be loaded
   * @throws io.github.sfntestkit.mock.UnmockedTaskException when a Task state has no mock
   */
  public ScenarioRun run() {
    StateMachine machine = stateMachine();
    Mocks m = mocks();
    ExecutionOptions o = options(m);
    ExecutionResult result = machine.execute(input.deepCopy(), o);
    return new ScenarioRun(this, result, m, o);
  }

  @Override
  public String toString() {
    return "Scenario(" + Problems.q(name) + " in " + file.source() + ", " + location.describe() + ")";
  }

  /**
   * Null when {@code tag} is a valid JUnit tag, else why not: tags are not blank and have no
   * whitespace, ISO control characters or any of {@code , ( ) & | !}.
   */
  static String tagProblem(String tag) {
    if (tag.isBlank()) {
      return "is blank.";
    }
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (Character.isWhitespace(c)) {
        return "contains whitespace: JUnit tags are single words such as \"smoke\" or \"payment-flow\".";
      }
      if (Character.isISOControl(c)) {
        return "contains a control character.";
      }
      if (",()&|!".indexOf(c) >= 0) {
        return "contains '" + c + "': JUnit reserves , ( ) & | ! for tag expressions.";
      }
    }
    return null;
  }
}
