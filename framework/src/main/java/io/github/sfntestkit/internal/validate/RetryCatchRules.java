package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.Messages.q;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Retriers and Catchers: fields, ranges, error names, States.ALL alone and last. */
final class RetryCatchRules {

  static final long MAX_DELAY_SECONDS = 31_622_401L;

  private static final Set<String> RETRIER_FIELDS =
      Fields.set(
          "ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds",
          "JitterStrategy", "Comment");
  private static final Set<String> JSONPATH_CATCHER_FIELDS =
      Fields.set("ErrorEquals", "Next", "ResultPath", "Assign", "Comment");
  private static final Set<String> JSONATA_CATCHER_FIELDS =
      Fields.set("ErrorEquals", "Next", "Output", "Assign", "Comment");
  private static final Set<String> ANY_CATCHER_FIELDS =
      Fields.set("ErrorEquals", "Next", "ResultPath", "Output", "Assign", "Comment");

  private RetryCatchRules() {}

  static void checkState(ValidationContext ctx, StateNode st) {
    JsonNode retry = st.get("Retry");
    if (Checks.array(ctx, st.chain(), st.ptr("Retry"), "Retry", retry)) {
      for (int i = 0; i < retry.size(); i++) {
        retrier(ctx, st, retry, i);
      }
    }
    JsonNode catchers = st.get("Catch");
    if (Checks.array(ctx, st.chain(), st.ptr("Catch"), "Catch", catchers)) {
      for (int i = 0; i < catchers.size(); i++) {
        catcher(ctx, st, catchers, i);
      }
    }
  }

  private static void retrier(ValidationContext ctx, StateNode st, JsonNode all, int i) {
    String at = st.ptr("Retry") + "/" + i;
    JsonNode r = all.get(i);
    List<String> chain = st.chain();
    if (!r.isObject()) {
      ctx.report(chain, at, "a Retrier must be an object, but was " + Messages.value(r) + ".");
      return;
    }
    Checks.unknownFields(ctx, chain, at, r, RETRIER_FIELDS, Set.of(), "a Retrier", RETRIER_FIELDS);
    errorEquals(ctx, st, at, r, all, i, "Retrier");
    Checks.integerField(
        ctx, chain, at + "/IntervalSeconds", "IntervalSeconds", r.get("IntervalSeconds"), 1,
        StructureRules.MAX_SECONDS, false);
    Checks.integerField(
        ctx, chain, at + "/MaxAttempts", "MaxAttempts", r.get("MaxAttempts"), 0,
        StructureRules.MAX_SECONDS, false);
    Checks.integerField(
        ctx, chain, at + "/MaxDelaySeconds", "MaxDelaySeconds", r.get("MaxDelaySeconds"), 1,
        MAX_DELAY_SECONDS, false);
    Checks.numberField(
        ctx, chain, at + "/BackoffRate", "BackoffRate", r.get("BackoffRate"),
        "greater than or equal to 1.0", 1.0, Double.MAX_VALUE, false);
    Checks.enumField(
        ctx, chain, at + "/JitterStrategy", "JitterStrategy", r.get("JitterStrategy"),
        List.of("FULL", "NONE"));
    Checks.string(ctx, chain, at + "/Comment", "Comment", r.get("Comment"));
  }

  private static void catcher(ValidationContext ctx, StateNode st, JsonNode all, int i) {
    String at = st.ptr("Catch") + "/" + i;
    JsonNode c = all.get(i);
    List<String> chain = st.chain();
    if (!c.isObject()) {
      ctx.report(chain, at, "a Catcher must be an object, but was " + Messages.value(c) + ".");
      return;
    }
    Set<String> own = st.jsonata() ? JSONATA_CATCHER_FIELDS : JSONPATH_CATCHER_FIELDS;
    Checks.unknownFields(ctx, chain, at, c, ANY_CATCHER_FIELDS, Set.of(), "a Catcher", own);
    if (st.jsonata() && c.has("ResultPath")) {
      ctx.report(
          chain,
          at + "/ResultPath",
          "\"ResultPath\" is only valid in JSONPath states, but this "
              + st.type()
              + " state uses JSONata. Use \"Output\" and \"Assign\" in the Catcher instead.");
    }
    if (!st.jsonata() && c.has("Output")) {
      ctx.report(
          chain,
          at + "/Output",
          "\"Output\" is only valid in JSONata states, but this "
              + st.type()
              + " state uses JSONPath. Use \"ResultPath\" in the Catcher, or set \"QueryLanguage\": \"JSONata\".");
    }
    errorEquals(ctx, st, at, c, all, i, "Catcher");
    JsonNode next = c.get("Next");
    if (next == null) {
      ctx.report(
          chain,
          at,
          "missing required field \"Next\": a Catcher must name the state to go to when it catches an error.");
    }
    if (c.has("Assign")) {
      StructureRules.checkAssign(ctx, st, at + "/Assign", c.get("Assign"));
    }
    Checks.string(ctx, chain, at + "/Comment", "Comment", c.get("Comment"));
  }

  private static void errorEquals(
      ValidationContext ctx, StateNode st, String at, JsonNode r, JsonNode all, int i, String what) {
    List<String> chain = st.chain();
    JsonNode errors = r.get("ErrorEquals");
    String errorsAt = at + "/ErrorEquals";
    if (errors == null) {
      ctx.report(
          chain,
          at,
          "missing required field \"ErrorEquals\": a "
              + what
              + " needs a non-empty array of error names, such as [\"States.ALL\"].");
      return;
    }
    if (!errors.isArray() || errors.isEmpty()) {
      ctx.report(
          chain,
          errorsAt,
          "\"ErrorEquals\" must be a non-empty array of error names, but was "
              + Messages.value(errors)
              + ".");
      return;
    }
    boolean hasAll = false;
    List<String> others = new ArrayList<>();
    for (int j = 0; j < errors.size(); j++) {
      JsonNode e = errors.get(j);
      if (!e.isTextual()) {
        ctx.report(
            chain,
            errorsAt + "/" + j,
            "an error name must be a string, but was " + Messages.value(e) + ".");
        continue;
      }
      String name = e.textValue();
      if (ErrorNames.ALL.equals(name)) {
        hasAll = true;
      } else {
        others.add(name);
      }
    }
    if (hasAll) {
      boolean last = i == all.size() - 1;
      if (!last || !others.isEmpty()) {
        StringBuilder sb =
            new StringBuilder("\"States.ALL\" must be the only name in the last ")
                .append(what)
                .append("; here it is ");
        if (!last) {
          sb.append("in ").append(what).append(' ').append(i + 1).append(" of ").append(all.size());
          if (!others.isEmpty()) {
            sb.append(", ");
          }
        }
        if (!others.isEmpty()) {
          sb.append("next to ").append(Messages.list(others));
        }
        ctx.report(chain, errorsAt, sb.append('.').toString());
      }
    }
  }
}
