package io.github.sfntestkit.internal.jsonata;

import com.dashjoin.jsonata.JException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS's wording for a failed JSONata field (the part after "An error occurred while executing the
 * state 'X' (entered at the event id #N)."), and engine messages repaired to read as jsonata-js
 * writes them (the engine's catalogue says "Object" where jsonata-js says "function").
 */
final class Causes {
  private static final Pattern CODE = Pattern.compile("[A-Z]\\d{4}");
  private static final Pattern OBJECT_WORD = Pattern.compile("\\bObject\\b");
  private static final Pattern NUMBER_INPUT = Pattern.compile("For input string: \"(.*)\"");
  private static final String STACK =
      "Stack overflow error: Check for non-terminating recursive function. "
          + "Consider rewriting as tail-recursive.";
  private static final Set<String> SAYS_OBJECT_FOR_FUNCTION =
      Set.of(
          "D3001", "D3010", "D3011", "D3020", "D3040", "D3050", "D3060", "D3061", "D3070", "D3100",
          "D3110", "D3138", "D3139", "T1010", "T2006", "S0208");
  private static final Map<String, String> ARRAY_TYPES =
      Map.of(
          "a", "arrays", "b", "booleans", "f", "functions", "n", "numbers", "o", "objects", "s",
          "strings");

  private Causes() {}

  private static String subject(String expression, String field) {
    return "The JSONata expression '"
        + expression
        + "'"
        + (field == null ? "" : " specified for the field '" + field + "'");
  }

  static String undefined(String expression, String field) {
    return subject(expression, field) + " returned nothing (undefined).";
  }

  static String unsupportedType(String expression, String field) {
    return subject(expression, field) + " returned an unsupported result type.";
  }

  static String unexpectedType(String expression, String field, String expected, String actual, String value) {
    return subject(expression, field)
        + " returned an unexpected result type. Expected '"
        + expected
        + "', but was '"
        + actual
        + "' for value: "
        + value;
  }

  /** "... threw an error during evaluation. T2001: ..." or, without a code, "...: message". */
  static String threw(String expression, String field, Throwable error) {
    String prefix = subject(expression, field) + " threw an error during evaluation";
    if (error instanceof StackOverflowError) {
      return prefix + ": " + STACK;
    }
    if (error instanceof JException) {
      JException je = (JException) error;
      String code = je.getError();
      if (code != null && CODE.matcher(code).matches()) {
        return prefix + ". " + code + ": " + message(je, expression);
      }
      String text = code != null ? code : je.getMessage();
      return prefix + ": " + (text != null && text.startsWith("Stack overflow") ? STACK : text);
    }
    if (error instanceof NumberFormatException) {
      Matcher m = NUMBER_INPUT.matcher(String.valueOf(error.getMessage()));
      if (m.find()) {
        return prefix + ". D3030: Unable to cast value to a number: \"" + m.group(1) + "\"";
      }
    }
    String text = error.getMessage();
    return prefix + ": " + (text == null ? error.getClass().getSimpleName() : text);
  }

  /** The engine's message for a coded error, in jsonata-js words. */
  static String message(JException e, String expression) {
    String code = e.getError();
    switch (code) {
      case "T0410":
        return "Argument " + e.getCurrent() + " of function " + quoted(e.getExpected()) + " does not match function signature";
      case "T0411":
        return "Context value is not a compatible type with argument "
            + e.getCurrent()
            + " of function "
            + quoted(e.getExpected());
      case "T0412":
        String fn = functionAt(expression, e.getLocation());
        String type = ARRAY_TYPES.getOrDefault(String.valueOf(e.getExpected()), "values");
        return "Argument of function " + (fn == null ? "" : quoted(fn) + " ") + "must be an array of \"" + type + "\"";
      case "T1006":
        return "Attempted to invoke a non-function";
      default:
        String text = e.getMessage();
        if (text != null && text.startsWith("JSonataException ")) {
          text = text.substring("JSonataException ".length());
        }
        return SAYS_OBJECT_FOR_FUNCTION.contains(code) ? OBJECT_WORD.matcher(text).replaceAll("function") : text;
    }
  }

  private static String quoted(Object value) {
    return "\"" + value + "\"";
  }

  /** The {@code $name} of the call whose argument list ends near {@code location}, if any. */
  private static String functionAt(String expression, int location) {
    int open = Math.min(expression.length(), Math.max(0, location)) - 1;
    while (open >= 0 && expression.charAt(open) != '(') {
      open--;
    }
    int end = open;
    int start = end - 1;
    while (start >= 0 && (Character.isLetterOrDigit(expression.charAt(start)) || expression.charAt(start) == '_')) {
      start--;
    }
    if (open <= 0 || start < 0 || expression.charAt(start) != '$' || start + 1 >= end) {
      return null;
    }
    return expression.substring(start + 1, end);
  }
}
