package io.github.sfntestkit.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Failure;
import io.github.sfntestkit.mock.Mocks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** Turns {@link InjectFailure} annotations into {@link Mocks#inject} calls, after checking them. */
final class FailureAnnotations {
  private FailureAnnotations() {}

  /**
   * Adds one injection per annotation.
   *
   * @param where how messages name the annotated element, e.g. {@code method should_retry()}
   * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when an annotation names no
   *     Task state or mixes attributes of different kinds
   */
  static void apply(List<InjectFailure> annotations, Mocks mocks, StateMachine machine, String where) {
    if (annotations.isEmpty()) {
      return;
    }
    Set<String> taskStates = taskStates(machine.definition());
    for (InjectFailure a : annotations) {
      check(a, taskStates, where);
      Mocks.Injection injection = mocks.inject(failure(a)).into(a.state());
      if (a.onCall() > 0) {
        injection.onCall(a.onCall());
      } else {
        injection.always();
      }
    }
  }

  private static Failure failure(InjectFailure a) {
    switch (a.kind()) {
      case TIMEOUT:
        return Failure.timeout();
      case THROTTLING:
        return Failure.throttling();
      default:
        return Failure.error(a.error(), a.cause().isEmpty() ? null : a.cause());
    }
  }

  private static void check(InjectFailure a, Set<String> taskStates, String where) {
    String prefix = "@InjectFailure(state = \"" + a.state() + "\") on " + where + ": ";
    if (!taskStates.contains(a.state())) {
      throw ExtensionConfig.misuse(prefix + "the definition has no Task state of that name. Task states: "
          + quoted(taskStates) + ".");
    }
    if (a.kind() == InjectFailure.Kind.ERROR && a.error().isEmpty()) {
      throw ExtensionConfig.misuse(prefix + "an ERROR needs a name. Add error = \"Lambda.ServiceException\""
          + " (or another error name), or kind = TIMEOUT or THROTTLING.");
    }
    if (a.kind() != InjectFailure.Kind.ERROR && (!a.error().isEmpty() || !a.cause().isEmpty())) {
      throw ExtensionConfig.misuse(prefix + "kind = " + a.kind() + " sets its own error; remove error and cause,"
          + " or use kind = ERROR.");
    }
    if (a.onCall() < 0) {
      throw ExtensionConfig.misuse(prefix + "onCall = " + a.onCall() + " is negative; expected 1 or more, or 0"
          + " for every call.");
    }
  }

  /** The names of every Task state, nested Parallel branches and Map processors included. */
  static Set<String> taskStates(JsonNode definition) {
    Set<String> names = new LinkedHashSet<>();
    collect(definition, names);
    return names;
  }

  private static void collect(JsonNode machine, Set<String> names) {
    JsonNode states = machine == null ? null : machine.get("States");
    if (states == null || !states.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : states.properties()) {
      JsonNode state = e.getValue();
      if ("Task".equals(state.path("Type").asText())) {
        names.add(e.getKey());
      }
      for (JsonNode branch : state.path("Branches")) {
        collect(branch, names);
      }
      collect(state.get("Iterator"), names);
      collect(state.get("ItemProcessor"), names);
    }
  }

  private static String quoted(Set<String> names) {
    if (names.isEmpty()) {
      return "none";
    }
    StringJoiner j = new StringJoiner(", ");
    for (String n : new ArrayList<>(names)) {
      j.add("\"" + n + "\"");
    }
    return j.toString();
  }
}
