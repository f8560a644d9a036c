package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.Messages.q;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.jsonata.Jsonata;
import io.github.sfntestkit.internal.jsonata.JsonataSyntaxException;
import io.github.sfntestkit.internal.load.Pointers;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * QueryLanguage values and mixing, fields that exist in only one query language, and the JSONata
 * expressions {@code {% ... %}} of JSONata states: their shape, and that they compile as AWS requires
 * (their evaluation is checked at run time).
 */
final class QueryLanguageRules {

  /** Fields of a JSONata state whose strings may be JSONata expressions. */
  private static final List<String> JSONATA_FIELDS =
      List.of(
          "Arguments", "Output", "Assign", "Items", "ItemSelector", "TimeoutSeconds",
          "HeartbeatSeconds", "Seconds", "Timestamp", "Error", "Cause", "MaxConcurrency",
          "ToleratedFailureCount", "ToleratedFailurePercentage", "Credentials", "ItemReader",
          "ItemBatcher", "ResultWriter", "Choices", "Catch");

  private QueryLanguageRules() {}

  /** Checks the top-level QueryLanguage; returns true when the machine uses JSONata. */
  static boolean checkTopLevel(ValidationContext ctx, JsonNode root) {
    JsonNode ql = root.get("QueryLanguage");
    String value =
        Checks.enumField(ctx, List.of(), "/QueryLanguage", "QueryLanguage", ql, Fields.QUERY_LANGUAGES);
    return "JSONata".equals(value);
  }

  /** Checks a state's QueryLanguage; returns whether the state's effective language is JSONata. */
  static boolean stateLanguage(
      ValidationContext ctx, List<String> chain, String pointer, JsonNode state) {
    JsonNode ql = state.get("QueryLanguage");
    if (ql == null) {
      return ctx.machineJsonata;
    }
    String at = pointer + "/QueryLanguage";
    String value = Checks.enumField(ctx, chain, at, "QueryLanguage", ql, Fields.QUERY_LANGUAGES);
    if (value == null) {
      return ctx.machineJsonata;
    }
    if (ctx.machineJsonata && "JSONPath".equals(value)) {
      ctx.report(
          chain,
          at,
          "a state cannot use \"QueryLanguage\": \"JSONPath\" when the state machine's \"QueryLanguage\" is \"JSONata\". Remove it, or set the top level to \"JSONPath\" and \"JSONata\" on the states that need it.");
      return true;
    }
    return "JSONata".equals(value);
  }

  static void checkState(ValidationContext ctx, StateNode st) {
    java.util.Set<String> union = Fields.any(st.type());
    for (Iterator<String> it = st.node().fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!union.contains(key)) {
        continue;
      }
      if (st.jsonata() && Fields.JSONPATH_ONLY.containsKey(key)) {
        String instead = Fields.JSONPATH_ONLY.get(key);
        if ("Parameters".equals(key)) {
          instead =
              "Map".equals(st.type())
                  ? "\"ItemSelector\""
                  : "Pass".equals(st.type()) ? "\"Output\"" : "\"Arguments\"";
        }
        st.reportField(
            ctx,
            key,
            q(key)
                + " is only valid in JSONPath states, but this "
                + st.type()
                + " state uses JSONata. Use "
                + instead
                + " instead.");
      } else if (!st.jsonata() && Fields.JSONATA_ONLY.containsKey(key)) {
        st.reportField(
            ctx,
            key,
            q(key)
                + " is only valid in JSONata states, but this "
                + st.type()
                + " state uses JSONPath. Use "
                + Fields.JSONATA_ONLY.get(key)
                + " instead, or set \"QueryLanguage\": \"JSONata\".");
      }
    }
    if (st.jsonata()) {
      for (String f : JSONATA_FIELDS) {
        JsonNode value = st.get(f);
        if (value != null) {
          expressions(ctx, st.chain(), st.ptr(f), f, value);
        }
      }
    }
  }

  /**
   * Reports every string under {@code node} that opens "{%" but is not a complete expression, and
   * every complete one that AWS refuses when the state machine is created: it does not parse as
   * JSONata 2.0.6 ({@code INVALID_JSONATA_EXPRESSION: ...}) or reads something AWS does not offer
   * ({@code UNSUPPORTED_JSONATA_EXPRESSION: ...}), in AWS's words.
   *
   * @param field the field as AWS names it in causes, e.g. {@code Arguments/items[2]}
   */
  static void expressions(
      ValidationContext ctx, List<String> chain, String pointer, String field, JsonNode node) {
    if (node.isTextual()) {
      String s = node.textValue();
      if (Jsonata.isExpression(s) && !s.substring(2, s.length() - 2).isBlank()) {
        try {
          Jsonata.compile(field, node);
        } catch (JsonataSyntaxException e) {
          ctx.report(chain, pointer, e.awsMessage());
        }
      } else if (s.startsWith("{%")) {
        if (!s.endsWith("%}") || s.length() < 4) {
          ctx.report(
              chain,
              pointer,
              "a JSONata expression must be written \"{% expression %}\", but was "
                  + Messages.value(node)
                  + ", which does not end with \"%}\".");
        } else if (s.substring(2, s.length() - 2).isBlank()) {
          ctx.report(
              chain,
              pointer,
              "empty JSONata expression: write an expression between \"{%\" and \"%}\".");
        }
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        expressions(
            ctx, chain, Pointers.child(pointer, e.getKey()), field + "/" + e.getKey(), e.getValue());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        expressions(ctx, chain, pointer + "/" + i, field + "[" + i + "]", node.get(i));
      }
    }
  }
}
