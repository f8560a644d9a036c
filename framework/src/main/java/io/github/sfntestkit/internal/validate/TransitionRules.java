package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.Messages.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * StartAt, Next, Default, Choice rule and Catch targets; Next/End presence; unreachable states; at
 * least one terminal state. One scope (state machine, branch or item processor) at a time.
 */
final class TransitionRules {

  private TransitionRules() {}

  /**
   * @param names every state name of the scope, in document order
   * @param states the states of the scope that have a valid type
   * @param allTyped true when every state of the scope has a valid type
   */
  static void checkScope(
      ValidationContext ctx,
      List<String> chain,
      String pointer,
      JsonNode scope,
      List<String> names,
      List<StateNode> states,
      boolean allTyped) {
    Set<String> nameSet = new HashSet<>(names);
    String start = checkStartAt(ctx, chain, pointer, scope, names, nameSet);
    Map<String, List<String>> edges = new HashMap<>(names.size() * 2);
    boolean anyTerminal = false;
    for (StateNode st : states) {
      List<String> out = new ArrayList<>(2);
      anyTerminal |= checkState(ctx, st, names, nameSet, out);
      edges.put(st.name(), out);
    }
    if (start != null && allTyped) {
      Set<String> seen = new HashSet<>(names.size() * 2);
      Deque<String> todo = new ArrayDeque<>();
      seen.add(start);
      todo.add(start);
      while (!todo.isEmpty()) {
        for (String next : edges.getOrDefault(todo.poll(), List.of())) {
          if (seen.add(next)) {
            todo.add(next);
          }
        }
      }
      for (StateNode st : states) {
        if (!seen.contains(st.name())) {
          st.report(
              ctx,
              st.pointer(),
              "unreachable state: no transition leads here from the start state " + q(start) + ".");
        }
      }
    }
    if (allTyped && !states.isEmpty() && !anyTerminal) {
      ctx.report(
          chain,
          pointer + "/States",
          "no terminal state: at least one state must be a Succeed or Fail state or have \"End\": true.");
    }
  }

  private static String checkStartAt(
      ValidationContext ctx,
      List<String> chain,
      String pointer,
      JsonNode scope,
      List<String> names,
      Set<String> nameSet) {
    JsonNode startAt = scope.get("StartAt");
    if (startAt == null) {
      ctx.report(
          chain,
          pointer,
          "missing required field \"StartAt\": the name of the first state."
              + (names.isEmpty() ? "" : " Expected one of: " + Messages.list(names) + "."));
      return null;
    }
    if (names.isEmpty() && startAt.isTextual()) {
      return null; // "States" itself is wrong; nothing to compare with
    }
    return target(ctx, chain, pointer + "/StartAt", "StartAt", startAt, names, nameSet, null);
  }

  /** Returns true when the state is terminal. Adds the names it can transition to to {@code out}. */
  private static boolean checkState(
      ValidationContext ctx, StateNode st, List<String> names, Set<String> nameSet, List<String> out) {
    JsonNode next = st.get("Next");
    JsonNode end = st.get("End");
    String type = st.type();
    switch (type) {
      case "Succeed":
      case "Fail":
        if (next != null) {
          st.reportField(
              ctx,
              "Next",
              "a " + type + " state cannot have \"Next\": it always ends the execution or branch.");
        }
        if (end != null) {
          st.reportField(
              ctx,
              "End",
              "a " + type + " state cannot have \"End\": it always ends the execution or branch.");
        }
        return true;
      case "Choice":
        if (next != null) {
          st.reportField(
              ctx,
              "Next",
              "a Choice state cannot have \"Next\": set \"Next\" in each rule of \"Choices\" and use \"Default\" for the rest.");
        }
        if (end != null) {
          st.reportField(
              ctx,
              "End",
              "a Choice state cannot have \"End\": it ends only through the states its rules and \"Default\" lead to.");
        }
        JsonNode choices = st.get("Choices");
        if (choices != null && choices.isArray()) {
          for (int i = 0; i < choices.size(); i++) {
            JsonNode rule = choices.get(i);
            JsonNode ruleNext = rule.get("Next");
            if (ruleNext != null && ruleNext.isTextual()) {
              add(out, target(ctx, st.chain(), st.ptr("Choices") + "/" + i + "/Next", "Next", ruleNext, names, nameSet, st.name()));
            }
          }
        }
        JsonNode def = st.get("Default");
        if (def != null) {
          add(out, target(ctx, st.chain(), st.ptr("Default"), "Default", def, names, nameSet, st.name()));
        }
        return false;
      default:
        break;
    }
    checkCatchTargets(ctx, st, names, nameSet, out);
    boolean ends = false;
    if (end != null) {
      if (!end.isBoolean()) {
        st.reportField(ctx, "End", "\"End\" must be true, but was " + Messages.value(end) + ".");
      } else {
        ends = end.booleanValue();
      }
    }
    if (next != null && ends) {
      st.report(
          ctx,
          st.pointer(),
          "\"Next\" and \"End\" cannot both be set: a " + type + " state either moves on or ends.");
      add(out, target(ctx, st.chain(), st.ptr("Next"), "Next", next, names, nameSet, st.name()));
      return true;
    }
    if (next != null) {
      add(out, target(ctx, st.chain(), st.ptr("Next"), "Next", next, names, nameSet, st.name()));
      return false;
    }
    if (!ends && (end == null || end.isBoolean())) {
      st.report(
          ctx,
          st.pointer(),
          "missing \"Next\" or \"End\": a "
              + type
              + " state must name the next state or set \"End\": true.");
      return true; // probably meant to end: do not also report "no terminal state"
    }
    return ends || (end != null && !end.isBoolean());
  }

  private static void checkCatchTargets(
      ValidationContext ctx, StateNode st, List<String> names, Set<String> nameSet, List<String> out) {
    JsonNode catchers = st.get("Catch");
    if (catchers == null || !catchers.isArray()) {
      return;
    }
    for (int i = 0; i < catchers.size(); i++) {
      JsonNode next = catchers.get(i).get("Next");
      if (next != null && next.isTextual()) {
        add(out, target(ctx, st.chain(), st.ptr("Catch") + "/" + i + "/Next", "Next", next, names, nameSet, st.name()));
      }
    }
  }

  private static void add(List<String> out, String name) {
    if (name != null) {
      out.add(name);
    }
  }

  /**
   * Checks that a field names a state of the scope.
   *
   * @param self the state holding the field, left out of the candidates; null for StartAt
   * @return the target, or null when it is not valid
   */
  static String target(
      ValidationContext ctx,
      List<String> chain,
      String pointer,
      String field,
      JsonNode value,
      List<String> names,
      Set<String> nameSet,
      String self) {
    if (!value.isTextual()) {
      ctx.report(
          chain,
          pointer,
          q(field) + " must be the name of a state, but was " + Messages.value(value) + ".");
      return null;
    }
    String name = value.textValue();
    if (nameSet.contains(name)) {
      return name;
    }
    List<String> candidates = names;
    if (self != null) {
      candidates = new ArrayList<>(names);
      candidates.remove(self);
    }
    ctx.report(
        chain,
        pointer,
        q(field)
            + " names no state: "
            + q(name)
            + "."
            + (candidates.isEmpty() ? "" : " Expected one of: " + Messages.list(candidates) + ".")
            + Messages.didYouMean(name, names));
    return null;
  }
}
