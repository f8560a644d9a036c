package io.github.sfntestkit.junit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.assertj.ExecutionAssert;
import io.github.sfntestkit.assertj.SoftStateMachineAssertions;
import io.github.sfntestkit.assertj.StateAssert;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.scenario.Expectations;
import io.github.sfntestkit.scenario.Location;
import io.github.sfntestkit.scenario.ScenarioRun;
import io.github.sfntestkit.scenario.StateExpectation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a scenario's {@code expect} block on its run with the AssertJ assertions of
 * {@code io.github.sfntestkit.assertj}, softly: every expectation is checked, and each failure is
 * kept with the expectation's key and where the file writes it.
 */
final class ExpectationChecker {
  private final ScenarioRun run;
  private final Expectations expect;
  private final Collector softly = new Collector();
  private int checked;

  private ExpectationChecker(ScenarioRun run) {
    this.run = run;
    this.expect = run.scenario().expectations();
  }

  /** One failing expectation: its key ({@code expect.states.ChargeCard.next}), where, and the message. */
  record Failure(String key, Location location, String message) {}

  /** The outcome of checking a run: how many expectations were checked, and which failed. */
  record Outcome(int checked, List<Failure> failures) {}

  static Outcome check(ScenarioRun run) {
    ExpectationChecker c = new ExpectationChecker(run);
    c.outcome();
    c.output();
    c.path();
    c.counts();
    c.states();
    c.durations();
    return new Outcome(c.checked, List.copyOf(c.softly.failures));
  }

  private ExecutionAssert that() {
    return softly.assertThat(run.result());
  }

  /** Runs one check under a key; an exception in it is a failure of that expectation too. */
  private void check(String key, Location at, Runnable assertion) {
    checked++;
    softly.key = key;
    softly.location = at;
    try {
      assertion.run();
    } catch (RuntimeException e) {
      softly.failures.add(new Failure(key, at, "could not be checked: " + e.getMessage()));
    }
  }

  private void outcome() {
    ExecutionStatus status = expect.status();
    String statusKey = expect.statusGiven() ? "expect.status" : "expect.status (implied)";
    check(statusKey, expect.location("status"), () -> {
      switch (status) {
        case SUCCEEDED:
          that().succeeded();
          break;
        case FAILED:
          that().failed();
          break;
        case TIMED_OUT:
          that().timedOut();
          break;
        default:
          softly.assertThat(run.result().status()).as("execution status").isEqualTo(status);
      }
    });
    expect.error().ifPresent(error -> check("expect.error", expect.location("error"), () -> {
      if (status == ExecutionStatus.FAILED) {
        that().failedWith(error);
      } else {
        softly.assertThat(run.result().error()).as("execution error").isEqualTo(error);
      }
    }));
    expect.cause().ifPresent(cause -> check("expect.cause", expect.location("cause"), () -> that().withCause(cause)));
    expect.causeContains().ifPresent(part -> check("expect.causeContains", expect.location("causeContains"),
        () -> that().withCauseContaining(part)));
  }

  private void output() {
    expect.output().ifPresent(json -> check("expect.output", expect.location("output"),
        () -> that().hasOutput(Json.write(json))));
    expect.outputContains().ifPresent(json -> check("expect.outputContains", expect.location("outputContains"),
        () -> that().hasOutputContaining(Json.write(json))));
    for (Map.Entry<String, JsonNode> e : expect.outputAt().entrySet()) {
      check("expect.outputAt[" + quote(e.getKey()) + "]", expect.location("outputAt", e.getKey()),
          () -> that().outputAt(e.getKey()).isEqualTo(Json.write(e.getValue())));
    }
  }

  private void path() {
    expect.path().ifPresent(path -> check("expect.path", expect.location("path"),
        () -> that().path().containsExactly(path.toArray(new String[0]))));
    if (!expect.visited().isEmpty()) {
      check("expect.visited", expect.location("visited"), () -> that().visited(array(expect.visited())));
    }
    if (!expect.notVisited().isEmpty()) {
      check("expect.notVisited", expect.location("notVisited"), () -> that().neverVisited(array(expect.notVisited())));
    }
    if (!expect.visitedInOrder().isEmpty()) {
      check("expect.visitedInOrder", expect.location("visitedInOrder"),
          () -> that().visitedInOrder(array(expect.visitedInOrder())));
    }
  }

  private void counts() {
    expect.retries().forEach((state, n) -> check("expect.retries." + state, expect.location("retries", state),
        () -> that().state(state).visit(1).wasRetried(n)));
    expect.calls().forEach((state, n) -> check("expect.calls." + state, expect.location("calls", state),
        () -> that().calls(run.mocks(), state).hasSize(n)));
    expect.callInputs().forEach((state, inputs) -> {
      for (int i = 0; i < inputs.size(); i++) {
        int call = i + 1;
        JsonNode input = inputs.get(i);
        check("expect.callInputs." + state + "[" + i + "]", expect.location("callInputs", state, String.valueOf(i)),
            () -> that().calls(run.mocks(), state).call(call).hasInputContaining(Json.write(input)));
      }
    });
  }

  private void states() {
    for (Map.Entry<String, StateExpectation> e : expect.states().entrySet()) {
      String state = e.getKey();
      StateExpectation s = e.getValue();
      String key = "expect.states." + state + ".";
      s.entered().ifPresent(n -> check(key + "entered", where(state, "entered"),
          () -> that().state(state).wasEnteredTimes(n)));
      s.input().ifPresent(json -> check(key + "input", where(state, "input"),
          () -> visit(state, s).hasInput(Json.write(json))));
      s.output().ifPresent(json -> check(key + "output", where(state, "output"),
          () -> visit(state, s).hasOutput(Json.write(json))));
      s.outputContains().ifPresent(json -> check(key + "outputContains", where(state, "outputContains"),
          () -> visit(state, s).output().containsJson(Json.write(json))));
      s.next().ifPresent(next -> check(key + "next", where(state, "next"), () -> visit(state, s).wentTo(next)));
      s.caught().ifPresent(error -> check(key + "caught", where(state, "caught"), () -> visit(state, s).caught(error)));
      s.retries().ifPresent(n -> check(key + "retries", where(state, "retries"), () -> visit(state, s).wasRetried(n)));
    }
  }

  private StateAssert visit(String state, StateExpectation s) {
    return that().state(state).visit(s.visit());
  }

  private Location where(String state, String field) {
    return expect.location("states", state, field);
  }

  private void durations() {
    expect.maxDuration().ifPresent(d -> check("expect.maxDuration", expect.location("maxDuration"),
        () -> that().tookAtMost(d)));
    expect.duration().ifPresent(d -> check("expect.duration", expect.location("duration"), () -> that().tookExactly(d)));
  }

  private static String[] array(List<String> names) {
    return names.toArray(new String[0]);
  }

  private static String quote(String s) {
    return Json.write(Json.NODES.textNode(s));
  }

  /** Soft assertions that keep each failure with the expectation being checked when it happened. */
  private static final class Collector extends SoftStateMachineAssertions {
    final List<Failure> failures = new ArrayList<>();
    String key;
    Location location;

    @Override
    public void onAssertionErrorCollected(AssertionError error) {
      failures.add(new Failure(key, location, String.valueOf(error.getMessage())));
    }
  }
}
