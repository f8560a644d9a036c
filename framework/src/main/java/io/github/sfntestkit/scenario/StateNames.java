package io.github.sfntestkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the states a scenario's expectations name exist in the state machine (nested Map and
 * Parallel states included), so that a misspelt name is reported with the closest one instead of
 * failing as "never entered" or passing as "not visited".
 */
final class StateNames {
  private StateNames() {}

  static void check(Scenario scenario, JsonNode definition) {
    Set<String> known = new LinkedHashSet<>();
    collect(definition, known);
    Expectations e = scenario.expectations();
    List<ScenarioFileProblem> problems = new ArrayList<>();
    String label = "Scenario " + Problems.q(scenario.name());
    e.path().ifPresent(path -> list(path, "path", e, known, label, problems));
    list(e.visited(), "visited", e, known, label, problems);
    list(e.notVisited(), "notVisited", e, known, label, problems);
    list(e.visitedInOrder(), "visitedInOrder", e, known, label, problems);
    keys(e.retries(), "retries", e, known, label, problems);
    keys(e.calls(), "calls", e, known, label, problems);
    keys(e.callInputs(), "callInputs", e, known, label, problems);
    keys(e.states(), "states", e, known, label, problems);
    for (Map.Entry<String, StateExpectation> s : e.states().entrySet()) {
      s.getValue().next().ifPresent(next -> {
        if (!known.contains(next)) {
          problems.add(problem(e.location("states", s.getKey(), "next"), "next", next, known, label));
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new ScenarioFileException(scenario.file().source(), problems);
    }
  }

  private static void list(List<String> names, String key, Expectations e, Set<String> known, String label,
      List<ScenarioFileProblem> out) {
    for (int i = 0; i < names.size(); i++) {
      if (!known.contains(names.get(i))) {
        out.add(problem(e.location(key, String.valueOf(i)), key, names.get(i), known, label));
      }
    }
  }

  private static void keys(Map<String, ?> map, String key, Expectations e, Set<String> known, String label,
      List<ScenarioFileProblem> out) {
    for (String name : map.keySet()) {
      if (!known.contains(name)) {
        out.add(problem(e.location(key, name), key, name, known, label));
      }
    }
  }

  private static ScenarioFileProblem problem(Location at, String key, String name, Set<String> known, String label) {
    String best = Problems.closest(name, known);
    return new ScenarioFileProblem(label, at.pointer(), at.line(), at.column(), Problems.q(key) + " names no state "
        + Problems.q(name) + " of the state machine." + (best != null ? " Did you mean " + Problems.q(best) + "?"
            : " Its states are: " + Problems.list(new ArrayList<>(known)) + "."));
  }

  /** Names of the states of {@code definition} and of every branch and item processor in it. */
  private static void collect(JsonNode definition, Set<String> out) {
    JsonNode states = definition.path("States");
    for (Map.Entry<String, JsonNode> f : states.properties()) {
      out.add(f.getKey());
      JsonNode state = f.getValue();
      for (JsonNode branch : state.path("Branches")) {
        collect(branch, out);
      }
      collect(state.path("ItemProcessor"), out);
      collect(state.path("Iterator"), out);
    }
  }
}
