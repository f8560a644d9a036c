package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.Messages.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Choices of a Choice state: rule shape, one comparison per rule, operand types, Next placement. */
final class ChoiceRules {

  /** What a comparison operator's operand must be. */
  private enum Operand {
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    TIMESTAMP("an RFC 3339 timestamp string like \"2016-03-14T01:59:00Z\""),
    PATH("a path");

    final String text;

    Operand(String text) {
      this.text = text;
    }
  }

  private static final Map<String, Operand> OPERATORS = new LinkedHashMap<>();

  static {
    for (String cmp : List.of("Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals")) {
      OPERATORS.put("String" + cmp, Operand.STRING);
      OPERATORS.put("String" + cmp + "Path", Operand.PATH);
      OPERATORS.put("Numeric" + cmp, Operand.NUMBER);
      OPERATORS.put("Numeric" + cmp + "Path", Operand.PATH);
      OPERATORS.put("Timestamp" + cmp, Operand.TIMESTAMP);
      OPERATORS.put("Timestamp" + cmp + "Path", Operand.PATH);
    }
    OPERATORS.put("BooleanEquals", Operand.BOOLEAN);
    OPERATORS.put("BooleanEqualsPath", Operand.PATH);
    OPERATORS.put("StringMatches", Operand.STRING);
    for (String test : List.of("IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp")) {
      OPERATORS.put(test, Operand.BOOLEAN);
    }
  }

  private static final List<String> COMBINATORS = List.of("And", "Or", "Not");

  /** Every field a JSONPath rule may have, for suggestions. */
  private static final Set<String> JSONPATH_RULE_FIELDS = new LinkedHashSet<>();

  private static final Set<String> JSONATA_RULE_FIELDS =
      Fields.set("Condition", "Next", "Comment", "Assign", "Output");

  static {
    JSONPATH_RULE_FIELDS.add("Variable");
    JSONPATH_RULE_FIELDS.addAll(OPERATORS.keySet());
    JSONPATH_RULE_FIELDS.addAll(COMBINATORS);
    JSONPATH_RULE_FIELDS.add("Next");
    JSONPATH_RULE_FIELDS.add("Comment");
    JSONPATH_RULE_FIELDS.add("Assign");
  }

  private ChoiceRules() {}

  static void checkState(ValidationContext ctx, StateNode st) {
    JsonNode choices = st.get("Choices");
    if (choices == null) {
      st.report(
          ctx,
          st.pointer(),
          "missing required field \"Choices\": a Choice state needs a non-empty array of rules.");
    } else if (!choices.isArray() || choices.isEmpty()) {
      st.reportField(
          ctx,
          "Choices",
          "\"Choices\" must be a non-empty array of rules, but was " + Messages.value(choices) + ".");
    } else {
      for (int i = 0; i < choices.size(); i++) {
        String at = st.ptr("Choices") + "/" + i;
        if (st.jsonata()) {
          jsonataRule(ctx, st, at, choices.get(i));
        } else {
          rule(ctx, st, at, choices.get(i), true, 0);
        }
      }
    }
  }

  private static void jsonataRule(ValidationContext ctx, StateNode st, String at, JsonNode rule) {
    if (!rule.isObject()) {
      ctx.report(
          st.chain(), at, "a Choice rule must be an object, but was " + Messages.value(rule) + ".");
      return;
    }
    for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (JSONATA_RULE_FIELDS.contains(key)) {
        continue;
      }
      String fieldAt = at + "/" + io.github.sfntestkit.internal.load.Pointers.escape(key);
      if (JSONPATH_RULE_FIELDS.contains(key)) {
        ctx.report(
            st.chain(),
            fieldAt,
            q(key)
                + " is only valid in JSONPath Choice rules, but this Choice state uses JSONata. Use \"Condition\" with a JSONata expression instead.");
      } else {
        String hint = Messages.didYouMean(key, JSONATA_RULE_FIELDS);
        ctx.report(
            st.chain(),
            fieldAt,
            "unknown field "
                + q(key)
                + " for a Choice rule."
                + (hint.isEmpty() ? " Expected one of: " + Messages.list(JSONATA_RULE_FIELDS) + "." : hint));
      }
    }
    JsonNode condition = rule.get("Condition");
    if (condition == null) {
      ctx.report(
          st.chain(),
          at,
          "missing required field \"Condition\": a JSONata Choice rule needs a JSONata expression \"{% ... %}\" or a boolean.");
    } else if (!condition.isBoolean() && !Checks.isExpression(condition)) {
      ctx.report(
          st.chain(),
          at + "/Condition",
          "\"Condition\" must be a JSONata expression \"{% ... %}\" or a boolean, but was "
              + Messages.value(condition)
              + ".");
    }
    checkNext(ctx, st, at, rule);
    if (rule.has("Assign")) {
      StructureRules.checkAssign(ctx, st, at + "/Assign", rule.get("Assign"));
    }
    Checks.string(ctx, st.chain(), at + "/Comment", "Comment", rule.get("Comment"));
  }

  private static void checkNext(ValidationContext ctx, StateNode st, String at, JsonNode rule) {
    JsonNode next = rule.get("Next");
    if (next == null) {
      ctx.report(
          st.chain(),
          at,
          "missing required field \"Next\": each rule of \"Choices\" must name the state to go to when it matches.");
    }
    // The target itself is checked by TransitionRules.
  }

  private static void rule(
      ValidationContext ctx, StateNode st, String at, JsonNode rule, boolean topLevel, int depth) {
    List<String> chain = st.chain();
    if (!rule.isObject()) {
      ctx.report(chain, at, "a Choice rule must be an object, but was " + Messages.value(rule) + ".");
      return;
    }
    List<String> operators = new ArrayList<>(1);
    boolean unknown = false;
    for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      String fieldAt = at + "/" + io.github.sfntestkit.internal.load.Pointers.escape(key);
      if (OPERATORS.containsKey(key) || COMBINATORS.contains(key)) {
        operators.add(key);
      } else if ("Next".equals(key) || "Assign".equals(key)) {
        if (!topLevel) {
          ctx.report(
              chain,
              fieldAt,
              q(key)
                  + " is only allowed in the rules directly under \"Choices\", not inside \"And\", \"Or\" or \"Not\".");
        }
      } else if ("Condition".equals(key) || "Output".equals(key)) {
        ctx.report(
            chain,
            fieldAt,
            q(key)
                + " is only valid in JSONata Choice rules, but this Choice state uses JSONPath. "
                + ("Condition".equals(key)
                    ? "Use \"Variable\" with a comparison operator, or set \"QueryLanguage\": \"JSONata\"."
                    : "Set \"QueryLanguage\": \"JSONata\" to use it."));
        unknown = true;
      } else if (!"Variable".equals(key) && !"Comment".equals(key)) {
        unknown = true;
        String hint = Messages.didYouMean(key, JSONPATH_RULE_FIELDS);
        ctx.report(
            chain,
            fieldAt,
            "unknown field "
                + q(key)
                + " for a Choice rule."
                + (hint.isEmpty()
                    ? " Expected \"Variable\" with one comparison operator such as \"StringEquals\", or \"And\", \"Or\", \"Not\"."
                    : hint));
      }
    }
    Checks.string(ctx, chain, at + "/Comment", "Comment", rule.get("Comment"));
    if (topLevel) {
      checkNext(ctx, st, at, rule);
      if (rule.has("Assign")) {
        StructureRules.checkAssign(ctx, st, at + "/Assign", rule.get("Assign"));
      }
    }
    if (operators.isEmpty()) {
      if (!unknown) {
        ctx.report(
            chain,
            at,
            "a Choice rule needs exactly one comparison operator (such as \"StringEquals\" or \"IsPresent\") or one of \"And\", \"Or\", \"Not\", but has none.");
      }
      return;
    }
    if (operators.size() > 1) {
      ctx.report(
          chain,
          at,
          "a Choice rule needs exactly one comparison operator or one of \"And\", \"Or\", \"Not\", but has "
              + operators.size()
              + ": "
              + Messages.list(operators)
              + ".");
      return;
    }
    String op = operators.get(0);
    JsonNode operand = rule.get(op);
    String opAt = at + "/" + op;
    JsonNode variable = rule.get("Variable");
    if (COMBINATORS.contains(op)) {
      if (variable != null) {
        ctx.report(
            chain,
            at + "/Variable",
            "\"Variable\" is not allowed next to " + q(op) + "; put it in the nested rules.");
      }
      if ("Not".equals(op)) {
        if (!operand.isObject()) {
          ctx.report(
              chain, opAt, "\"Not\" must be a single rule object, but was " + Messages.value(operand) + ".");
        } else {
          rule(ctx, st, opAt, operand, false, depth + 1);
        }
      } else if (!operand.isArray() || operand.isEmpty()) {
        ctx.report(
            chain,
            opAt,
            q(op) + " must be a non-empty array of rules, but was " + Messages.value(operand) + ".");
      } else {
        for (int i = 0; i < operand.size(); i++) {
          rule(ctx, st, opAt + "/" + i, operand.get(i), false, depth + 1);
        }
      }
      return;
    }
    if (variable == null) {
      ctx.report(
          chain,
          at,
          "missing required field \"Variable\": the "
              + q(op)
              + " comparison needs the path of the value to test.");
    } else {
      PathRules.path(ctx, chain, at + "/Variable", "Variable", variable, PathRules.Kind.PATH);
    }
    Operand kind = OPERATORS.get(op);
    switch (kind) {
      case PATH:
        PathRules.path(ctx, chain, opAt, op, operand, PathRules.Kind.PATH);
        break;
      case STRING:
        if (!operand.isTextual()) {
          typeProblem(ctx, chain, opAt, op, kind, operand);
        }
        break;
      case NUMBER:
        if (!operand.isNumber()) {
          typeProblem(ctx, chain, opAt, op, kind, operand);
        }
        break;
      case BOOLEAN:
        if (!operand.isBoolean()) {
          typeProblem(ctx, chain, opAt, op, kind, operand);
        }
        break;
      case TIMESTAMP:
        if (!operand.isTextual() || !StructureRules.isTimestamp(operand.textValue())) {
          typeProblem(ctx, chain, opAt, op, kind, operand);
        }
        break;
      default:
        break;
    }
  }

  private static void typeProblem(
      ValidationContext ctx, List<String> chain, String at, String op, Operand kind, JsonNode operand) {
    ctx.report(chain, at, q(op) + " must be " + kind.text + ", but was " + Messages.value(operand) + ".");
  }
}
