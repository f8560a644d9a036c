package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.Messages.q;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.load.Pointers;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Required and unknown fields per state type, and the JSON types of the common fields. */
final class StructureRules {

  static final long MAX_SECONDS = 99_999_999L;
  static final int MAX_STATE_NAME = 80;
  static final int MAX_VARIABLE_NAME = 80;

  private static final Set<String> TRANSITION_FIELDS = Set.of("Next", "End");
  private static final Set<String> NONE = Set.of();

  private StructureRules() {}

  /** Top-level fields other than StartAt, States and QueryLanguage. */
  static void checkTopLevel(ValidationContext ctx, JsonNode root) {
    List<String> chain = List.of();
    Checks.unknownFields(
        ctx, chain, "", root, Fields.TOP_LEVEL, NONE, "a state machine", Fields.TOP_LEVEL);
    Checks.string(ctx, chain, "/Comment", "Comment", root.get("Comment"));
    Checks.string(ctx, chain, "/Version", "Version", root.get("Version"));
    Checks.integerField(
        ctx, chain, "/TimeoutSeconds", "TimeoutSeconds", root.get("TimeoutSeconds"), 1, MAX_SECONDS,
        false);
  }

  /**
   * Fields of a scope (the state machine, a branch, an item processor) other than StartAt.
   *
   * @param kind "state machine", "branch", "ItemProcessor" or "Iterator"
   * @return true when "States" is a non-empty object
   */
  static boolean checkScope(
      ValidationContext ctx, List<String> chain, String pointer, JsonNode scope, String kind) {
    if (!"state machine".equals(kind)) {
      Set<String> allowed = "branch".equals(kind) ? Fields.BRANCH : Fields.PROCESSOR;
      for (Iterator<String> it = scope.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if ("QueryLanguage".equals(key)) {
          ctx.report(
              chain,
              Pointers.child(pointer, key),
              "\"QueryLanguage\" cannot be set on "
                  + ("branch".equals(kind) ? "a Parallel branch" : "an " + q(kind))
                  + "; set it on the state machine or on each state.");
        } else if (!allowed.contains(key)) {
          String hint = Messages.didYouMean(key, allowed);
          ctx.report(
              chain,
              Pointers.child(pointer, key),
              "unknown field "
                  + q(key)
                  + " for "
                  + ("branch".equals(kind) ? "a Parallel branch" : "an " + q(kind))
                  + "."
                  + (hint.isEmpty() ? " Expected one of: " + Messages.list(allowed) + "." : hint));
        }
      }
      Checks.string(ctx, chain, pointer + "/Comment", "Comment", scope.get("Comment"));
    }
    JsonNode states = scope.get("States");
    if (states == null) {
      ctx.report(
          chain,
          pointer,
          "missing required field \"States\": the states of the "
              + kind
              + ", an object keyed by state name.");
      return false;
    }
    if (!states.isObject()) {
      ctx.report(
          chain,
          pointer + "/States",
          "\"States\" must be an object keyed by state name, but was " + Messages.value(states) + ".");
      return false;
    }
    if (states.isEmpty()) {
      ctx.report(
          chain, pointer + "/States", "\"States\" must contain at least one state, but was empty.");
      return false;
    }
    return true;
  }

  /**
   * Checks that a state is an object with a known Type and an acceptable name.
   *
   * @return the state's type, or null when it has none of the eight types
   */
  static String checkStateShape(
      ValidationContext ctx, List<String> chain, String name, String pointer, JsonNode node) {
    if (name.length() > MAX_STATE_NAME) {
      ctx.report(
          chain,
          pointer,
          "state name is too long: "
              + name.length()
              + " characters, at most "
              + MAX_STATE_NAME
              + " are allowed.");
    }
    if (name.isEmpty()) {
      ctx.report(chain, pointer, "state name is empty: a state needs a name of 1 to 80 characters.");
    }
    if (!node.isObject()) {
      ctx.report(
          chain,
          pointer,
          "a state must be an object with a \"Type\", but was " + Messages.value(node) + ".");
      return null;
    }
    JsonNode type = node.get("Type");
    if (type == null) {
      ctx.report(
          chain,
          pointer,
          "missing required field \"Type\". Expected one of: "
              + Messages.list(Fields.STATE_TYPES)
              + ".");
      return null;
    }
    if (type.isTextual() && Fields.STATE_TYPES.contains(type.textValue())) {
      return type.textValue();
    }
    ctx.report(
        chain,
        pointer + "/Type",
        (type.isTextual() ? "unknown state type " + q(type.textValue()) : "\"Type\" must be a string, but was " + Messages.value(type))
            + ". Expected one of: "
            + Messages.list(Fields.STATE_TYPES)
            + "."
            + (type.isTextual() ? Messages.didYouMean(type.textValue(), Fields.STATE_TYPES) : ""));
    return null;
  }

  /** Unknown fields and the field types of a state with a known type. */
  static void checkState(ValidationContext ctx, StateNode st) {
    Set<String> own = Fields.of(st.type(), st.jsonata());
    Set<String> union = Fields.any(st.type());
    // Fields of the other query language are QueryLanguageRules' business; Next and End are
    // TransitionRules'.
    List<String> suggest = new ArrayList<>(own);
    Checks.unknownFields(
        ctx, st.chain(), st.pointer(), st.node(), union, TRANSITION_FIELDS, st.article(), suggest);
    Checks.string(ctx, st.chain(), st.ptr("Comment"), "Comment", st.get("Comment"));
    if (st.has("Assign")) {
      checkAssign(ctx, st, st.ptr("Assign"), st.get("Assign"));
    }
    switch (st.type()) {
      case "Pass":
        if (!st.jsonata()) {
          Checks.object(ctx, st.chain(), st.ptr("Parameters"), "Parameters", st.get("Parameters"));
        }
        break;
      case "Task":
        checkTask(ctx, st);
        break;
      case "Wait":
        checkWait(ctx, st);
        break;
      case "Fail":
        checkFail(ctx, st);
        break;
      case "Parallel":
        checkParallel(ctx, st);
        break;
      default:
        break;
    }
  }

  private static void checkTask(ValidationContext ctx, StateNode st) {
    List<String> chain = st.chain();
    JsonNode resource = st.get("Resource");
    if (resource == null) {
      st.report(
          ctx,
          st.pointer(),
          "missing required field \"Resource\": a Task state needs the ARN of the work to run.");
    } else if (!resource.isTextual() || resource.textValue().isEmpty()) {
      st.reportField(
          ctx, "Resource", "\"Resource\" must be a non-empty string (an ARN), but was " + Messages.value(resource) + ".");
    }
    if (!st.jsonata()) {
      Checks.object(ctx, chain, st.ptr("Parameters"), "Parameters", st.get("Parameters"));
      Checks.object(ctx, chain, st.ptr("ResultSelector"), "ResultSelector", st.get("ResultSelector"));
    } else {
      checkArguments(ctx, st);
    }
    boolean expr = st.jsonata();
    Long timeout =
        Checks.integerField(
            ctx, chain, st.ptr("TimeoutSeconds"), "TimeoutSeconds", st.get("TimeoutSeconds"), 1,
            MAX_SECONDS, expr);
    Long heartbeat =
        Checks.integerField(
            ctx, chain, st.ptr("HeartbeatSeconds"), "HeartbeatSeconds", st.get("HeartbeatSeconds"),
            1, MAX_SECONDS, expr);
    Checks.exclusive(ctx, chain, st.pointer(), st.node(), "TimeoutSeconds", "TimeoutSecondsPath");
    Checks.exclusive(ctx, chain, st.pointer(), st.node(), "HeartbeatSeconds", "HeartbeatSecondsPath");
    if (timeout != null && heartbeat != null && heartbeat >= timeout) {
      st.reportField(
          ctx,
          "HeartbeatSeconds",
          "\"HeartbeatSeconds\" must be smaller than \"TimeoutSeconds\" ("
              + timeout
              + "), but was "
              + heartbeat
              + ".");
    }
    Checks.object(ctx, chain, st.ptr("Credentials"), "Credentials", st.get("Credentials"));
  }

  /** JSONata Arguments: an object or a JSONata expression. */
  static void checkArguments(ValidationContext ctx, StateNode st) {
    JsonNode args = st.get("Arguments");
    if (args != null && !args.isObject() && !Checks.isExpression(args)) {
      st.reportField(
          ctx,
          "Arguments",
          "\"Arguments\" must be an object or a JSONata expression \"{% ... %}\", but was "
              + Messages.value(args)
              + ".");
    }
  }

  private static void checkWait(ValidationContext ctx, StateNode st) {
    List<String> options =
        st.jsonata()
            ? List.of("Seconds", "Timestamp")
            : List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath");
    List<String> present = new ArrayList<>(2);
    for (String f : List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath")) {
      if (st.has(f)) {
        present.add(f);
      }
    }
    if (present.isEmpty()) {
      st.report(
          ctx,
          st.pointer(),
          "a Wait state needs exactly one of " + Messages.list(options) + ", but has none.");
    } else if (present.size() > 1) {
      st.report(
          ctx,
          st.pointer(),
          "a Wait state needs exactly one of "
              + Messages.list(options)
              + ", but has "
              + present.size()
              + ": "
              + Messages.list(present)
              + ".");
    }
    Checks.integerField(
        ctx, st.chain(), st.ptr("Seconds"), "Seconds", st.get("Seconds"), 0, MAX_SECONDS, st.jsonata());
    JsonNode ts = st.get("Timestamp");
    if (ts != null && !(st.jsonata() && Checks.isExpression(ts))) {
      if (!ts.isTextual() || !isTimestamp(ts.textValue())) {
        st.reportField(
            ctx,
            "Timestamp",
            "\"Timestamp\" must be an RFC 3339 timestamp like \"2016-03-14T01:59:00Z\""
                + (st.jsonata() ? " or a JSONata expression \"{% ... %}\"" : "")
                + ", but was "
                + Messages.value(ts)
                + ".");
      }
    }
  }

  /** RFC 3339 with an upper-case T and an offset (Z or +hh:mm). */
  static boolean isTimestamp(String text) {
    if (text.length() < 20 || text.charAt(10) != 'T') {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (Character.isLetter(last) && last != 'Z') {
      return false;
    }
    try {
      OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static void checkFail(ValidationContext ctx, StateNode st) {
    Checks.string(ctx, st.chain(), st.ptr("Error"), "Error", st.get("Error"));
    Checks.string(ctx, st.chain(), st.ptr("Cause"), "Cause", st.get("Cause"));
    Checks.exclusive(ctx, st.chain(), st.pointer(), st.node(), "Error", "ErrorPath");
    Checks.exclusive(ctx, st.chain(), st.pointer(), st.node(), "Cause", "CausePath");
  }

  private static void checkParallel(ValidationContext ctx, StateNode st) {
    if (!st.jsonata()) {
      Checks.object(ctx, st.chain(), st.ptr("Parameters"), "Parameters", st.get("Parameters"));
      Checks.object(
          ctx, st.chain(), st.ptr("ResultSelector"), "ResultSelector", st.get("ResultSelector"));
    } else {
      checkArguments(ctx, st);
    }
    JsonNode branches = st.get("Branches");
    if (branches == null) {
      st.report(
          ctx,
          st.pointer(),
          "missing required field \"Branches\": a Parallel state needs an array of branches, each with \"StartAt\" and \"States\".");
    } else if (!branches.isArray() || branches.isEmpty()) {
      st.reportField(
          ctx,
          "Branches",
          "\"Branches\" must be a non-empty array of branches, but was " + Messages.value(branches) + ".");
    } else {
      for (int i = 0; i < branches.size(); i++) {
        if (!branches.get(i).isObject()) {
          st.report(
              ctx,
              st.ptr("Branches") + "/" + i,
              "a branch must be an object with \"StartAt\" and \"States\", but was "
                  + Messages.value(branches.get(i))
                  + ".");
        }
      }
    }
  }

  /** Assign: an object whose keys are variable names ({@code .$} stripped in JSONPath). */
  static void checkAssign(ValidationContext ctx, StateNode st, String pointer, JsonNode assign) {
    if (assign == null) {
      return;
    }
    if (!assign.isObject()) {
      ctx.report(
          st.chain(),
          pointer,
          "\"Assign\" must be an object of variable names and values, but was "
              + Messages.value(assign)
              + ".");
      return;
    }
    for (Map.Entry<String, JsonNode> entry : assign.properties()) {
      String key = entry.getKey();
      String name = !st.jsonata() && key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
      String at = Pointers.child(pointer, key);
      if ("states".equals(name)) {
        ctx.report(st.chain(), at, "variable name \"states\" is reserved; choose another name.");
      } else if (!isIdentifier(name)) {
        ctx.report(
            st.chain(),
            at,
            "invalid variable name "
                + q(name)
                + ": a name starts with a letter or \"_\" and contains only letters, digits and \"_\".");
      } else if (name.codePointCount(0, name.length()) > MAX_VARIABLE_NAME) {
        ctx.report(
            st.chain(),
            at,
            "variable name is too long: "
                + name.codePointCount(0, name.length())
                + " characters, at most "
                + MAX_VARIABLE_NAME
                + " are allowed.");
      }
    }
  }

  /**
   * A variable name as AWS defines it (Unicode Standard Annex #31): an ID_Start character, then
   * ID_Continue characters. "_" is also accepted first, as in JavaScript identifiers, since AWS
   * describes its names as compatible with JavaScript's.
   */
  static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    int first = name.codePointAt(0);
    if (!(Character.isUnicodeIdentifierStart(first) || first == '_')) {
      return false;
    }
    for (int i = Character.charCount(first); i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

}
