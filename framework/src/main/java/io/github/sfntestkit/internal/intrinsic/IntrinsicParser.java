package io.github.sfntestkit.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.PathExpr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses intrinsic call text into a {@link FunctionCall} tree. Grammar:
 *
 * <pre>
 * call     = "States." name *ws "(" *ws [ argument *( *ws "," *ws argument ) ] *ws ")"
 * argument = string / number / "true" / "false" / "null" / path / call
 * string   = "'" *( char / "\'" / "\{" / "\}" / "\\" ) "'"
 * </pre>
 *
 * Any other backslash sequence is an open escape and rejected. Arity is checked here, against the
 * function's declaration, so a compiled call always has a valid number of arguments.
 */
final class IntrinsicParser {
  /** AWS: "You can nest up to 10 intrinsic functions within a field." */
  static final int MAX_DEPTH = 10;

  private static final String PREFIX = "States.";
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final String text;
  private int pos;

  private IntrinsicParser(String text) {
    this.text = text;
  }

  static FunctionCall parse(String text) {
    if (text == null) {
      throw new IntrinsicSyntaxException("null", 1, "there is no text to parse");
    }
    IntrinsicParser parser = new IntrinsicParser(text);
    FunctionCall call = parser.call(1);
    parser.skipSpaces();
    if (parser.pos < text.length()) {
      throw parser.error(
          parser.pos,
          "unexpected text after the closing ')' of " + call.function().name() + ": '"
              + text.substring(parser.pos) + "'");
    }
    return new FunctionCall(call.function(), call.arguments(), text);
  }

  private FunctionCall call(int depth) {
    int start = pos;
    if (depth > MAX_DEPTH) {
      throw error(start, "intrinsic functions can be nested at most " + MAX_DEPTH + " deep");
    }
    if (!text.startsWith(PREFIX, pos)) {
      throw error(pos, "expected a function name starting with 'States.'");
    }
    int nameEnd = pos + PREFIX.length();
    while (nameEnd < text.length() && Character.isLetterOrDigit(text.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = text.substring(start, nameEnd);
    IntrinsicFunction function = IntrinsicRegistry.find(name);
    if (function == null) {
      throw error(start, IntrinsicRegistry.unknownFunction(name));
    }
    pos = nameEnd;
    skipSpaces();
    if (pos >= text.length() || text.charAt(pos) != '(') {
      throw error(pos, "expected '(' after " + name + " but found " + found());
    }
    int open = pos++;
    List<Argument> arguments = arguments(depth, open, name);
    String problem = ArgumentChecker.arityProblem(function, arguments.size());
    if (problem != null) {
      throw error(start, problem);
    }
    return new FunctionCall(function, arguments, text.substring(start, pos));
  }

  private List<Argument> arguments(int depth, int open, String name) {
    List<Argument> arguments = new ArrayList<>();
    skipSpaces();
    if (pos < text.length() && text.charAt(pos) == ')') {
      pos++;
      return arguments;
    }
    while (true) {
      arguments.add(argument(depth, open, name, arguments.size() + 1));
      skipSpaces();
      if (pos >= text.length()) {
        throw unclosed(open, name);
      }
      char c = text.charAt(pos);
      if (c == ')') {
        pos++;
        return arguments;
      }
      if (c != ',') {
        throw error(
            pos, "expected ',' or ')' after argument " + arguments.size() + " of " + name
                + " but found " + found());
      }
      pos++;
      skipSpaces();
    }
  }

  private Argument argument(int depth, int open, String name, int number) {
    if (pos >= text.length()) {
      throw unclosed(open, name);
    }
    char c = text.charAt(pos);
    if (c == '\'') {
      return string();
    }
    if (c == '$') {
      return path();
    }
    if (c == ',' || c == ')') {
      throw error(pos, "argument " + number + " of " + name + " is missing");
    }
    if (text.startsWith(PREFIX, pos)) {
      return call(depth + 1);
    }
    return bareLiteral();
  }

  private LiteralArgument string() {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    StringBuilder part = new StringBuilder();
    List<String> parts = new ArrayList<>();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\'') {
        pos++;
        parts.add(part.toString());
        return new LiteralArgument(
            Json.NODES.textNode(value.toString()), text.substring(start, pos), List.copyOf(parts));
      }
      if (c == '\\') {
        char escaped = escape();
        value.append(escaped);
        part.append(escaped);
        continue;
      }
      if (c == '{' && pos + 1 < text.length() && text.charAt(pos + 1) == '}') {
        value.append("{}");
        parts.add(part.toString());
        part.setLength(0);
        pos += 2;
        continue;
      }
      value.append(c);
      part.append(c);
      pos++;
    }
    throw error(start, "the string literal starting here is never closed (missing the closing ')");
  }

  /** Reads a backslash escape at {@code pos} and returns the character it stands for. */
  private char escape() {
    if (pos + 1 >= text.length()) {
      throw error(pos, "open escape: '\\' at the end of the text escapes nothing");
    }
    char next = text.charAt(pos + 1);
    if (next != '\'' && next != '{' && next != '}' && next != '\\') {
      throw error(
          pos, "open escape '\\" + next + "': only \\' \\{ \\} and \\\\ are escapes;"
              + " write \\\\ for a backslash");
    }
    pos += 2;
    return next;
  }

  private PathArgument path() {
    int start = pos;
    int brackets = 0;
    char quote = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (quote != 0) {
        if (c == '\\' && pos + 1 < text.length()) {
          pos++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (brackets > 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (c == '[') {
        brackets++;
      } else if (c == ']') {
        brackets--;
      } else if (brackets == 0 && (c == ',' || c == ')' || Character.isWhitespace(c))) {
        break;
      }
      pos++;
    }
    String source = text.substring(start, pos);
    if (brackets > 0 || quote != 0) {
      throw error(start, "the path '" + source + "' has an unclosed " + (quote != 0 ? "quote" : "'['"));
    }
    try {
      return new PathArgument(PathExpr.compile(source));
    } catch (IllegalArgumentException e) {
      throw error(start, "invalid path argument: " + e.getMessage());
    }
  }

  private LiteralArgument bareLiteral() {
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ',' || c == ')' || Character.isWhitespace(c)) {
        break;
      }
      pos++;
    }
    String token = text.substring(start, pos);
    JsonNode value = literalValue(token);
    if (value == null) {
      String hint = token.startsWith("\"") ? " (string literals use single quotes)" : "";
      throw error(
          start, "invalid argument '" + token + "'" + hint + ": expected a string in single quotes,"
              + " a number, true, false, null, a path starting with '$' or a States. call");
    }
    return new LiteralArgument(value, token, null);
  }

  private static JsonNode literalValue(String token) {
    switch (token) {
      case "true":
        return Json.NODES.booleanNode(true);
      case "false":
        return Json.NODES.booleanNode(false);
      case "null":
        return Json.NODES.nullNode();
      default:
        if (!NUMBER.matcher(token).matches()) {
          return null;
        }
        if (token.indexOf('.') < 0 && token.indexOf('e') < 0 && token.indexOf('E') < 0) {
          BigInteger integer = new BigInteger(token);
          return integer.bitLength() < 64
              ? Values.integer(integer.longValue())
              : Json.NODES.numberNode(integer);
        }
        return Json.NODES.numberNode(new BigDecimal(token));
    }
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private String found() {
    return pos >= text.length() ? "the end of the text" : "'" + text.charAt(pos) + "'";
  }

  private IntrinsicSyntaxException unclosed(int open, String name) {
    return error(open, "the '(' of " + name + " is never closed (missing ')')");
  }

  private IntrinsicSyntaxException error(int index, String problem) {
    return new IntrinsicSyntaxException(text, index + 1, problem);
  }
}
