package io.github.sfntestkit.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place that checks intrinsic arguments against their declarations: arity when a call is
 * compiled ({@link IntrinsicSyntaxException}), types and constraints when it runs
 * ({@code States.IntrinsicFailure}). Every arity, type and constraint message comes from here.
 */
final class ArgumentChecker {
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private ArgumentChecker() {}

  /** Returns null when {@code count} arguments suit the function, otherwise the problem. */
  static String arityProblem(IntrinsicFunction function, int count) {
    List<Param> params = function.params();
    int required = (int) params.stream().filter(p -> !p.optional && !p.variadic).count();
    boolean variadic = !params.isEmpty() && params.get(params.size() - 1).variadic;
    int maximum = variadic ? Integer.MAX_VALUE : params.size();
    if (count >= required && count <= maximum) {
      return null;
    }
    return function.name() + " takes " + expectedCount(required, params.size(), variadic)
        + signature(params) + " but was given " + count;
  }

  private static String expectedCount(int required, int declared, boolean variadic) {
    if (variadic) {
      return "at least " + plural(required);
    }
    if (declared == 0) {
      return "no arguments";
    }
    return required == declared ? plural(required) : required + " or " + plural(declared);
  }

  private static String plural(int n) {
    return n + (n == 1 ? " argument" : " arguments");
  }

  private static String signature(List<Param> params) {
    if (params.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(" (");
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      String sep = i == 0 ? "" : ", ";
      text.append(p.optional ? "[" + sep : sep).append(p.name);
      text.append(p.variadic ? "..." : "").append(p.optional ? "]" : "");
    }
    return text.append(')').toString();
  }

  /**
   * Checks evaluated arguments against the declared parameters and converts integer arguments.
   *
   * @throws io.github.sfntestkit.internal.runtime.StatesError {@code States.IntrinsicFailure}
   */
  static Args check(
      IntrinsicFunction function, List<JsonNode> values, List<Argument> sources, Scope scope) {
    long[] integers = new long[values.size()];
    for (int i = 0; i < values.size(); i++) {
      Param param = paramAt(function.params(), i);
      JsonNode value = values.get(i);
      if (!param.type.accepts(value)) {
        throw Args.failure(
            function, describe(i, param) + " must be " + param.type.description() + " but was "
                + found(value));
      }
      if (param.type == ArgType.INTEGER) {
        integers[i] = integer(function, i, param, value);
      } else if (param.type == ArgType.STRING) {
        checkString(function, i, param, value.textValue());
      }
    }
    return new Args(function, values, integers, sources, scope);
  }

  private static Param paramAt(List<Param> params, int index) {
    return index < params.size() ? params.get(index) : params.get(params.size() - 1);
  }

  private static String describe(int index, Param param) {
    return "argument " + (index + 1) + " (" + param.name + ")";
  }

  /** "null", or the type with its article and the quoted value: {@code a string: "abc"}. */
  private static String found(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    String type = Json.typeName(value);
    return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type + ": "
        + Json.quote(value);
  }

  private static long integer(IntrinsicFunction function, int index, Param param, JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      long v = value.longValue();
      if (v >= param.min && v <= param.max) {
        return v;
      }
    }
    BigDecimal rounded = Values.roundHalfUp(value.decimalValue());
    if (rounded.compareTo(LONG_MIN) < 0
        || rounded.compareTo(LONG_MAX) > 0
        || rounded.longValueExact() < param.min
        || rounded.longValueExact() > param.max) {
      throw Args.failure(
          function, describe(index, param) + " must be " + range(param) + " but was "
              + Json.quote(value));
    }
    return rounded.longValueExact();
  }

  private static String range(Param param) {
    if (param.max == Long.MAX_VALUE && param.min != Long.MIN_VALUE) {
      return "an integer of at least " + param.min;
    }
    return "an integer between " + param.min + " and " + param.max;
  }

  private static void checkString(IntrinsicFunction function, int index, Param param, String text) {
    if (param.maxLength >= 0) {
      int length = text.codePointCount(0, text.length());
      if (length > param.maxLength) {
        throw Args.failure(
            function, describe(index, param) + " must have at most " + param.maxLength
                + " characters but has " + length);
      }
    }
    if (!param.allowed.isEmpty() && !param.allowed.contains(text)) {
      throw Args.failure(
          function, describe(index, param) + " must be one of "
              + param.allowed.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "))
              + " but was " + Json.quote(Json.NODES.textNode(text)));
    }
  }
}
