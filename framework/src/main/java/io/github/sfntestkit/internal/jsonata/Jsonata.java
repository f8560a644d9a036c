package io.github.sfntestkit.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the JSONata adapter: recognises {@code "{% ... %}"} strings and compiles JSONata-mode
 * field values into {@link JsonataTemplate}s, with AWS's rules (JSONata 2.0.6: no {@code ?:}, {@code
 * ??}; no top-level field, {@code $} or {@code $$}; {@code $eval} unavailable; the Step Functions
 * functions added).
 */
public final class Jsonata {
  private static final String OPEN = "{%";
  private static final String CLOSE = "%}";

  private Jsonata() {}

  /**
   * True when a string field value is a JSONata template: it starts with {@code {%} and ends with
   * {@code %}} (no whitespace outside; whitespace inside is allowed).
   */
  public static boolean isExpression(String text) {
    return text != null && text.length() >= 4 && text.startsWith(OPEN) && text.endsWith(CLOSE);
  }

  /**
   * Compiles a field value in JSONata mode: a {@code "{% expr %}"} string becomes an expression;
   * objects and arrays are templates evaluated recursively; other values are literals.
   *
   * @throws JsonataSyntaxException when an expression does not parse or uses what AWS refuses
   */
  public static JsonataTemplate compile(JsonNode value) {
    return compile(null, value);
  }

  /**
   * As {@link #compile(JsonNode)}, naming the field (e.g. {@code "Output"}) so failure causes say
   * where the expression sits, as AWS does: {@code Output/result}, {@code Arguments/items[2]}.
   *
   * @throws JsonataSyntaxException when an expression does not parse or uses what AWS refuses
   */
  public static JsonataTemplate compile(String field, JsonNode value) {
    if (value == null || value.isMissingNode()) {
      throw new IllegalArgumentException("no value to compile for field " + field);
    }
    return node(field, value);
  }

  /** Compiles one expression text (without {@code {% %}}). */
  public static JsonataTemplate compileExpression(String field, String expression) {
    String source = expression.trim();
    Lexical lex = Lexical.scan(source);
    if (lex.newOperatorAt >= 0) {
      String op = source.substring(lex.newOperatorAt, lex.newOperatorAt + 2);
      throw new JsonataSyntaxException(
          JsonataSyntaxException.INVALID,
          source,
          lex.newOperatorAt + 1,
          "The symbol \"" + op.charAt(1) + "\" cannot be used as a unary operator",
          "(the JSONata 2.1 operator '" + op + "' is not available: AWS runs JSONata 2.0.6; use a ? b : c)");
    }
    com.dashjoin.jsonata.Jsonata parsed;
    try {
      parsed = com.dashjoin.jsonata.Jsonata.jsonata(source);
    } catch (JException e) {
      throw new JsonataSyntaxException(
          JsonataSyntaxException.INVALID, source, e.getLocation(), Causes.message(e, source));
    } catch (RuntimeException e) {
      throw new JsonataSyntaxException(
          JsonataSyntaxException.INVALID, source, -1, String.valueOf(e.getMessage()));
    }
    TopLevelRule.Reference ref = TopLevelRule.find(parsed);
    if (ref != null) {
      throw new JsonataSyntaxException(
          JsonataSyntaxException.UNSUPPORTED,
          source,
          ref.position,
          "Reference to '" + ref.name + "' at the top level is not supported.",
          "(read the input as $states.input, a variable as $name)");
    }
    return new ExpressionTemplate(source, field, parsed, lex.names);
  }

  /**
   * A QueryEvaluationError for a field whose value has the wrong JSON type, in AWS's words: "The
   * JSONata expression '$ItemsVar' specified for the field 'Items' returned an unexpected result type.
   * Expected 'array', but was 'boolean' for value: true".
   */
  public static StatesError unexpectedResultType(
      JsonataTemplate template, String expectedType, JsonNode value) {
    if (template instanceof ExpressionTemplate) {
      return ((ExpressionTemplate) template).unexpectedType(expectedType, value);
    }
    return new StatesError(
        ErrorNames.QUERY_EVALUATION_ERROR,
        "The value "
            + template
            + " has an unexpected type. Expected '"
            + expectedType
            + "', but was '"
            + Json.typeName(value)
            + "' for value: "
            + Json.write(value));
  }

  private static JsonataTemplate node(String field, JsonNode value) {
    if (value.isTextual() && isExpression(value.textValue())) {
      String text = value.textValue();
      return compileExpression(field, text.substring(OPEN.length(), text.length() - CLOSE.length()));
    }
    if (value.isObject()) {
      Map<String, JsonataTemplate> members = new LinkedHashMap<>();
      boolean literal = true;
      Iterator<Map.Entry<String, JsonNode>> it = value.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonataTemplate t = node(child(field, e.getKey()), e.getValue());
        literal &= t.isLiteral();
        members.put(e.getKey(), t);
      }
      return literal ? new LiteralTemplate(value.deepCopy()) : new ObjectTemplate(members);
    }
    if (value.isArray()) {
      List<JsonataTemplate> items = new ArrayList<>(value.size());
      boolean literal = true;
      for (int i = 0; i < value.size(); i++) {
        JsonataTemplate t = node((field == null ? "" : field) + "[" + i + "]", value.get(i));
        literal &= t.isLiteral();
        items.add(t);
      }
      return literal ? new LiteralTemplate(value.deepCopy()) : new ArrayTemplate(items);
    }
    return new LiteralTemplate(value.deepCopy());
  }

  private static String child(String field, String key) {
    return field == null ? key : field + "/" + key;
  }
}
