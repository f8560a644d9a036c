package io.github.sfntestkit.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.github.sfntestkit.internal.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled ASL path: {@code $...} over the state input, {@code $$...} over the context object, or
 * {@code $name...} over a workflow variable. Simple paths ({@code $.a.b[0]['c d']}) are navigated
 * directly; anything else, and every failure, goes through Jayway json-path, whose messages AWS quotes.
 */
public final class PathExpr {

  /** Where a path reads from. */
  public enum Root {
    INPUT,
    CONTEXT,
    VARIABLE
  }

  static final Configuration JAYWAY =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
          .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
          .build();

  private final String text;
  private final Root root;
  private final String variable;
  /** The path applied to the root value, always starting with {@code $}. */
  private final String relative;
  /** Steps of a simple path (String = field, Integer = index), or null when Jayway is needed. */
  private final Object[] steps;
  private final JsonPath compiled;

  private PathExpr(String text, Root root, String variable, String relative) {
    this.text = text;
    this.root = root;
    this.variable = variable;
    this.relative = relative;
    this.steps = SimplePath.parse(relative);
    this.compiled = compileJayway(text, relative);
  }

  /** A bare word compared in a filter ({@code [?(@.lang==es)]}), which AWS reads as a string. */
  private static final java.util.regex.Pattern BARE_FILTER_WORD = java.util.regex.Pattern.compile(
      "(==|!=|<=|>=|<|>)\\s*([A-Za-z_][A-Za-z0-9_-]*)(?=\\s*(\\)|&&|\\|\\|))");

  private static JsonPath compileJayway(String text, String relative) {
    try {
      return JsonPath.compile(relative);
    } catch (InvalidPathException | IllegalArgumentException | IndexOutOfBoundsException first) {
      String quoted = quoteBareFilterWords(relative);
      if (!quoted.equals(relative)) {
        try {
          return JsonPath.compile(quoted);
        } catch (InvalidPathException | IllegalArgumentException | IndexOutOfBoundsException e) {
          // report the original problem below
        }
      }
      throw new IllegalArgumentException("invalid JSONPath '" + text + "': " + first.getMessage(), first);
    }
  }

  static String quoteBareFilterWords(String path) {
    if (!path.contains("[?(")) {
      return path;
    }
    java.util.regex.Matcher m = BARE_FILTER_WORD.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = m.group(2);
      boolean keyword = word.equals("true") || word.equals("false") || word.equals("null");
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
          keyword ? m.group() : m.group(1) + "'" + word + "'"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Compiles a path.
   *
   * @throws IllegalArgumentException when the text is not a valid path
   */
  public static PathExpr compile(String text) {
    if (text == null || !text.startsWith("$")) {
      throw new IllegalArgumentException("a path must start with '$' but was '" + text + "'");
    }
    if (text.startsWith("$$")) {
      return new PathExpr(text, Root.CONTEXT, null, text.substring(1));
    }
    if (text.length() > 1 && isIdentifierChar(text.charAt(1))) {
      int end = 1;
      while (end < text.length() && isIdentifierChar(text.charAt(end))) {
        end++;
      }
      return new PathExpr(text, Root.VARIABLE, text.substring(1, end), "$" + text.substring(end));
    }
    return new PathExpr(text, Root.INPUT, null, text);
  }

  private static boolean isIdentifierChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  public String text() {
    return text;
  }

  public Root root() {
    return root;
  }

  /** The variable name for {@link Root#VARIABLE} paths, otherwise null. */
  public String variable() {
    return variable;
  }

  /** True when the path always selects at most one value (no wildcards, filters, slices, unions). */
  public boolean isDefinite() {
    return compiled.isDefinite();
  }

  /** True when the path is exactly {@code $} (or {@code $$}, or a bare variable). */
  public boolean isRoot() {
    return steps != null && steps.length == 0;
  }

  /**
   * Evaluates the path in a scope.
   *
   * @throws PathFailure when it selects nothing (definite paths) or the variable is not in scope
   */
  public JsonNode evaluate(Scope scope) {
    JsonNode doc;
    switch (root) {
      case CONTEXT:
        doc = scope.context();
        break;
      case VARIABLE:
        doc = scope.variable(variable);
        if (doc == null) {
          throw new PathFailure("The variable '" + variable + "' is not defined");
        }
        break;
      default:
        doc = scope.input();
    }
    return read(doc);
  }

  /** Applies the path (relative to its root) to a document. */
  public JsonNode read(JsonNode doc) {
    if (steps != null) {
      JsonNode found = SimplePath.navigate(doc, steps);
      if (found != null) {
        return found;
      }
    }
    try {
      Object result = compiled.read(doc, JAYWAY);
      if (result instanceof JsonNode) {
        return (JsonNode) result;
      }
      if (result instanceof List) {
        List<?> list = (List<?>) result;
        List<JsonNode> nodes = new ArrayList<>(list.size());
        for (Object o : list) {
          nodes.add(o instanceof JsonNode ? (JsonNode) o : Json.MAPPER.valueToTree(o));
        }
        return Json.NODES.arrayNode().addAll(nodes);
      }
      return result == null ? Json.NODES.nullNode() : Json.MAPPER.valueToTree(result);
    } catch (PathNotFoundException e) {
      if (!compiled.isDefinite()) {
        return Json.NODES.arrayNode();
      }
      throw new PathFailure(e.getMessage());
    } catch (RuntimeException e) {
      throw new PathFailure(String.valueOf(e.getMessage()));
    }
  }

  /** Like {@link #evaluate} but returns {@link MissingNode} instead of failing. */
  public JsonNode evaluateOrMissing(Scope scope) {
    try {
      return evaluate(scope);
    } catch (PathFailure e) {
      return MissingNode.getInstance();
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
