package io.github.sfntestkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.internal.load.Pointers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads an {@code expect} block into {@link Expectations}, reporting every problem. */
final class ExpectParser {
  static final List<String> STATUSES =
      Arrays.stream(ExecutionStatus.values()).map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableList());

  /** Spellings from the Java assertions, and keys of other levels, that mean a key of this format. */
  private static final Map<String, String> MISPLACED = Map.ofEntries(
      Map.entry("neverVisited", "is spelled \"notVisited\" here"),
      Map.entry("failedWith", "is spelled \"error\" here"),
      Map.entry("withCause", "is spelled \"cause\" here"),
      Map.entry("withCauseContaining", "is spelled \"causeContains\" here"),
      Map.entry("hasOutput", "is spelled \"output\" here"),
      Map.entry("hasOutputContaining", "is spelled \"outputContains\" here"),
      Map.entry("tookAtMost", "is spelled \"maxDuration\" here"),
      Map.entry("tookExactly", "is spelled \"duration\" here"),
      Map.entry("wentTo", "goes under \"states\": {State: {next: ...}}"),
      Map.entry("next", "goes under \"states\": {State: {next: ...}}"),
      Map.entry("caught", "goes under \"states\": {State: {caught: ...}}"),
      Map.entry("input", "is the scenario's input: move it out of \"expect\""),
      Map.entry("mocks", "belongs to the scenario, not to \"expect\""),
      Map.entry("name", "belongs to the scenario, not to \"expect\""));

  private static final Map<String, String> STATE_MISPLACED = Map.of(
      "wentTo", "is spelled \"next\" here",
      "hasInput", "is spelled \"input\" here",
      "hasOutput", "is spelled \"output\" here",
      "wasRetried", "is spelled \"retries\" here",
      "wasEnteredTimes", "is spelled \"entered\" here",
      "calls", "goes in \"expect\": {calls: {State: n}}");

  private final Problems problems;
  private final String label;

  ExpectParser(Problems problems, String label) {
    this.problems = problems;
    this.label = label;
  }

  /** The expectations at {@code at}; {@code v} null means no {@code expect} block. */
  Expectations read(JsonNode v, String at) {
    Expectations.Builder b = new Expectations.Builder();
    if (v != null && problems.isObject(v, at, label, "expect", "an object such as {\"status\": \"SUCCEEDED\"}")) {
      problems.unknownKeys(v, at, label, Expectations.KEYS, "\"expect\"", MISPLACED);
      outcome(v, at, b);
      output(v, at, b);
      paths(v, at, b);
      counts(v, at, b);
      states(v, at, b);
      if (v.has("maxDuration")) {
        b.maxDuration = problems.duration(v.get("maxDuration"), Pointers.child(at, "maxDuration"), label, "maxDuration");
      }
      if (v.has("duration")) {
        b.duration = problems.duration(v.get("duration"), Pointers.child(at, "duration"), label, "duration");
      }
    }
    return new Expectations(b, v == null ? parentOf(at) : at, problems.tree);
  }

  private static String parentOf(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  private void outcome(JsonNode v, String at, Expectations.Builder b) {
    if (v.has("status")) {
      JsonNode s = v.get("status");
      String p = Pointers.child(at, "status");
      if (s.isTextual() && STATUSES.contains(s.textValue())) {
        b.status = ExecutionStatus.valueOf(s.textValue());
      } else {
        String best = s.isTextual() ? Problems.closest(s.textValue(), STATUSES) : null;
        problems.atValue(label, p, "\"status\" must be " + Problems.or(STATUSES) + "; found " + Problems.found(s)
            + (best == null ? "." : ". Did you mean " + Problems.q(best) + "?"));
      }
    }
    if (v.has("error")) {
      b.error = problems.text(v.get("error"), Pointers.child(at, "error"), label, "error", "an error name such as \"Payment.Declined\"");
    }
    if (v.has("cause")) {
      b.cause = string(v.get("cause"), Pointers.child(at, "cause"), "cause");
    }
    if (v.has("causeContains")) {
      b.causeContains = string(v.get("causeContains"), Pointers.child(at, "causeContains"), "causeContains");
    }
    if (v.has("cause") && v.has("causeContains")) {
      problems.atKey(label, Pointers.child(at, "causeContains"),
          "give \"cause\" (the whole cause) or \"causeContains\" (a part of it), not both.");
    }
    if (b.status == ExecutionStatus.SUCCEEDED) {
      for (String key : List.of("error", "cause", "causeContains")) {
        if (v.has(key)) {
          problems.atKey(label, Pointers.child(at, key), Problems.q(key)
              + " cannot be expected with status SUCCEEDED: a succeeded execution has no error or cause.");
        }
      }
    }
  }

  private String string(JsonNode v, String at, String field) {
    if (v.isTextual()) {
      return v.textValue();
    }
    problems.atValue(label, at, Problems.q(field) + " must be a string; found " + Problems.found(v) + ".");
    return null;
  }

  private void output(JsonNode v, String at, Expectations.Builder b) {
    b.output = v.has("output") ? v.get("output").deepCopy() : null;
    b.outputContains = v.has("outputContains") ? v.get("outputContains").deepCopy() : null;
    JsonNode paths = v.get("outputAt");
    String p = Pointers.child(at, "outputAt");
    if (paths == null || !problems.isObject(paths, p, label, "outputAt",
        "an object of reference paths to values, such as {\"$.payment.id\": \"ch-1\"}")) {
      return;
    }
    for (Map.Entry<String, JsonNode> f : paths.properties()) {
      String problem = ReferencePaths.problem(f.getKey());
      if (problem != null) {
        problems.atKey(label, Pointers.child(p, f.getKey()), problem);
      } else {
        b.outputAt.put(f.getKey(), f.getValue().deepCopy());
      }
    }
  }

  private void paths(JsonNode v, String at, Expectations.Builder b) {
    if (v.has("path")) {
      b.path = names(v, at, "path");
    }
    if (v.has("visited")) {
      b.visited = orEmpty(names(v, at, "visited"));
    }
    if (v.has("notVisited")) {
      b.notVisited = orEmpty(names(v, at, "notVisited"));
    }
    if (v.has("visitedInOrder")) {
      b.visitedInOrder = orEmpty(names(v, at, "visitedInOrder"));
    }
  }

  private List<String> names(JsonNode v, String at, String field) {
    return problems.names(v.get(field), Pointers.child(at, field), label, field, "state names");
  }

  private static List<String> orEmpty(List<String> names) {
    return names == null ? List.of() : names;
  }

  private void counts(JsonNode v, String at, Expectations.Builder b) {
    perState(v, at, "retries", "the number of retries, such as {\"ChargeCard\": 2}", (state, value, p) -> {
      Integer n = problems.integer(value, p, label, "retries", 0, "a whole number of retries, 0 or more");
      if (n != null) {
        b.retries.put(state, n);
      }
    });
    perState(v, at, "calls", "the number of calls, such as {\"ChargeCard\": 3}", (state, value, p) -> {
      Integer n = problems.integer(value, p, label, "calls", 0, "a whole number of calls, 0 or more");
      if (n != null) {
        b.calls.put(state, n);
      }
    });
    perState(v, at, "callInputs", "a list of what each call's input contains, such as {\"ChargeCard\": [{\"amount\": 10}]}",
        (state, value, p) -> {
          if (problems.isList(value, p, label, "callInputs",
              "a list with what each call's input contains, in call order, such as [{\"amount\": 10}]")) {
            List<JsonNode> inputs = new ArrayList<>();
            value.forEach(i -> inputs.add(i.deepCopy()));
            b.callInputs.put(state, inputs);
          }
        });
  }

  /** For an object of state name to something: checks it is an object, then reads each entry. */
  private void perState(JsonNode v, String at, String field, String expected, Entry entry) {
    JsonNode map = v.get(field);
    String p = Pointers.child(at, field);
    if (map == null || !problems.isObject(map, p, label, field, "an object of state names to " + expected)) {
      return;
    }
    for (Map.Entry<String, JsonNode> f : map.properties()) {
      entry.read(f.getKey(), f.getValue(), Pointers.child(p, f.getKey()));
    }
  }

  private interface Entry {
    void read(String state, JsonNode value, String pointer);
  }

  private void states(JsonNode expect, String at, Expectations.Builder b) {
    perState(expect, at, "states", "expectations, such as {\"ChargeCard\": {\"next\": \"Done\"}}", (state, v, p) -> {
      if (!problems.isObject(v, p, label, "states." + state,
          "an object such as {\"next\": \"Done\", \"caught\": \"Payment.Declined\"}")) {
        return;
      }
      problems.unknownKeys(v, p, label, Expectations.STATE_KEYS, "the expectations of state " + Problems.q(state),
          STATE_MISPLACED);
      Integer visit = v.has("visit") ? problems.integer(v.get("visit"), Pointers.child(p, "visit"), label, "visit", 1,
          "a visit number, 1 or more (1 is the first visit)") : Integer.valueOf(1);
      Integer entered = v.has("entered") ? problems.integer(v.get("entered"), Pointers.child(p, "entered"), label,
          "entered", 0, "a whole number of visits, 0 or more") : null;
      Integer retries = v.has("retries") ? problems.integer(v.get("retries"), Pointers.child(p, "retries"), label,
          "retries", 0, "a whole number of retries, 0 or more") : null;
      String next = v.has("next") ? problems.text(v.get("next"), Pointers.child(p, "next"), label, "next", "a state name")
          : null;
      String caught = v.has("caught")
          ? problems.text(v.get("caught"), Pointers.child(p, "caught"), label, "caught", "an error name") : null;
      b.states.put(state, new StateExpectation(visit == null ? 1 : visit, entered, v.get("input"), v.get("output"),
          v.get("outputContains"), next, caught, retries));
    });
  }
}
