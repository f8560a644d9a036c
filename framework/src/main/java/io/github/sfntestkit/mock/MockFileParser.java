package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.load.Pointers;
import io.github.sfntestkit.internal.load.SourceLocation;
import io.github.sfntestkit.internal.text.Phrases;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a mock file's tree and turns it into {@link MockFileModel} values, collecting every problem
 * (with its line and column) before failing. The key lists here are the format: the JSON Schema in
 * {@code docs/schemas/mock-file.schema.json} is tested against them.
 */
final class MockFileParser {
  static final List<String> TOP_KEYS = List.of("$schema", "mocks", "inject");
  static final List<String> MATCHER_KEYS = List.of("task", "resource", "lambda", "activity");
  static final List<String> REPLY_KEYS = List.of("returns", "returnsPayload", "throws", "neverAnswers", "callback");
  static final List<String> MODIFIER_KEYS = List.of("times", "after");
  static final List<String> ANSWER_KEYS = concat(REPLY_KEYS, MODIFIER_KEYS);
  static final List<String> MOCK_KEYS = concat(MATCHER_KEYS, List.of("answers"), ANSWER_KEYS);
  static final List<String> THROWS_KEYS = List.of("error", "cause");
  static final List<String> CALLBACK_KEYS = List.of("after", "heartbeats", "returns");
  static final List<String> INJECTION_KEYS = List.of("into", "failure", "onCall", "onCalls");
  static final List<String> FAILURE_KINDS = List.of("error", "timeout", "throttling");
  static final List<String> FAILURE_KEYS = List.of("error", "cause", "timeout", "throttling");

  /** Spellings from the Java DSL and MockConfigFile that mean a key of this format. */
  private static final Map<String, List<String>> HINTS = new HashMap<>();

  static {
    hint("throwsError", "throws");
    hint("thenThrows", "throws");
    hint("throw", "throws", "error");
    hint("thenReturns", "returns");
    hint("return", "returns");
    hint("result", "returns");
    hint("thenReturnsPayload", "returnsPayload");
    hint("payload", "returnsPayload");
    hint("thenNeverAnswers", "neverAnswers");
    hint("never", "neverAnswers");
    hint("state", "task", "into");
    hint("stateName", "task", "into");
    hint("function", "lambda");
    hint("functionName", "lambda");
    hint("arn", "resource");
    hint("answer", "answers");
    hint("latency", "after");
    hint("delay", "after");
    hint("heartbeat", "heartbeats");
    hint("count", "times");
    hint("calls", "onCalls");
    hint("call", "onCall");
    hint("injections", "inject");
    hint("message", "cause");
    hint("Error", "error");
    hint("Cause", "cause");
  }


  private final MockFileReader.Tree tree;
  private final String source;
  private final List<MockFileProblem> problems = new ArrayList<>();
  private final List<MockFileModel.Mock> mocks = new ArrayList<>();
  private final List<MockFileModel.Injection> injections = new ArrayList<>();
  private final Map<String, String> mocked = new HashMap<>();

  private MockFileParser(MockFileReader.Tree tree, String source) {
    this.tree = tree;
    this.source = source;
  }

  /** Parses text into a mock file. */
  static MockFile parse(String text, String source) {
    MockFileParser p = new MockFileParser(MockFileReader.read(text, source), source);
    p.top();
    if (!p.problems.isEmpty()) {
      throw new MockFileException(source, p.problems);
    }
    return new MockFile(source, p.mocks, p.injections);
  }

  // ---- top level

  private void top() {
    JsonNode root = tree.root();
    String label = "Mock file";
    if (!root.isObject()) {
      valueProblem(label, "", "a mock file must be an object with \"mocks\" and/or \"inject\"; found "
          + found(root) + ".");
      return;
    }
    Set<String> suggested = unknownKeys(root, "", label, TOP_KEYS, "the mock file");
    JsonNode schema = root.get("$schema");
    if (schema != null && !schema.isTextual()) {
      valueProblem(label, "/$schema", "\"$schema\" must be a string (the schema's URL or path); found "
          + found(schema) + ".");
    }
    JsonNode list = root.get("mocks");
    JsonNode inject = root.get("inject");
    if (list == null && inject == null && !any(suggested, TOP_KEYS)) {
      valueProblem(label, "", "the mock file has neither \"mocks\" nor \"inject\": add a list of mocks under \"mocks\".");
    }
    if (list != null && isList(list, "/mocks", label, "mocks", "a list of mocks")) {
      for (int i = 0; i < list.size(); i++) {
        mock(list.get(i), "/mocks/" + i, i);
      }
    }
    if (inject != null && isList(inject, "/inject", label, "inject", "a list of injections")) {
      for (int i = 0; i < inject.size(); i++) {
        injection(inject.get(i), "/inject/" + i, i);
      }
    }
  }

  // ---- mocks

  private void mock(JsonNode node, String at, int index) {
    String label = mockLabel(node, index);
    if (!node.isObject()) {
      valueProblem(label, at, "a mock must be an object such as {\"task\": \"ChargeCard\", \"returns\": {}}; found "
          + found(node) + ".");
      return;
    }
    Set<String> suggested = unknownKeys(node, at, label, MOCK_KEYS, "a mock");
    String matcher = matcher(node, at, label, any(suggested, MATCHER_KEYS));
    String value = matcher == null ? null : text(node, at, label, matcher, matcherMeaning(matcher));
    List<String> inline = present(node, REPLY_KEYS);
    JsonNode answers = node.get("answers");
    List<MockFileModel.Step> steps = new ArrayList<>();
    if (answers != null) {
      for (String key : present(node, ANSWER_KEYS)) {
        keyProblem(label, child(at, key), REPLY_KEYS.contains(key)
            ? "a mock has either \"answers\" (a sequence) or one answer inline; found \"answers\" and " + q(key)
                + ". Move " + q(key) + " into an entry of \"answers\"."
            : q(key) + " belongs to an answer inside \"answers\", not to the mock.");
      }
      if (isList(answers, child(at, "answers"), label, "answers", "a list of answers")) {
        if (answers.isEmpty()) {
          valueProblem(label, child(at, "answers"), "\"answers\" is empty: add at least one answer, such as {\"returns\": {}}.");
        }
        for (int i = 0; i < answers.size(); i++) {
          MockFileModel.Step step = answer(answers.get(i), child(child(at, "answers"), i), label, true);
          if (step != null) {
            steps.add(step);
          }
        }
      }
    } else if (inline.isEmpty()) {
      if (!any(suggested, concat(REPLY_KEYS, List.of("answers")))) {
        valueProblem(label, at, "a mock needs an answer: \"answers\" with a list, or one of " + or(REPLY_KEYS) + ".");
      }
    } else {
      MockFileModel.Step step = answer(node, at, label, false);
      if (step != null) {
        steps.add(step);
      }
    }
    if (matcher != null && value != null) {
      String previous = mocked.putIfAbsent(matcher + " " + value, at);
      if (previous != null) {
        SourceLocation first = tree.value(previous);
        valueProblem(label, at, matcher + " " + q(value) + " is already mocked at " + previous
            + (first.line() > 0 ? " (line " + first.line() + ")" : "")
            + "; this mock would hide it. Put all its answers in one \"answers\" list.");
      }
      if (!steps.isEmpty() && steps.size() == stepCount(node)) {
        mocks.add(new MockFileModel.Mock(matcher, value, steps));
      }
    }
  }

  private static int stepCount(JsonNode mock) {
    JsonNode answers = mock.get("answers");
    return answers == null ? 1 : answers.size();
  }

  private String matcher(JsonNode node, String at, String label, boolean misspelt) {
    List<String> keys = present(node, MATCHER_KEYS);
    if (keys.isEmpty()) {
      if (!misspelt) {
        valueProblem(label, at, "a mock needs one of " + or(MATCHER_KEYS) + " to say which calls it answers.");
      }
      return null;
    }
    for (int i = 1; i < keys.size(); i++) {
      keyProblem(label, child(at, keys.get(i)), "a mock answers the calls of one " + or(MATCHER_KEYS)
          + "; found both " + q(keys.get(0)) + " and " + q(keys.get(i)) + ". Split it into two mocks.");
    }
    return keys.size() == 1 ? keys.get(0) : null;
  }

  private static String matcherMeaning(String key) {
    switch (key) {
      case "task":
        return "the Task state's name";
      case "resource":
        return "a resource ARN, optionally ending in *";
      case "lambda":
        return "a Lambda function name or ARN";
      default:
        return "an activity ARN";
    }
  }

  private String mockLabel(JsonNode node, int index) {
    if (node.isObject()) {
      List<String> keys = present(node, MATCHER_KEYS);
      if (keys.size() == 1 && node.get(keys.get(0)).isTextual()) {
        return "Mock " + keys.get(0) + " " + q(node.get(keys.get(0)).textValue());
      }
    }
    return "Mock #" + (index + 1);
  }

  // ---- answers

  /** An answer: an entry of "answers" ({@code entry}) or the mock itself holding one answer inline. */
  private MockFileModel.Step answer(JsonNode node, String at, String label, boolean entry) {
    if (!node.isObject()) {
      valueProblem(label, at, "an answer must be an object such as {\"returns\": {}}; found " + found(node) + ".");
      return null;
    }
    Set<String> suggested = entry ? unknownKeys(node, at, label, ANSWER_KEYS, "an answer") : Set.of();
    List<String> kinds = present(node, REPLY_KEYS);
    if (kinds.isEmpty()) {
      if (!any(suggested, REPLY_KEYS)) {
        valueProblem(label, at, "an answer needs one of " + or(REPLY_KEYS) + ".");
      }
      return null;
    }
    for (int i = 1; i < kinds.size(); i++) {
      keyProblem(label, child(at, kinds.get(i)), "an answer is one of " + or(REPLY_KEYS) + "; found both "
          + q(kinds.get(0)) + " and " + q(kinds.get(i)) + ". Put each in its own entry of \"answers\" to answer in sequence.");
    }
    int before = problems.size();
    String kind = kinds.get(0);
    MockFileModel.Reply reply = reply(kind, node.get(kind), child(at, kind), label);
    int times = 1;
    if (node.has("times")) {
      times = positive(node.get("times"), child(at, "times"), label, "\"times\" must be a whole number, 1 or more");
    }
    Duration after = null;
    if (node.has("after")) {
      if (kind.equals("callback")) {
        keyProblem(label, child(at, "after"), "\"after\" does not apply to \"callback\": the callback's own \"after\" says when it answers.");
      } else {
        after = duration(node.get("after"), child(at, "after"), label, "after");
      }
    }
    return problems.size() == before && kinds.size() == 1 ? new MockFileModel.Step(reply, times, after) : null;
  }

  private MockFileModel.Reply reply(String kind, JsonNode v, String at, String label) {
    switch (kind) {
      case "returns":
        return new MockFileModel.Returns(v);
      case "returnsPayload":
        return new MockFileModel.ReturnsPayload(v);
      case "neverAnswers":
        if (!v.isBoolean() || !v.booleanValue()) {
          valueProblem(label, at, "\"neverAnswers\" must be true; found " + found(v) + ". Leave it out to give another answer.");
        }
        return new MockFileModel.NeverAnswers();
      case "throws":
        return throwsReply(v, at, label);
      default:
        return callback(v, at, label);
    }
  }

  private MockFileModel.Reply throwsReply(JsonNode v, String at, String label) {
    if (!v.isObject()) {
      valueProblem(label, at, "\"throws\" must be an object with \"error\" and, optionally, \"cause\"; found " + found(v)
          + (v.isTextual() ? ". Did you mean {\"error\": " + q(v.textValue()) + "}?" : "."));
      return null;
    }
    Set<String> suggested = unknownKeys(v, at, label, THROWS_KEYS, "\"throws\"");
    String error = null;
    if (!v.has("error") && !suggested.contains("error")) {
      valueProblem(label, at, "\"throws\" needs \"error\": the error name that Retry and Catch match.");
    } else if (v.has("error")) {
      error = text(v, at, label, "error", "an error name such as \"Payment.Declined\"");
    }
    String cause = v.has("cause") ? string(v, at, label, "cause") : null;
    return new MockFileModel.Throws(error, cause);
  }

  private MockFileModel.Reply callback(JsonNode v, String at, String label) {
    if (!v.isObject()) {
      valueProblem(label, at, "\"callback\" must be an object with \"after\", \"returns\" and, optionally, \"heartbeats\"; found "
          + found(v) + ".");
      return null;
    }
    Set<String> suggested = unknownKeys(v, at, label, CALLBACK_KEYS, "\"callback\"");
    Duration answerAt = null;
    if (!v.has("after") && !suggested.contains("after")) {
      valueProblem(label, at, "\"callback\" needs \"after\": when the answer comes, such as \"PT1H\".");
    } else if (v.has("after")) {
      answerAt = duration(v.get("after"), child(at, "after"), label, "after");
    }
    if (!v.has("returns") && !suggested.contains("returns")) {
      valueProblem(label, at, "\"callback\" needs \"returns\": the result the callback sends.");
    }
    List<Duration> beats = new ArrayList<>();
    JsonNode hb = v.get("heartbeats");
    if (hb != null && isList(hb, child(at, "heartbeats"), label, "heartbeats", "a list of durations such as [\"PT10M\", \"PT20M\"]")) {
      for (int i = 0; i < hb.size(); i++) {
        String p = child(child(at, "heartbeats"), i);
        Duration d = duration(hb.get(i), p, label, "heartbeats");
        if (d != null && answerAt != null && d.compareTo(answerAt) > 0) {
          valueProblem(label, p, "heartbeat " + q(d.toString()) + " comes after the answer at " + q(answerAt.toString())
              + " and would never be sent.");
        }
        beats.add(d);
      }
    }
    return new MockFileModel.Callback(answerAt, v.get("returns"), beats);
  }

  // ---- injections

  private void injection(JsonNode node, String at, int index) {
    String label = node.isObject() && node.path("into").isTextual()
        ? "Injection into " + q(node.get("into").textValue()) : "Injection #" + (index + 1);
    if (!node.isObject()) {
      valueProblem(label, at, "an injection must be an object such as {\"into\": \"Notify\", \"failure\": {\"timeout\": true}}; found "
          + found(node) + ".");
      return;
    }
    int before = problems.size();
    Set<String> suggested = unknownKeys(node, at, label, INJECTION_KEYS, "an injection");
    String into = null;
    if (!node.has("into") && !suggested.contains("into")) {
      valueProblem(label, at, "an injection needs \"into\": the name of the Task state to fail.");
    } else if (node.has("into")) {
      into = text(node, at, label, "into", "the Task state's name");
    }
    String[] failure = null;
    if (!node.has("failure") && !suggested.contains("failure")) {
      valueProblem(label, at, "an injection needs \"failure\": {\"error\": ..., \"cause\": ...}, {\"timeout\": true} or {\"throttling\": true}.");
    } else if (node.has("failure")) {
      failure = failure(node.get("failure"), child(at, "failure"), label);
    }
    List<int[]> calls = new ArrayList<>();
    if (node.has("onCall") && node.has("onCalls")) {
      keyProblem(label, child(at, "onCalls"), "an injection takes \"onCall\" or \"onCalls\", not both.");
    } else if (node.has("onCall")) {
      int n = positive(node.get("onCall"), child(at, "onCall"), label,
          "\"onCall\" must be a call number, 1 or more (1 is the first call)");
      calls.add(new int[] {n, n});
    } else if (node.has("onCalls")) {
      calls.addAll(callList(node.get("onCalls"), child(at, "onCalls"), label));
    }
    if (problems.size() == before) {
      injections.add(new MockFileModel.Injection(failure[0], failure[1], failure[2], into, calls));
    }
  }

  /** {kind, error, cause}, or null when the failure is wrong. */
  private String[] failure(JsonNode v, String at, String label) {
    if (!v.isObject()) {
      valueProblem(label, at, "\"failure\" must be an object: {\"error\": ..., \"cause\": ...}, {\"timeout\": true} or {\"throttling\": true}; found "
          + found(v) + ".");
      return null;
    }
    Set<String> suggested = unknownKeys(v, at, label, FAILURE_KEYS, "\"failure\"");
    List<String> kinds = present(v, FAILURE_KINDS);
    if (kinds.isEmpty()) {
      if (!any(suggested, FAILURE_KINDS)) {
        valueProblem(label, at, "\"failure\" needs one of " + or(FAILURE_KINDS) + ".");
      }
      return null;
    }
    for (int i = 1; i < kinds.size(); i++) {
      keyProblem(label, child(at, kinds.get(i)), "a failure is one of " + or(FAILURE_KINDS) + "; found both "
          + q(kinds.get(0)) + " and " + q(kinds.get(i)) + ". Use one injection for each.");
    }
    String kind = kinds.get(0);
    if (kind.equals("error")) {
      String error = text(v, at, label, "error", "an error name such as \"States.TaskFailed\"");
      String cause = v.has("cause") ? string(v, at, label, "cause") : null;
      return new String[] {kind, error, cause};
    }
    JsonNode flag = v.get(kind);
    if (!flag.isBoolean() || !flag.booleanValue()) {
      valueProblem(label, child(at, kind), q(kind) + " must be true; found " + found(flag) + ".");
    }
    if (v.has("cause")) {
      keyProblem(label, child(at, "cause"), "\"cause\" goes with \"error\" only: a " + kind
          + " failure brings its own cause.");
    }
    return new String[] {kind, null, null};
  }

  private List<int[]> callList(JsonNode v, String at, String label) {
    List<int[]> out = new ArrayList<>();
    if (!isList(v, at, label, "onCalls", "a list of call numbers and ranges such as [1, \"3-4\"]")) {
      return out;
    }
    if (v.isEmpty()) {
      valueProblem(label, at, "\"onCalls\" is empty: list call numbers such as [1, 2], or leave it out to fail every call.");
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      int[] range = range(item);
      if (range == null) {
        valueProblem(label, child(at, i), "\"onCalls\" entries must be call numbers (1 or more) or ranges such as \"2-4\"; found "
            + found(item) + ".");
      } else {
        out.add(range);
      }
    }
    return out;
  }

  private static int[] range(JsonNode item) {
    if (item.isIntegralNumber() && item.canConvertToInt() && item.intValue() >= 1) {
      return new int[] {item.intValue(), item.intValue()};
    }
    if (item.isTextual()) {
      Matcher m = Pattern.compile("\\s*(\\d{1,9})\\s*(?:-\\s*(\\d{1,9})\\s*)?").matcher(item.textValue());
      if (m.matches()) {
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (from >= 1 && to >= from) {
          return new int[] {from, to};
        }
      }
    }
    return null;
  }

  // ---- values

  private boolean isList(JsonNode v, String at, String label, String field, String expected) {
    if (v.isArray()) {
      return true;
    }
    valueProblem(label, at, q(field) + " must be " + expected + "; found " + found(v) + ".");
    return false;
  }

  /** A non-empty string field of {@code object}, else a problem naming what it should be. */
  private String text(JsonNode object, String at, String label, String field, String meaning) {
    JsonNode v = object.get(field);
    if (v.isTextual() && !v.textValue().isBlank()) {
      return v.textValue();
    }
    valueProblem(label, child(at, field), q(field) + " must be " + meaning + " (a non-empty string); found " + found(v) + ".");
    return null;
  }

  private String string(JsonNode object, String at, String label, String field) {
    JsonNode v = object.get(field);
    if (v.isTextual()) {
      return v.textValue();
    }
    valueProblem(label, child(at, field), q(field) + " must be a string; found " + found(v) + ".");
    return null;
  }

  private int positive(JsonNode v, String at, String label, String expected) {
    if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 1) {
      return v.intValue();
    }
    valueProblem(label, at, expected + "; found " + found(v) + ".");
    return 1;
  }

  private Duration duration(JsonNode v, String at, String label, String field) {
    if (v.isTextual()) {
      try {
        Duration d = Duration.parse(v.textValue().trim());
        if (d.isNegative()) {
          valueProblem(label, at, q(field) + " must not be negative; found " + found(v) + ".");
          return null;
        }
        return d;
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    String suggestion = suggestDuration(v);
    valueProblem(label, at, q(field) + " must be an ISO-8601 duration such as \"PT2S\" or \"PT1H30M\"; found " + found(v)
        + (suggestion == null ? "." : ". Did you mean " + q(suggestion) + "?"));
    return null;
  }

  static String suggestDuration(JsonNode v) {
    return Phrases.suggestDuration(v);
  }

  // ---- problems

  /**
   * Reports each field not in {@code allowed}, with the closest allowed one; returns the keys
   * suggested, so that "needs X" problems are not reported for a misspelt X.
   */
  private Set<String> unknownKeys(JsonNode object, String at, String label, List<String> allowed, String where) {
    Set<String> suggested = new HashSet<>();
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (allowed.contains(name)) {
        continue;
      }
      String hint;
      if (allowed == TOP_KEYS && (name.equals("StateMachines") || name.equals("MockedResponses"))) {
        suggested.add("mocks");
        hint = " This is a Step Functions Local MockConfigFile: read it with MockConfigFile.read(path),"
            + " or convert it (docs/mock-files.md).";
      } else {
        String best = suggestion(name, allowed);
        if (best != null) {
          suggested.add(best);
        }
        hint = best != null ? " Did you mean " + q(best) + "?" : " Expected one of: " + list(allowed) + ".";
      }
      keyProblem(label, child(at, name), "unknown field " + q(name) + " in " + where + "." + hint);
    }
    return suggested;
  }

  private static String suggestion(String wrong, List<String> allowed) {
    for (String hinted : HINTS.getOrDefault(wrong, List.of())) {
      if (allowed.contains(hinted)) {
        return hinted;
      }
    }
    return closest(wrong, allowed);
  }

  private static boolean any(Set<String> suggested, List<String> keys) {
    for (String k : keys) {
      if (suggested.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private void keyProblem(String label, String pointer, String message) {
    SourceLocation at = tree.key(pointer);
    problems.add(new MockFileProblem(label, pointer, at.line(), at.column(), message));
  }

  private void valueProblem(String label, String pointer, String message) {
    SourceLocation at = tree.value(pointer);
    problems.add(new MockFileProblem(label, pointer, at.line(), at.column(), message));
  }

  // ---- helpers

  static String found(JsonNode v) {
    return v == null || v.isNull() ? "null" : Json.typeName(v) + " " + Json.quote(v);
  }

  private static List<String> present(JsonNode object, List<String> keys) {
    List<String> out = new ArrayList<>();
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (keys.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  private static String child(String pointer, String field) {
    return Pointers.child(pointer, field);
  }

  private static String child(String pointer, int index) {
    return Pointers.child(pointer, index);
  }

  static String q(String s) {
    return MockFileModel.q(s);
  }

  private static String list(List<String> names) {
    return Phrases.list(names);
  }

  /** "a", "b" or "c". */
  private static String or(List<String> names) {
    return Phrases.or(names);
  }

  static String closest(String wrong, List<String> candidates) {
    return Phrases.closest(wrong, candidates);
  }

  private static void hint(String wrong, String... right) {
    HINTS.put(wrong, List.of(right));
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> out = new ArrayList<>();
    for (List<String> l : lists) {
      out.addAll(l);
    }
    return List.copyOf(out);
  }
}
