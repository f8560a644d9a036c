package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.Messages.q;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.intrinsic.Intrinsics;
import io.github.sfntestkit.internal.load.Pointers;
import io.github.sfntestkit.internal.path.PathExpr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Workflow variables across scopes. Each Parallel branch and each Map ItemProcessor (or Iterator)
 * is a scope nested in the scope of its state; the state machine is the outermost one.
 *
 * <ul>
 *   <li>A state inside a nested scope may read the variables of enclosing scopes but must not
 *       assign a name an enclosing scope assigns (ASL spec "Variable Scope").
 *   <li>A JSONPath path that reads a variable ({@code $name...} in a {@code .$} value, a {@code
 *       ...Path} field, a Choice {@code Variable} or an intrinsic argument) must name a variable
 *       assigned in its scope or an enclosing one.
 * </ul>
 *
 * <p>JSONata {@code $name} references are deliberately not checked: AWS accepts {@code {%
 * $doesNotExist %}} when the state machine is created and fails the execution with
 * States.QueryEvaluationError ("returned nothing (undefined)") when the state runs (recorded on AWS:
 * conformance jsonata/assign-reference-variables-undefined-reference-*). Variable names, the
 * reserved {@code states} and the 80-character limit are checked with the Assign field itself
 * (StructureRules).
 *
 * <p>Scopes are collected while the validator walks the definition and checked at the end, once
 * every assignment of every enclosing scope is known.
 */
final class VariableRules {

  /** One variable scope and what its states assign and read. */
  static final class Scope {
    final Scope parent;
    /** "Map iteration", "Parallel branch", or null for the state machine. */
    final String kind;
    /** The Map or Parallel state owning this scope, or null for the state machine. */
    final String owner;
    /** Every assignment, in document order. */
    final List<Assignment> assignments = new ArrayList<>();
    /** Variable reads of JSONPath paths, in document order. */
    final List<Read> reads = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();

    private Scope(Scope parent, String kind, String owner) {
      this.parent = parent;
      this.kind = kind;
      this.owner = owner;
    }

    static Scope root() {
      return new Scope(null, null, null);
    }

    /** A scope nested in this one for a Map ItemProcessor/Iterator or a Parallel branch. */
    Scope child(StateNode owner) {
      Scope s =
          new Scope(this, "Map".equals(owner.type()) ? "Map iteration" : "Parallel branch", owner.name());
      children.add(s);
      return s;
    }

    /** The first assignment of each name in this scope. */
    Map<String, Assignment> names() {
      Map<String, Assignment> out = new LinkedHashMap<>();
      for (Assignment a : assignments) {
        out.putIfAbsent(a.name, a);
      }
      return out;
    }
  }

  /** A variable set by an Assign field. */
  static final class Assignment {
    final List<String> chain;
    final String pointer;
    final String state;
    final String name;

    Assignment(List<String> chain, String pointer, String state, String name) {
      this.chain = chain;
      this.pointer = pointer;
      this.state = state;
      this.name = name;
    }
  }

  /** A variable read by a JSONPath path or intrinsic argument. */
  static final class Read {
    final List<String> chain;
    final String pointer;
    final String text;
    final String name;

    Read(List<String> chain, String pointer, String text, String name) {
      this.chain = chain;
      this.pointer = pointer;
      this.text = text;
      this.name = name;
    }
  }

  /** Payload-template fields whose {@code .$} keys hold paths; other keys are literals. */
  private static final Set<String> PAYLOADS =
      Fields.set(
          "Parameters", "ResultSelector", "ItemSelector", "Credentials", "Assign", "BatchInput");

  /** Fields never read as paths here: literals, nested scopes, or checked elsewhere. */
  private static final Set<String> SKIPPED =
      Fields.set(
          "Result", "ResultPath", "ItemProcessor", "Iterator", "Branches", "Comment", "Type",
          "Resource", "Next", "Default", "QueryLanguage", "Arguments", "Output", "Items",
          "Condition", "ErrorEquals");

  private VariableRules() {}

  /** Records what one state assigns and, in JSONPath states, which variables its paths read. */
  static void collect(Scope scope, StateNode st) {
    assignments(scope, st, st.ptr("Assign"), st.get("Assign"));
    JsonNode choices = st.get("Choices");
    if ("Choice".equals(st.type()) && choices != null && choices.isArray()) {
      for (int i = 0; i < choices.size(); i++) {
        JsonNode rule = choices.get(i);
        if (rule.isObject()) {
          String at = st.ptr("Choices") + "/" + i + "/Assign";
          assignments(scope, st, at, rule.get("Assign"));
        }
      }
    }
    JsonNode catchers = st.get("Catch");
    if (catchers != null && catchers.isArray()) {
      for (int i = 0; i < catchers.size(); i++) {
        JsonNode c = catchers.get(i);
        if (c.isObject()) {
          assignments(scope, st, st.ptr("Catch") + "/" + i + "/Assign", c.get("Assign"));
        }
      }
    }
    if (!st.jsonata()) {
      reads(scope, st, st.pointer(), st.node(), false);
    }
  }

  /** Reports the problems of a whole definition once every scope has been collected. */
  static void check(ValidationContext ctx, Scope root) {
    checkScope(ctx, root, new LinkedHashMap<>());
  }

  private static void checkScope(
      ValidationContext ctx, Scope scope, Map<String, Assignment> enclosing) {
    Map<String, Assignment> own = scope.names();
    if (scope.parent != null) {
      for (Assignment a : scope.assignments) {
        Assignment outer = enclosing.get(a.name);
        if (outer != null) {
          ctx.report(a.chain, a.pointer, shadowing(scope, a, outer));
        }
      }
    }
    Map<String, Assignment> visible = new LinkedHashMap<>(enclosing);
    own.forEach(visible::putIfAbsent);
    for (Read r : scope.reads) {
      if (!visible.containsKey(r.name)) {
        ctx.report(r.chain, r.pointer, undefined(r, visible.keySet()));
      }
    }
    for (Scope child : scope.children) {
      checkScope(ctx, child, visible);
    }
  }

  static String shadowing(Scope scope, Assignment inner, Assignment outer) {
    String owner = "Map iteration".equals(scope.kind) ? "the Map state " : "the Parallel state ";
    return "variable "
        + q(inner.name)
        + " is already assigned outside this "
        + scope.kind
        + ", by state "
        + q(outer.state)
        + "; states in a "
        + scope.kind
        + " can read it but cannot assign it. Use another name, or assign it from the result of "
        + owner
        + q(scope.owner)
        + ".";
  }

  static String undefined(Read r, Set<String> visible) {
    String hint = Messages.didYouMean(r.name, visible);
    if (hint.isEmpty()) {
      hint =
          visible.isEmpty()
              ? " No state in this scope or an enclosing one has an \"Assign\" field."
              : " Variables in scope: " + Messages.list(visible, 10) + ".";
    }
    return "variable "
        + q(r.name)
        + " read by "
        + PathRules.Json60.cut(r.text)
        + " is not assigned by any state in this scope or an enclosing one."
        + hint;
  }

  private static void assignments(Scope scope, StateNode st, String pointer, JsonNode assign) {
    if (assign == null || !assign.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : assign.properties()) {
      String key = e.getKey();
      String name = !st.jsonata() && key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
      if (StructureRules.isIdentifier(name) && !"states".equals(name)) {
        scope.assignments.add(
            new Assignment(st.chain(), Pointers.child(pointer, key), st.name(), name));
      }
    }
  }

  /**
   * Walks a JSONPath state's fields: outside payload templates, {@code ...Path} fields, Choice
   * {@code Variable} and {@code .$} keys hold paths; inside them only {@code .$} keys do.
   */
  private static void reads(Scope scope, StateNode st, String pointer, JsonNode node, boolean payload) {
    if (node.isArray()) {
      if (payload) {
        return; // like PathRules: ".$" keys of objects inside arrays are not evaluated
      }
      for (int i = 0; i < node.size(); i++) {
        reads(scope, st, pointer + "/" + i, node.get(i), payload);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = e.getKey();
      JsonNode value = e.getValue();
      String at = Pointers.child(pointer, key);
      if (!payload && SKIPPED.contains(key)) {
        continue;
      }
      boolean path =
          key.endsWith(".$") || (!payload && (key.endsWith("Path") || "Variable".equals(key)));
      if (path) {
        if (value.isTextual()) {
          read(scope, st, at, value.textValue());
        }
      } else if (value.isContainerNode()) {
        reads(scope, st, at, value, payload || PAYLOADS.contains(key));
      }
    }
  }

  private static void read(Scope scope, StateNode st, String pointer, String text) {
    for (String name : variables(text)) {
      scope.reads.add(new Read(st.chain(), pointer, text, name));
    }
  }

  /** The variables a path or intrinsic function call reads, in order, each once. */
  static Set<String> variables(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (Intrinsics.isIntrinsic(text)) {
      intrinsicVariables(text, out);
    } else if (text.startsWith("$") && !text.startsWith("$$")) {
      try {
        PathExpr p = PathExpr.compile(text);
        if (p.root() == PathExpr.Root.VARIABLE) {
          out.add(p.variable());
        }
      } catch (RuntimeException e) {
        // an invalid path is PathRules' to report
      }
    }
    return out;
  }

  /** Variables of an intrinsic call's path arguments: {@code $name} outside quoted strings. */
  private static void intrinsicVariables(String s, Set<String> out) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'') {
        i++;
        while (i < s.length() && s.charAt(i) != '\'') {
          i += s.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else if (c == '$') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '$') {
          i += 2;
          continue;
        }
        int end = i + 1;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
          end++;
        }
        if (end > i + 1 && !atPathStep(s, i)) {
          out.add(s.substring(i + 1, end));
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  /** True when the {@code $} at {@code i} is inside a path (after "." or "[" or "@"), not its root. */
  private static boolean atPathStep(String s, int i) {
    int j = i - 1;
    while (j >= 0 && Character.isWhitespace(s.charAt(j))) {
      j--;
    }
    return j >= 0 && s.charAt(j) != '(' && s.charAt(j) != ',';
  }
}
