package io.github.sfntestkit.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.internal.load.DefinitionLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Broken definitions and inputs: each must end in a {@link DefinitionException} whose report
 * contains the expected text, never in any other exception.
 */
class MalformedDefinitionTest {

  /** One broken input: its source name picks JSON or YAML; backticks stand for double quotes. */
  private record Case(String name, String source, String text, String expected) {}

  private static Case json(String name, String text, String expected) {
    return new Case(name, name + ".asl.json", text.replace('`', '"'), expected.replace('`', '"'));
  }

  private static Case yaml(String name, String text, String expected) {
    return new Case(name, name + ".asl.yaml", text.replace('`', '"'), expected.replace('`', '"'));
  }

  /** A machine with state S (given body) and a Succeed state Done. */
  private static String m(String body) {
    return "{`StartAt`:`S`,`States`:{`S`:" + body + ",`Done`:{`Type`:`Succeed`}}}";
  }

  private static String task(String fields) {
    return m("{`Type`:`Task`,`Resource`:`arn:x`," + fields + ",`Next`:`Done`}");
  }

  private static String pass(String fields) {
    return m("{`Type`:`Pass`," + fields + ",`Next`:`Done`}");
  }

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    // Input that cannot be read
    c.add(json("empty-file", "", "the definition is empty"));
    c.add(json("whitespace-only", " \n\t ", "the definition is empty"));
    c.add(json("top-level-array", "[{`StartAt`:`A`}]", "must be a JSON object with `StartAt` and `States`, but was array"));
    c.add(json("top-level-string", "`hello`", "but was string `hello`"));
    c.add(json("top-level-null", "null", "but was null"));
    c.add(json("truncated-object", "{`StartAt`:`A`,`States`:{`A`:{`Type`:`Succeed`}", "unexpected end of input: the object opened at line 1, column 25"));
    c.add(json("truncated-string", "{`StartAt`:`A", "unexpected end of input"));
    c.add(json("truncated-array", "{`StartAt`:`A`,`X`:[1,2", "the array opened at line 1, column 20 is not closed with `]`"));
    c.add(json("missing-comma", "{`StartAt`:`A` `States`:{}}", "invalid JSON: Unexpected character"));
    c.add(json("missing-delimiter-like-dropped-iot", "{`StartAt`:`A`,`States`:{`A`:{`Type`:`Pass`,`Parameters`:{`Messages`: `Messages.$`: `$.Messages`},`End`:true}}}", "invalid JSON"));
    c.add(json("single-quotes", "{'StartAt':'A'}", "invalid JSON: Unexpected character"));
    c.add(json("trailing-comma", "{`StartAt`:`A`,}", "invalid JSON"));
    c.add(json("comment-in-json", "{// c\n`StartAt`:`A`}", "invalid JSON"));
    c.add(json("nan", "{`StartAt`:NaN}", "invalid JSON"));
    c.add(json("duplicate-key", "{`StartAt`:`A`,`StartAt`:`B`,`States`:{}}", "duplicate field `StartAt` in the object at the top level"));
    c.add(json("duplicate-state", "{`StartAt`:`A`,`States`:{`A`:{`Type`:`Succeed`},`A`:{`Type`:`Fail`}}}", "duplicate field `A` in the object at /States"));
    c.add(json("trailing-content", "{`StartAt`:`A`,`States`:{`A`:{`Type`:`Succeed`}}} {}", "unexpected content after the end of the definition object"));
    c.add(json("too-deep", "{`a`:".repeat(1100) + "1" + "}".repeat(1100), "nests objects and arrays more than 1000 levels deep"));
    c.add(yaml("yaml-bad-indent", "StartAt: A\n  States: x\n", "invalid YAML: mapping values are not allowed here"));
    c.add(yaml("yaml-unclosed-flow", "StartAt: A\nStates: {A: {Type: Succeed}\n", "invalid YAML"));
    c.add(yaml("yaml-tab-indent", "StartAt: A\nStates:\n\tA: 1\n", "invalid YAML"));
    c.add(yaml("yaml-duplicate-key", "StartAt: A\nStartAt: B\n", "duplicate field `StartAt`"));
    c.add(yaml("yaml-empty-document", "---\n", "the definition is empty"));
    c.add(yaml("yaml-scalar", "just text", "but was string `just text`"));
    c.add(yaml("yaml-list", "- StartAt: A\n", "but was array"));
    c.add(yaml("yaml-two-documents", "StartAt: A\nStates: {A: {Type: Succeed}}\n---\nStartAt: B\n", "expected a single YAML document"));
    c.add(yaml("yaml-valid-shape-bad-content", "StartAt: B\nStates:\n  A:\n    Type: Succeed\n", "`StartAt` names no state: `B`"));
    // Structure
    c.add(json("no-states", "{`StartAt`:`A`}", "missing required field `States`"));
    c.add(json("no-start-at", "{`States`:{`A`:{`Type`:`Succeed`}}}", "missing required field `StartAt`"));
    c.add(json("states-array", "{`StartAt`:`A`,`States`:[]}", "`States` must be an object keyed by state name, but was array []"));
    c.add(json("state-not-object", "{`StartAt`:`A`,`States`:{`A`:true}}", "a state must be an object with a `Type`, but was boolean true"));
    c.add(json("no-type", m("{`Next`:`Done`}"), "missing required field `Type`"));
    c.add(json("unknown-type", m("{`Type`:`Lambda`,`Next`:`Done`}"), "unknown state type `Lambda`"));
    c.add(json("unknown-field", task("`ResultsPath`:`$.x`"), "unknown field `ResultsPath` for a Task state. Did you mean `ResultPath`?"));
    c.add(json("comment-number", m("{`Type`:`Pass`,`Comment`:5,`Next`:`Done`}"), "`Comment` must be a string, but was number 5"));
    c.add(json("timeout-string", task("`TimeoutSeconds`:`60`"), "`TimeoutSeconds` must be an integer from 1 to 99999999, but was string `60`"));
    c.add(json("timeout-fraction", task("`TimeoutSeconds`:1.5"), "but was number 1.5"));
    c.add(json("heartbeat-not-below-timeout", task("`TimeoutSeconds`:10,`HeartbeatSeconds`:20"), "`HeartbeatSeconds` must be smaller than `TimeoutSeconds` (10), but was 20"));
    c.add(json("parameters-array", task("`Parameters`:[]"), "`Parameters` must be an object, but was array []"));
    c.add(json("wait-two-durations", m("{`Type`:`Wait`,`Seconds`:1,`Timestamp`:`2020-01-01T00:00:00Z`,`Next`:`Done`}"), "a Wait state needs exactly one of"));
    c.add(json("wait-bad-timestamp", m("{`Type`:`Wait`,`Timestamp`:`2020-01-01`,`Next`:`Done`}"), "`Timestamp` must be an RFC 3339 timestamp"));
    c.add(json("fail-error-and-error-path", "{`StartAt`:`F`,`States`:{`F`:{`Type`:`Fail`,`Error`:`E`,`ErrorPath`:`$.e`}}}", "`Error` and `ErrorPath` cannot both be set"));
    c.add(json("parallel-no-branches", m("{`Type`:`Parallel`,`Branches`:[],`Next`:`Done`}"), "`Branches` must be a non-empty array of branches"));
    c.add(json("state-name-too-long", "{`StartAt`:`" + "x".repeat(81) + "`,`States`:{`" + "x".repeat(81) + "`:{`Type`:`Succeed`}}}", "state name is too long: 81 characters"));
    c.add(json("dropped-jsonata-fallback-query-language-inside-states",
        "{`StartAt`:`A`,`States`:{`QueryLanguage`:`JSONata`,`A`:{`Type`:`Pass`,`Output`:{`x`:1},`End`:true}}}",
        "a state must be an object with a `Type`, but was string `JSONata`"));
    c.add(json("dropped-workshop-blank-placeholders",
        "{`StartAt`:`A`,`States`:{`A`:{`Type`:`BLANK`,`Next`:`BLANK`}}}",
        "unknown state type `BLANK`"));
    // Transitions
    c.add(json("next-missing-state", m("{`Type`:`Pass`,`Next`:`Dnoe`}"), "`Next` names no state: `Dnoe`. Expected one of: `Done`. Did you mean `Done`?"));
    c.add(json("next-and-end", m("{`Type`:`Pass`,`Next`:`Done`,`End`:true}"), "`Next` and `End` cannot both be set"));
    c.add(json("neither-next-nor-end", m("{`Type`:`Pass`}"), "missing `Next` or `End`"));
    c.add(json("choice-with-end", m("{`Type`:`Choice`,`Choices`:[{`Variable`:`$.a`,`IsPresent`:true,`Next`:`Done`}],`End`:true}"), "a Choice state cannot have `End`"));
    c.add(json("unreachable", "{`StartAt`:`A`,`States`:{`A`:{`Type`:`Succeed`},`B`:{`Type`:`Succeed`}}}", "unreachable state"));
    c.add(json("cycle-without-end", "{`StartAt`:`A`,`States`:{`A`:{`Type`:`Pass`,`Next`:`B`},`B`:{`Type`:`Wait`,`Seconds`:1,`Next`:`A`}}}", "no terminal state"));
    c.add(json("catch-next-missing", task("`Catch`:[{`ErrorEquals`:[`States.ALL`],`Next`:`Nowhere`}]"), "`Next` names no state: `Nowhere`"));
    c.add(json("default-missing", m("{`Type`:`Choice`,`Choices`:[{`Variable`:`$.a`,`IsPresent`:true,`Next`:`Done`}],`Default`:`Nope`}"), "`Default` names no state: `Nope`"));
    // Paths and intrinsics
    c.add(json("input-path-no-dollar", pass("`InputPath`:`a.b`"), "`InputPath` must be a path starting with `$`"));
    c.add(json("input-path-bad-syntax", pass("`InputPath`:`$.a[x]`"), "`InputPath` is not a valid path: `$.a[x]`"));
    c.add(json("result-path-context", pass("`ResultPath`:`$$.Execution`"), "points into the context object"));
    c.add(json("result-path-wildcard", pass("`ResultPath`:`$.a[*]`"), "uses a wildcard, filter, slice or union"));
    c.add(json("payload-literal-with-suffix", pass("`Parameters`:{`a.$`:`plain`}"), "Remove `.$` from the name for a literal value"));
    c.add(json("payload-duplicate-after-strip", pass("`Parameters`:{`a`:1,`a.$`:`$.a`}"), "duplicate field `a`"));
    c.add(json("bad-intrinsic", pass("`Parameters`:{`a.$`:`States.Format('{}'`}"), "`a.$` is not a valid intrinsic function call"));
    c.add(json("unknown-intrinsic", pass("`Parameters`:{`a.$`:`States.Frobnicate(1)`}"), "`a.$` is not a valid intrinsic function call"));
    // Choice
    c.add(json("choice-empty", m("{`Type`:`Choice`,`Choices`:[],`Default`:`Done`}"), "`Choices` must be a non-empty array of rules"));
    c.add(json("choice-two-operators", m("{`Type`:`Choice`,`Choices`:[{`Variable`:`$.a`,`IsNull`:true,`IsPresent`:true,`Next`:`Done`}]}"), "but has 2: `IsNull`, `IsPresent`"));
    c.add(json("choice-numeric-string", m("{`Type`:`Choice`,`Choices`:[{`Variable`:`$.a`,`NumericEquals`:`1`,`Next`:`Done`}]}"), "`NumericEquals` must be a number, but was string `1`"));
    c.add(json("choice-nested-next", m("{`Type`:`Choice`,`Choices`:[{`Not`:{`Variable`:`$.a`,`IsNull`:true,`Next`:`Done`},`Next`:`Done`}]}"), "`Next` is only allowed in the rules directly under `Choices`"));
    // Retry and Catch
    c.add(json("states-all-not-last", task("`Retry`:[{`ErrorEquals`:[`States.ALL`]},{`ErrorEquals`:[`E`]}]"), "`States.ALL` must be the only name in the last Retrier; here it is in Retrier 1 of 2."));
    c.add(json("backoff-below-one", task("`Retry`:[{`ErrorEquals`:[`E`],`BackoffRate`:0.5}]"), "`BackoffRate` must be a number greater than or equal to 1.0, but was number 0.5"));
    c.add(json("jitter-unknown", task("`Retry`:[{`ErrorEquals`:[`E`],`JitterStrategy`:`Full`}]"), "Did you mean `FULL`?"));
    // Query languages
    c.add(json("jsonata-field-in-jsonpath", task("`Arguments`:{}"), "`Arguments` is only valid in JSONata states"));
    c.add(json("jsonpath-field-in-jsonata", "{`QueryLanguage`:`JSONata`,`StartAt`:`S`,`States`:{`S`:{`Type`:`Pass`,`OutputPath`:`$.a`,`End`:true}}}", "`OutputPath` is only valid in JSONPath states"));
    c.add(json("jsonata-unclosed", "{`QueryLanguage`:`JSONata`,`StartAt`:`S`,`States`:{`S`:{`Type`:`Pass`,`Output`:`{% $states.input`,`End`:true}}}", "which does not end with `%}`"));
    c.add(json("jsonpath-state-in-jsonata-machine", "{`QueryLanguage`:`JSONata`,`StartAt`:`S`,`States`:{`S`:{`Type`:`Pass`,`QueryLanguage`:`JSONPath`,`End`:true}}}", "a state cannot use `QueryLanguage`: `JSONPath`"));
    // Map
    c.add(json("map-no-processor", m("{`Type`:`Map`,`Next`:`Done`}"), "missing required field `ItemProcessor`"));
    c.add(json("map-bad-mode", m("{`Type`:`Map`,`ItemProcessor`:{`ProcessorConfig`:{`Mode`:`PARALLEL`},`StartAt`:`A`,`States`:{`A`:{`Type`:`Succeed`}}},`Next`:`Done`}"), "`Mode` must be one of `INLINE`, `DISTRIBUTED`"));
    c.add(json("map-processor-broken", m("{`Type`:`Map`,`ItemProcessor`:{`StartAt`:`A`,`States`:{`A`:{`Type`:`Pass`,`Next`:`Done`}}},`Next`:`Done`}"), "Map `S` › `A` at /States/S/ItemProcessor/States/A/Next"));
    c.add(json("map-reader-on-inline", m("{`Type`:`Map`,`ItemReader`:{`Resource`:`arn:r`},`ItemProcessor`:{`StartAt`:`A`,`States`:{`A`:{`Type`:`Succeed`}}},`Next`:`Done`}"), "`ItemReader` is only valid in a Map state whose `ItemProcessor` has"));
    // Generated
    c.add(new Case("deeply-nested-parallels-broken-at-the-bottom", "deep.asl.json", nestedParallels(200, "`Nope`".replace('`', '"')), "names no state: \"Nope\""));
    c.add(new Case("huge-document-one-broken-next", "huge.asl.json", hugeChain(5000, true), "\"Next\" names no state: \"S5000x\""));
    return c;
  }

  /** {@code depth} Parallel states nested in each other; the innermost Pass goes to {@code next}. */
  static String nestedParallels(int depth, String next) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("{\"StartAt\":\"P").append(i).append("\",\"States\":{\"P").append(i)
          .append("\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":[");
    }
    sb.append("{\"StartAt\":\"Leaf\",\"States\":{\"Leaf\":{\"Type\":\"Pass\",")
        .append(next == null ? "\"End\":true" : "\"Next\":" + next)
        .append("}}}");
    for (int i = 0; i < depth; i++) {
      sb.append("]}}}");
    }
    return sb.toString();
  }

  /** A chain of {@code n} Task states; when broken, the last Next names no state. */
  static String hugeChain(int n, boolean broken) {
    StringBuilder sb = new StringBuilder("{\"StartAt\":\"S0\",\"States\":{");
    for (int i = 0; i < n; i++) {
      sb.append("\"S").append(i).append("\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:1:function:f\",")
          .append("\"Parameters\":{\"i\":").append(i).append(",\"x.$\":\"$.x\"},\"ResultPath\":\"$.r").append(i).append("\",")
          .append("\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"],\"MaxAttempts\":2}],\"Next\":\"")
          .append(i == n - 1 ? (broken ? "S" + n + "x" : "End") : "S" + (i + 1))
          .append("\"},");
    }
    sb.append("\"End\":{\"Type\":\"Succeed\"}}}");
    return sb.toString();
  }

  @TestFactory
  Stream<DynamicTest> every_broken_definition_is_reported_as_a_definition_exception() {
    return cases().stream()
        .map(
            c ->
                dynamicTest(
                    c.name(),
                    () -> {
                      Throwable thrown =
                          catchThrowable(
                              () ->
                                  DefinitionValidator.requireValid(
                                      DefinitionLoader.load(c.text(), c.source())));
                      assertThat(thrown).isInstanceOf(DefinitionException.class);
                      assertThat(thrown.getMessage())
                          .startsWith("Invalid state machine definition (" + c.source() + "): ")
                          .contains(c.expected())
                          .doesNotContain("Exception")
                          .doesNotContain("\tat ");
                    }));
  }

  /** The public entry point gives the same report: nothing else escapes from compiling either. */
  @TestFactory
  Stream<DynamicTest> every_broken_definition_fails_to_load_as_a_state_machine_with_the_report() {
    return cases().stream()
        .map(c -> dynamicTest(c.name(), () -> {
          Throwable thrown = catchThrowable(() -> io.github.sfntestkit.StateMachine.fromString(c.text()));
          assertThat(thrown).isInstanceOf(DefinitionException.class);
          assertThat(thrown.getMessage()).contains(c.expected()).doesNotContain("\tat ");
        }));
  }

  @Test
  void there_are_at_least_fifty_cases() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  void should_accept_two_hundred_nested_parallels() {
    assertThat(V.problems(nestedParallels(200, null))).isEmpty();
  }

  @Test
  void should_accept_a_huge_valid_document() {
    assertThat(V.problems(hugeChain(5000, false))).isEmpty();
  }
}
