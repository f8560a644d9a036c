package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.Messages.q;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.intrinsic.Intrinsics;
import io.github.sfntestkit.internal.load.Pointers;
import io.github.sfntestkit.internal.path.PathExpr;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paths in JSONPath states: InputPath, OutputPath, ResultPath, ItemsPath, the {@code ...Path} fields
 * and the {@code .$} keys of payload templates (Parameters, ResultSelector, ItemSelector, ...).
 */
final class PathRules {

  /** What a path field may hold. */
  enum Kind {
    /** Any path: state input ($), context object ($$) or a variable ($name). */
    PATH,
    /** A path selecting at most one value, from any root. */
    REFERENCE,
    /** ResultPath: a single place in the state input ($ only). */
    RESULT,
    /** A reference path or an intrinsic function call (Fail ErrorPath, CausePath). */
    REFERENCE_OR_INTRINSIC
  }

  /** State-level {@code ...Path} fields holding a reference path. */
  private static final List<String> REFERENCE_FIELDS =
      List.of(
          "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath", "TimestampPath",
          "MaxConcurrencyPath", "ToleratedFailureCountPath", "ToleratedFailurePercentagePath");

  private PathRules() {}

  /** All path fields of a JSONPath state (Choice rules are ChoiceRules'). */
  static void checkState(ValidationContext ctx, StateNode st) {
    nullablePath(ctx, st, "InputPath", Kind.PATH);
    nullablePath(ctx, st, "OutputPath", Kind.PATH);
    nullablePath(ctx, st, "ResultPath", Kind.RESULT);
    if (st.has("ItemsPath")) {
      path(ctx, st.chain(), st.ptr("ItemsPath"), "ItemsPath", st.get("ItemsPath"), Kind.REFERENCE);
    }
    for (String f : REFERENCE_FIELDS) {
      if (st.has(f)) {
        path(ctx, st.chain(), st.ptr(f), f, st.get(f), Kind.REFERENCE);
      }
    }
    for (String f : List.of("ErrorPath", "CausePath")) {
      if (st.has(f)) {
        path(ctx, st.chain(), st.ptr(f), f, st.get(f), Kind.REFERENCE_OR_INTRINSIC);
      }
    }
    for (String f : List.of("Parameters", "ResultSelector", "ItemSelector", "Credentials", "Assign")) {
      JsonNode template = st.get(f);
      if (template != null && template.isObject()) {
        template(ctx, st.chain(), st.ptr(f), template);
      }
    }
    JsonNode catchers = st.get("Catch");
    if (catchers != null && catchers.isArray()) {
      for (int i = 0; i < catchers.size(); i++) {
        JsonNode catcher = catchers.get(i);
        String at = st.ptr("Catch") + "/" + i;
        if (catcher.isObject()) {
          JsonNode rp = catcher.get("ResultPath");
          if (rp != null && !rp.isNull()) {
            path(ctx, st.chain(), at + "/ResultPath", "ResultPath", rp, Kind.RESULT);
          }
          JsonNode assign = catcher.get("Assign");
          if (assign != null && assign.isObject()) {
            template(ctx, st.chain(), at + "/Assign", assign);
          }
        }
      }
    }
  }

  private static void nullablePath(ValidationContext ctx, StateNode st, String field, Kind kind) {
    JsonNode value = st.get(field);
    if (value != null && !value.isNull()) {
      path(ctx, st.chain(), st.ptr(field), field, value, kind);
    }
  }

  /**
   * Checks one path field.
   *
   * @return true when it is valid
   */
  static boolean path(
      ValidationContext ctx, List<String> chain, String pointer, String field, JsonNode value, Kind kind) {
    if (!value.isTextual()) {
      ctx.report(
          chain,
          pointer,
          q(field)
              + " must be a string holding a path"
              + (kind == Kind.RESULT || field.equals("InputPath") || field.equals("OutputPath") ? " or null" : "")
              + ", but was "
              + Messages.value(value)
              + ".");
      return false;
    }
    String text = value.textValue();
    if (kind == Kind.REFERENCE_OR_INTRINSIC && Intrinsics.isIntrinsic(text)) {
      return intrinsic(ctx, chain, pointer, field, text);
    }
    if (!text.startsWith("$")) {
      ctx.report(
          chain,
          pointer,
          q(field)
              + " must be a path starting with \"$\""
              + (kind == Kind.REFERENCE_OR_INTRINSIC ? " or an intrinsic function call" : "")
              + ", but was "
              + Messages.value(value)
              + ".");
      return false;
    }
    PathExpr compiled;
    try {
      compiled = PathExpr.compile(text);
    } catch (IllegalArgumentException e) {
      if (text.contains("[?(")) {
        // AWS accepts filter expressions Jayway rejects, such as unquoted string literals in
        // [?(@.Code==es)] (deployed definitions in the real-world corpus): cannot check these.
        return true;
      }
      ctx.report(
          chain, pointer, q(field) + " is not a valid path: " + q(text) + " (" + reason(e) + ").");
      return false;
    } catch (RuntimeException e) {
      ctx.report(
          chain, pointer, q(field) + " is not a valid path: " + q(text) + " (" + e.getMessage() + ").");
      return false;
    }
    if (kind == Kind.RESULT) {
      if (compiled.root() == PathExpr.Root.CONTEXT) {
        ctx.report(
            chain,
            pointer,
            q(field)
                + " must be a reference path into the state input like \"$.result\", but "
                + q(text)
                + " points into the context object.");
        return false;
      }
      if (compiled.root() == PathExpr.Root.VARIABLE) {
        ctx.report(
            chain,
            pointer,
            q(field)
                + " must be a reference path into the state input like \"$.result\", but "
                + q(text)
                + " names a variable; use \"Assign\" to set variables.");
        return false;
      }
    }
    if (kind != Kind.PATH && !compiled.isDefinite()) {
      ctx.report(
          chain,
          pointer,
          q(field)
              + " must be a reference path selecting a single value, but "
              + q(text)
              + " uses a wildcard, filter, slice or union.");
      return false;
    }
    return true;
  }

  /** Checks an intrinsic call; an intrinsic compiler that is not available yet accepts anything. */
  static boolean intrinsic(
      ValidationContext ctx, List<String> chain, String pointer, String field, String text) {
    try {
      Intrinsics.compile(text);
      return true;
    } catch (UnsupportedOperationException e) {
      return true; // cannot check yet
    } catch (RuntimeException e) {
      ctx.report(
          chain,
          pointer,
          q(field)
              + " is not a valid intrinsic function call: "
              + Json60.cut(text)
              + " ("
              + String.valueOf(e.getMessage())
              + ").");
      return false;
    }
  }

  /**
   * Checks a payload template: every {@code key.$} value is a path or intrinsic, and no two keys
   * are the same once {@code .$} is removed. Nested objects are checked too.
   */
  static void template(ValidationContext ctx, List<String> chain, String pointer, JsonNode object) {
    Set<String> seen = null;
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String key = e.getKey();
      JsonNode value = e.getValue();
      String at = Pointers.child(pointer, key);
      boolean dynamic = key.endsWith(".$");
      String bare = dynamic ? key.substring(0, key.length() - 2) : key;
      if (object.size() > 1) {
        if (seen == null) {
          seen = new HashSet<>(object.size() * 2);
        }
        if (!seen.add(bare)) {
          ctx.report(
              chain,
              at,
              "duplicate field "
                  + q(bare)
                  + ": "
                  + q(bare)
                  + " and "
                  + q(bare + ".$")
                  + " both set it; keep one.");
        }
      }
      if (dynamic) {
        if (!value.isTextual()) {
          ctx.report(
              chain,
              at,
              q(key)
                  + " must be a string holding a path or an intrinsic function call, but was "
                  + Messages.value(value)
                  + ".");
        } else if (Intrinsics.isIntrinsic(value.textValue())) {
          intrinsic(ctx, chain, at, key, value.textValue());
        } else {
          String text = value.textValue();
          if (!text.startsWith("$")) {
            ctx.report(
                chain,
                at,
                q(key)
                    + " must be a path starting with \"$\" or an intrinsic function call starting with \"States.\", but was "
                    + Messages.value(value)
                    + ". Remove \".$\" from the name for a literal value.");
          } else {
            path(ctx, chain, at, key, value, Kind.PATH);
          }
        }
      } else if (value.isObject()) {
        template(ctx, chain, at, value);
      }
    }
  }

  private static String reason(IllegalArgumentException e) {
    String m = String.valueOf(e.getMessage());
    int colon = m.indexOf("': ");
    if (m.startsWith("invalid JSONPath '") && colon > 0) {
      m = m.substring(colon + 3);
    }
    while (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m;
  }

  /** Cuts quoted text at about 60 characters. */
  static final class Json60 {
    private Json60() {}

    static String cut(String text) {
      String quoted = q(text);
      return quoted.length() > 60 ? quoted.substring(0, 57) + "...\"" : quoted;
    }
  }
}
