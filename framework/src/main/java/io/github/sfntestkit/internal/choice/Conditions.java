package io.github.sfntestkit.internal.choice;

import io.github.sfntestkit.internal.text.EditDistance;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.PathExpr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compiles JSONPath Choice rules ({@code Variable} + operator, or {@code And}/{@code Or}/{@code Not})
 * into {@link Condition} trees, once, when the definition is loaded: paths are compiled and literal
 * operands (timestamps included) are parsed here, so evaluation never re-parses a string.
 *
 * <p>Evaluation follows AWS: a value of the wrong type makes a comparison false; a {@code Variable} or
 * {@code ...Path} operand that selects nothing raises {@code States.Runtime} with the cause {@code
 * Invalid path '$.x': The choice state's condition path references an invalid value.}, except for
 * {@code IsPresent}, which is then false.
 */
public final class Conditions {
  private static final String VARIABLE = "Variable";
  private static final String COMMENT = "Comment";
  /** Fields of a top-level rule that belong to the Choice state, not to the condition. */
  private static final Set<String> TOP_LEVEL_FIELDS = Set.of("Next", "Assign", "Output");
  private static final List<String> LOGICAL = List.of("And", "Or", "Not");
  private static final String IS_PRESENT = "IsPresent";
  private static final String STRING_MATCHES = "StringMatches";
  private static final Set<String> OPERATORS = operators();

  private Conditions() {}

  /**
   * Compiles one Choice rule: a top-level rule (its {@code Next}, {@code Comment}, {@code Assign} and
   * {@code Output} are ignored) or a rule nested in {@code And}/{@code Or}/{@code Not}.
   *
   * @throws IllegalArgumentException when the rule is malformed; the message names the rule and what
   *     was expected
   */
  public static Condition compile(JsonNode rule) {
    return compile(rule, null);
  }

  /**
   * Every operator name a JSONPath Choice rule may use: {@code And}, {@code Or}, {@code Not}, the 32
   * comparisons, {@code StringMatches} and the six {@code Is...} tests.
   */
  public static Set<String> operatorNames() {
    return OPERATORS;
  }

  private static Set<String> operators() {
    Set<String> names = new LinkedHashSet<>(LOGICAL);
    for (String name : ComparisonOperator.names()) {
      names.add(name);
    }
    names.add(STRING_MATCHES);
    for (TypeTest.Kind kind : TypeTest.Kind.values()) {
      names.add(kind.operatorName());
    }
    names.add(IS_PRESENT);
    return Collections.unmodifiableSet(names);
  }

  /** @param parent {@code And}, {@code Or} or {@code Not} for a nested rule, null at the top level */
  private static Condition compile(JsonNode rule, String parent) {
    if (rule == null || !rule.isObject()) {
      throw new IllegalArgumentException(
          (parent == null ? "A Choice rule" : "A Choice rule inside \"" + parent + "\"")
              + " must be a JSON object but was "
              + typed(rule));
    }
    List<String> found = new ArrayList<>();
    for (Iterator<String> names = rule.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (OPERATORS.contains(name)) {
        found.add(name);
      } else if (TOP_LEVEL_FIELDS.contains(name)) {
        if (parent != null) {
          throw invalid(rule, "\"" + name + "\" is only allowed in a top-level rule, not inside \""
              + parent + "\".");
        }
      } else if (!name.equals(VARIABLE) && !name.equals(COMMENT)) {
        throw invalid(rule, unknownField(name));
      }
    }
    if (found.isEmpty()) {
      throw invalid(rule, "no operator. Expected \"And\", \"Or\", \"Not\", or \"Variable\" with a"
          + " comparison such as \"StringEquals\" or \"IsPresent\".");
    }
    if (found.size() > 1) {
      throw invalid(rule, found.size() + " operators (" + String.join(", ", found)
          + "). Expected exactly one; combine comparisons with \"And\" or \"Or\".");
    }
    String operator = found.get(0);
    if (LOGICAL.contains(operator)) {
      if (rule.has(VARIABLE)) {
        throw invalid(rule, "\"Variable\" is not allowed next to \"" + operator
            + "\"; put it in the nested rules.");
      }
      return logical(rule, operator);
    }
    if (!rule.has(VARIABLE)) {
      throw invalid(rule, "\"" + operator + "\" needs a \"Variable\" with the path to test.");
    }
    return dataTest(rule, path(rule, VARIABLE), operator);
  }

  private static Condition logical(JsonNode rule, String operator) {
    JsonNode operand = rule.get(operator);
    if (operator.equals("Not")) {
      return new Negation(compile(operand, operator));
    }
    if (!operand.isArray() || operand.isEmpty()) {
      throw invalid(rule, "\"" + operator + "\" needs a non-empty array of Choice rules but was "
          + typed(operand) + ".");
    }
    List<Condition> operands = new ArrayList<>(operand.size());
    for (JsonNode nested : operand) {
      operands.add(compile(nested, operator));
    }
    return operator.equals("And") ? Junction.and(operands) : Junction.or(operands);
  }

  private static Condition dataTest(JsonNode rule, PathExpr variable, String operator) {
    JsonNode operand = rule.get(operator);
    ComparisonOperator comparison = ComparisonOperator.named(operator);
    if (comparison != null) {
      return new Comparison(variable, comparison, operand(rule, comparison));
    }
    if (operator.equals(STRING_MATCHES)) {
      if (!operand.isTextual()) {
        throw invalid(rule, "\"StringMatches\" needs a string pattern but was " + typed(operand) + ".");
      }
      return new StringMatch(variable, WildcardPattern.compile(operand.textValue()));
    }
    if (!operand.isBoolean()) {
      throw invalid(rule, "\"" + operator + "\" needs true or false but was " + typed(operand) + ".");
    }
    if (operator.equals(IS_PRESENT)) {
      return new PresenceTest(variable, operand.booleanValue());
    }
    return new TypeTest(variable, TypeTest.Kind.named(operator), operand.booleanValue());
  }

  private static Operand operand(JsonNode rule, ComparisonOperator operator) {
    if (operator.isPath()) {
      return Operand.path(path(rule, operator.name()), operator.type());
    }
    JsonNode literal = rule.get(operator.name());
    Comparable<?> key = operator.type().key(literal);
    if (key == null) {
      throw invalid(rule, "\"" + operator + "\" needs " + operator.type().description() + " but was "
          + typed(literal) + ".");
    }
    return Operand.literal(literal, key);
  }

  private static PathExpr path(JsonNode rule, String field) {
    JsonNode text = rule.get(field);
    if (!text.isTextual()) {
      throw invalid(rule, "\"" + field + "\" needs a path such as \"$.value\" but was "
          + typed(text) + ".");
    }
    try {
      return PathExpr.compile(text.textValue());
    } catch (IllegalArgumentException e) {
      throw invalid(rule, "\"" + field + "\" is not a valid path: " + e.getMessage() + ".");
    }
  }

  private static String unknownField(String name) {
    String message = "unknown field \"" + name + "\".";
    if (name.equals("Condition")) {
      return message + " \"Condition\" belongs to JSONata rules; a JSONPath rule uses \"Variable\""
          + " and an operator such as \"StringEquals\".";
    }
    String closest = closest(name);
    return closest == null ? message : message + " Did you mean \"" + closest + "\"?";
  }

  /**
   * The known field nearest to a misspelt one: case-insensitive edit distance of at most a quarter of
   * its length (at least 1, at most 3), so "NumericEqual" suggests "NumericEquals" but "Foo" nothing.
   */
  private static String closest(String name) {
    List<String> candidates = new ArrayList<>(OPERATORS);
    candidates.add(VARIABLE);
    candidates.add(COMMENT);
    candidates.addAll(TOP_LEVEL_FIELDS);
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Math.min(3, Math.max(1, name.length() / 4)) + 1;
    for (String candidate : candidates) {
      int distance = EditDistance.distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }


  private static IllegalArgumentException invalid(JsonNode rule, String problem) {
    return new IllegalArgumentException("Choice rule " + Json.quote(rule) + ": " + problem);
  }

  /** A value with its JSON type, cut for messages: {@code string "3"}, {@code number 3}. */
  private static String typed(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "missing";
    }
    if (value.isNull()) {
      return "null";
    }
    return Json.typeName(value) + " " + Json.quote(value);
  }
}
