package io.github.sfntestkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mock file error message, in full: where (file, mock, pointer, line, column), what, the fix. */
class MockFileErrorTest {

  private static void assertReport(String text, String source, String expected) {
    assertThatThrownBy(() -> MockFile.of(text, source))
        .isInstanceOf(MockFileException.class)
        .hasMessage(expected)
        .satisfies(e -> assertThat(((MockFileException) e).source()).isEqualTo(source));
  }

  @Test
  void should_list_problems_with_their_locations() {
    MockFileException e = (MockFileException) org.assertj.core.api.Assertions.catchThrowable(
        () -> MockFile.of("mocks:\n  - task: A\n    after: 1h\n    returns: 1\n", "m.yaml"));
    assertThat(e.problems()).containsExactly(new MockFileProblem("Mock task \"A\"", "/mocks/0/after", 3, 12,
        "\"after\" must be an ISO-8601 duration such as \"PT2S\" or \"PT1H30M\"; found string \"1h\". Did you mean \"PT1H\"?"));
  }

  @Test
  void should_report_a_missing_file(@TempDir Path dir) {
    Path file = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> MockFile.load(file))
        .isInstanceOf(MockFileException.class)
        .hasMessage("Invalid mock file (" + file + "): 1 problem\n"
            + "  Mock file\n"
            + "    cannot read the mock file: no such file.");
  }

  @Test
  void should_report_a_directory(@TempDir Path dir) {
    assertThatThrownBy(() -> MockFile.load(dir))
        .isInstanceOf(MockFileException.class)
        .hasMessage("Invalid mock file (" + dir + "): 1 problem\n"
            + "  Mock file\n"
            + "    cannot read the mock file: it is a directory, expected a file.");
  }

  @Test
  void should_report_a_file_that_is_not_utf_8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, new byte[] {'m', 'o', 'c', 'k', 's', ':', ' ', (byte) 0xE9});
    assertThatThrownBy(() -> MockFile.load(file))
        .isInstanceOf(MockFileException.class)
        .hasMessage("Invalid mock file (" + file + "): 1 problem\n"
            + "  Mock file\n"
            + "    cannot read the mock file: the file is not valid UTF-8 text.");
  }

  @Test
  void should_report_unknown_field_with_the_closest_key() {
    assertReport("""
        mocks:
          - task: ChargeCard
            answers:
              - returnPayload: {chargeId: ch-1}
        """, "orders.yaml",
        "Invalid mock file (orders.yaml): 1 problem\n" +
        "  Mock task \"ChargeCard\" at /mocks/0/answers/0/returnPayload (line 4, column 9)\n" +
        "    unknown field \"returnPayload\" in an answer. Did you mean \"returnsPayload\"?");
  }

  @Test
  void should_report_unknown_field_named_as_in_the_java_dsl() {
    assertReport("""
        mocks:
          - task: A
            answers:
              - throwsError: {error: X}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/answers/0/throwsError (line 4, column 9)\n" +
        "    unknown field \"throwsError\" in an answer. Did you mean \"throws\"?");
  }

  @Test
  void should_report_unknown_field_with_nothing_close() {
    assertReport("""
        mocks:
          - task: A
            foo: 1
            returns: 1
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/foo (line 3, column 5)\n" +
        "    unknown field \"foo\" in a mock. Expected one of: \"task\", \"resource\", \"lambda\", \"activity\", \"answers\", \"returns\", \"returnsPayload\", \"throws\", \"neverAnswers\", \"callback\", \"times\", \"after\".");
  }

  @Test
  void should_report_unknown_top_level_field() {
    assertReport("mock: []\n", "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock file at /mock (line 1, column 1)\n" +
        "    unknown field \"mock\" in the mock file. Did you mean \"mocks\"?");
  }

  @Test
  void should_report_step_functions_local_mock_config_file() {
    assertReport("{\"StateMachines\": {}, \"MockedResponses\": {}}", "MockConfigFile.json",
        "Invalid mock file (MockConfigFile.json): 2 problems\n" +
        "  Mock file at /StateMachines (line 1, column 2)\n" +
        "    unknown field \"StateMachines\" in the mock file. This is a Step Functions Local MockConfigFile: read it with MockConfigFile.read(path), or convert it (docs/mock-files.md).\n" +
        "  Mock file at /MockedResponses (line 1, column 23)\n" +
        "    unknown field \"MockedResponses\" in the mock file. This is a Step Functions Local MockConfigFile: read it with MockConfigFile.read(path), or convert it (docs/mock-files.md).");
  }

  @Test
  void should_report_times_that_is_not_a_number() {
    assertReport("""
        mocks:
          - task: A
            returns: 1
            times: two
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/times (line 4, column 12)\n" +
        "    \"times\" must be a whole number, 1 or more; found string \"two\".");
  }

  @Test
  void should_report_times_below_one() {
    assertReport("""
        mocks:
          - task: A
            answers:
              - returns: 1
                times: 0
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/answers/0/times (line 5, column 16)\n" +
        "    \"times\" must be a whole number, 1 or more; found number 0.");
  }

  @Test
  void should_report_duration_in_short_form() {
    assertReport("""
        mocks:
          - task: A
            returns: 1
            after: 2s
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/after (line 4, column 12)\n" +
        "    \"after\" must be an ISO-8601 duration such as \"PT2S\" or \"PT1H30M\"; found string \"2s\". Did you mean \"PT2S\"?");
  }

  @Test
  void should_report_duration_as_a_number() {
    assertReport("""
        mocks:
          - task: A
            returns: 1
            after: 5
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/after (line 4, column 12)\n" +
        "    \"after\" must be an ISO-8601 duration such as \"PT2S\" or \"PT1H30M\"; found number 5. Did you mean \"PT5S\"?");
  }

  @Test
  void should_report_duration_that_is_not_iso_8601() {
    assertReport("""
        mocks:
          - task: A
            returns: 1
            after: soon
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/after (line 4, column 12)\n" +
        "    \"after\" must be an ISO-8601 duration such as \"PT2S\" or \"PT1H30M\"; found string \"soon\".");
  }

  @Test
  void should_report_negative_duration() {
    assertReport("""
        mocks:
          - task: A
            returns: 1
            after: -PT1S
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/after (line 4, column 12)\n" +
        "    \"after\" must not be negative; found string \"-PT1S\".");
  }

  @Test
  void should_report_mock_without_an_answer() {
    assertReport("""
        mocks:
          - task: A
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0 (line 2, column 5)\n" +
        "    a mock needs an answer: \"answers\" with a list, or one of \"returns\", \"returnsPayload\", \"throws\", \"neverAnswers\" or \"callback\".");
  }

  @Test
  void should_report_empty_answers() {
    assertReport("""
        mocks:
          - task: A
            answers: []
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/answers (line 3, column 14)\n" +
        "    \"answers\" is empty: add at least one answer, such as {\"returns\": {}}.");
  }

  @Test
  void should_report_answer_without_a_reply() {
    assertReport("""
        mocks:
          - task: A
            answers:
              - times: 2
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/answers/0 (line 4, column 9)\n" +
        "    an answer needs one of \"returns\", \"returnsPayload\", \"throws\", \"neverAnswers\" or \"callback\".");
  }

  @Test
  void should_report_answer_that_is_not_an_object() {
    assertReport("""
        mocks:
          - task: A
            answers: [ok]
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/answers/0 (line 3, column 15)\n" +
        "    an answer must be an object such as {\"returns\": {}}; found string \"ok\".");
  }

  @Test
  void should_report_mock_without_a_matcher() {
    assertReport("""
        mocks:
          - returns: 1
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock #1 at /mocks/0 (line 2, column 5)\n" +
        "    a mock needs one of \"task\", \"resource\", \"lambda\" or \"activity\" to say which calls it answers.");
  }

  @Test
  void should_report_mock_with_two_matchers() {
    assertReport("""
        mocks:
          - task: A
            lambda: b
            returns: 1
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock #1 at /mocks/0/lambda (line 3, column 5)\n" +
        "    a mock answers the calls of one \"task\", \"resource\", \"lambda\" or \"activity\"; found both \"task\" and \"lambda\". Split it into two mocks.");
  }

  @Test
  void should_report_answers_next_to_an_inline_answer() {
    assertReport("""
        mocks:
          - task: A
            answers:
              - returns: 1
            returns: 2
            times: 3
        """, "m.yaml",
        "Invalid mock file (m.yaml): 2 problems\n" +
        "  Mock task \"A\" at /mocks/0/returns (line 5, column 5)\n" +
        "    a mock has either \"answers\" (a sequence) or one answer inline; found \"answers\" and \"returns\". Move \"returns\" into an entry of \"answers\".\n" +
        "  Mock task \"A\" at /mocks/0/times (line 6, column 5)\n" +
        "    \"times\" belongs to an answer inside \"answers\", not to the mock.");
  }

  @Test
  void should_report_two_replies_in_one_answer() {
    assertReport("""
        mocks:
          - task: A
            answers:
              - returns: 1
                throws: {error: X}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/answers/0/throws (line 5, column 9)\n" +
        "    an answer is one of \"returns\", \"returnsPayload\", \"throws\", \"neverAnswers\" or \"callback\"; found both \"returns\" and \"throws\". Put each in its own entry of \"answers\" to answer in sequence.");
  }

  @Test
  void should_report_never_answers_false() {
    assertReport("""
        mocks:
          - task: A
            neverAnswers: false
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/neverAnswers (line 3, column 19)\n" +
        "    \"neverAnswers\" must be true; found boolean false. Leave it out to give another answer.");
  }

  @Test
  void should_report_throws_given_as_a_string() {
    assertReport("""
        mocks:
          - task: A
            throws: Payment.Declined
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/throws (line 3, column 13)\n" +
        "    \"throws\" must be an object with \"error\" and, optionally, \"cause\"; found string \"Payment.Declined\". Did you mean {\"error\": \"Payment.Declined\"}?");
  }

  @Test
  void should_report_throws_without_error() {
    assertReport("""
        mocks:
          - task: A
            throws: {cause: slow down}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/throws (line 3, column 13)\n" +
        "    \"throws\" needs \"error\": the error name that Retry and Catch match.");
  }

  @Test
  void should_report_throws_with_a_misspelt_error() {
    assertReport("""
        mocks:
          - task: A
            throws: {cause: x, eror: Y}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/throws/eror (line 3, column 24)\n" +
        "    unknown field \"eror\" in \"throws\". Did you mean \"error\"?");
  }

  @Test
  void should_report_cause_that_is_not_a_string() {
    assertReport("""
        mocks:
          - task: A
            throws: {error: X, cause: 42}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/throws/cause (line 3, column 31)\n" +
        "    \"cause\" must be a string; found number 42.");
  }

  @Test
  void should_report_after_next_to_a_callback_and_a_late_heartbeat() {
    assertReport("""
        mocks:
          - task: A
            callback: {heartbeats: [PT2H], returns: 1, after: PT1H}
            after: PT1S
        """, "m.yaml",
        "Invalid mock file (m.yaml): 2 problems\n" +
        "  Mock task \"A\" at /mocks/0/callback/heartbeats/0 (line 3, column 29)\n" +
        "    heartbeat \"PT2H\" comes after the answer at \"PT1H\" and would never be sent.\n" +
        "  Mock task \"A\" at /mocks/0/after (line 4, column 5)\n" +
        "    \"after\" does not apply to \"callback\": the callback's own \"after\" says when it answers.");
  }

  @Test
  void should_report_callback_without_after_and_returns() {
    assertReport("""
        mocks:
          - task: A
            callback: {}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 2 problems\n" +
        "  Mock task \"A\" at /mocks/0/callback (line 3, column 15)\n" +
        "    \"callback\" needs \"after\": when the answer comes, such as \"PT1H\".\n" +
        "  Mock task \"A\" at /mocks/0/callback (line 3, column 15)\n" +
        "    \"callback\" needs \"returns\": the result the callback sends.");
  }

  @Test
  void should_report_heartbeats_that_are_not_a_list() {
    assertReport("""
        mocks:
          - task: A
            callback: {after: PT1H, returns: 1, heartbeats: PT10M}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/0/callback/heartbeats (line 3, column 53)\n" +
        "    \"heartbeats\" must be a list of durations such as [\"PT10M\", \"PT20M\"]; found string \"PT10M\".");
  }

  @Test
  void should_report_state_name_that_is_not_a_string() {
    assertReport("""
        mocks:
          - task: 3
            returns: 1
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock #1 at /mocks/0/task (line 2, column 11)\n" +
        "    \"task\" must be the Task state's name (a non-empty string); found number 3.");
  }

  @Test
  void should_report_the_same_state_mocked_twice() {
    assertReport("""
        mocks:
          - task: A
            returns: 1
          - task: A
            returns: 2
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock task \"A\" at /mocks/1 (line 4, column 5)\n" +
        "    task \"A\" is already mocked at /mocks/0 (line 2); this mock would hide it. Put all its answers in one \"answers\" list.");
  }

  @Test
  void should_report_mocks_that_is_not_a_list() {
    assertReport("mocks: {task: A}\n", "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock file at /mocks (line 1, column 8)\n" +
        "    \"mocks\" must be a list of mocks; found object {\"task\":\"A\"}.");
  }

  @Test
  void should_report_mock_that_is_not_an_object() {
    assertReport("""
        mocks:
          - just a string
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock #1 at /mocks/0 (line 2, column 5)\n" +
        "    a mock must be an object such as {\"task\": \"ChargeCard\", \"returns\": {}}; found string \"just a string\".");
  }

  @Test
  void should_report_injection_without_into() {
    assertReport("""
        inject:
          - failure: {timeout: true}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Injection #1 at /inject/0 (line 2, column 5)\n" +
        "    an injection needs \"into\": the name of the Task state to fail.");
  }

  @Test
  void should_report_injection_without_failure() {
    assertReport("""
        inject:
          - into: Notify
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Injection into \"Notify\" at /inject/0 (line 2, column 5)\n" +
        "    an injection needs \"failure\": {\"error\": ..., \"cause\": ...}, {\"timeout\": true} or {\"throttling\": true}.");
  }

  @Test
  void should_report_injection_with_a_misspelt_into() {
    assertReport("""
        inject:
          - state: Notify
            failure: {timeout: true}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Injection #1 at /inject/0/state (line 2, column 5)\n" +
        "    unknown field \"state\" in an injection. Did you mean \"into\"?");
  }

  @Test
  void should_report_failure_of_two_kinds() {
    assertReport("""
        inject:
          - into: Notify
            failure: {timeout: true, error: X}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Injection into \"Notify\" at /inject/0/failure/error (line 3, column 30)\n" +
        "    a failure is one of \"error\", \"timeout\" or \"throttling\"; found both \"timeout\" and \"error\". Use one injection for each.");
  }

  @Test
  void should_report_timeout_false() {
    assertReport("""
        inject:
          - into: Notify
            failure: {timeout: false}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Injection into \"Notify\" at /inject/0/failure/timeout (line 3, column 24)\n" +
        "    \"timeout\" must be true; found boolean false.");
  }

  @Test
  void should_report_cause_next_to_throttling() {
    assertReport("""
        inject:
          - into: Notify
            failure: {throttling: true, cause: x}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Injection into \"Notify\" at /inject/0/failure/cause (line 3, column 33)\n" +
        "    \"cause\" goes with \"error\" only: a throttling failure brings its own cause.");
  }

  @Test
  void should_report_empty_failure() {
    assertReport("""
        inject:
          - into: Notify
            failure: {}
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Injection into \"Notify\" at /inject/0/failure (line 3, column 14)\n" +
        "    \"failure\" needs one of \"error\", \"timeout\" or \"throttling\".");
  }

  @Test
  void should_report_failure_given_as_a_string() {
    assertReport("""
        inject:
          - into: Notify
            failure: timeout
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Injection into \"Notify\" at /inject/0/failure (line 3, column 14)\n" +
        "    \"failure\" must be an object: {\"error\": ..., \"cause\": ...}, {\"timeout\": true} or {\"throttling\": true}; found string \"timeout\".");
  }

  @Test
  void should_report_on_call_zero() {
    assertReport("""
        inject:
          - into: Notify
            failure: {timeout: true}
            onCall: 0
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Injection into \"Notify\" at /inject/0/onCall (line 4, column 13)\n" +
        "    \"onCall\" must be a call number, 1 or more (1 is the first call); found number 0.");
  }

  @Test
  void should_report_on_call_next_to_on_calls() {
    assertReport("""
        inject:
          - into: Notify
            failure: {timeout: true}
            onCall: 1
            onCalls: [2]
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Injection into \"Notify\" at /inject/0/onCalls (line 5, column 5)\n" +
        "    an injection takes \"onCall\" or \"onCalls\", not both.");
  }

  @Test
  void should_report_bad_on_calls_entries() {
    assertReport("""
        inject:
          - into: Notify
            failure: {timeout: true}
            onCalls: [0, '4-2', x]
        """, "m.yaml",
        "Invalid mock file (m.yaml): 3 problems\n" +
        "  Injection into \"Notify\" at /inject/0/onCalls/0 (line 4, column 15)\n" +
        "    \"onCalls\" entries must be call numbers (1 or more) or ranges such as \"2-4\"; found number 0.\n" +
        "  Injection into \"Notify\" at /inject/0/onCalls/1 (line 4, column 18)\n" +
        "    \"onCalls\" entries must be call numbers (1 or more) or ranges such as \"2-4\"; found string \"4-2\".\n" +
        "  Injection into \"Notify\" at /inject/0/onCalls/2 (line 4, column 25)\n" +
        "    \"onCalls\" entries must be call numbers (1 or more) or ranges such as \"2-4\"; found string \"x\".");
  }

  @Test
  void should_report_empty_on_calls() {
    assertReport("""
        inject:
          - into: Notify
            failure: {timeout: true}
            onCalls: []
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Injection into \"Notify\" at /inject/0/onCalls (line 4, column 14)\n" +
        "    \"onCalls\" is empty: list call numbers such as [1, 2], or leave it out to fail every call.");
  }

  @Test
  void should_report_file_with_neither_mocks_nor_inject() {
    assertReport("{}", "m.json",
        "Invalid mock file (m.json): 1 problem\n" +
        "  Mock file (line 1, column 1)\n" +
        "    the mock file has neither \"mocks\" nor \"inject\": add a list of mocks under \"mocks\".");
  }

  @Test
  void should_report_file_that_is_not_an_object() {
    assertReport("[]", "m.json",
        "Invalid mock file (m.json): 1 problem\n" +
        "  Mock file (line 1, column 1)\n" +
        "    a mock file must be an object with \"mocks\" and/or \"inject\"; found array [].");
  }

  @Test
  void should_report_empty_file() {
    assertReport("  \n", "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock file\n" +
        "    the file is empty: expected an object with \"mocks\" and/or \"inject\".");
  }

  @Test
  void should_report_yaml_file_with_only_comments() {
    assertReport("# nothing yet\n", "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock file\n" +
        "    the file is empty: expected an object with \"mocks\" and/or \"inject\".");
  }

  @Test
  void should_report_yaml_syntax_error() {
    assertReport("""
        mocks:
          - task: A
            returns: {a: 1
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock file at /mocks/0/returns/a (line 4, column 1)\n" +
        "    invalid YAML: expected ',' or '}', but got <stream end> (while parsing a flow mapping at line 3, column 14).");
  }

  @Test
  void should_report_json_syntax_error() {
    assertReport("{\"mocks\": [{\"task\": \"A\", \"returns\": 1,}]}", "m.json",
        "Invalid mock file (m.json): 1 problem\n" +
        "  Mock file at /mocks/0/returns (line 1, column 39)\n" +
        "    invalid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name.");
  }

  @Test
  void should_report_duplicate_json_field() {
    assertReport("{\"mocks\": [{\"task\": \"A\", \"returns\": 1, \"returns\": 2}]}", "m.json",
        "Invalid mock file (m.json): 1 problem\n" +
        "  Mock file at /mocks/0/returns (line 1, column 49)\n" +
        "    duplicate field \"returns\" in the object at /mocks/0: each field may appear only once.");
  }

  @Test
  void should_report_duplicate_yaml_field() {
    assertReport("""
        mocks:
          - task: A
            returns: 1
            returns: 2
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock file at /mocks/0/returns (line 4, column 12)\n" +
        "    duplicate field \"returns\" in the object at /mocks/0: each field may appear only once.");
  }

  @Test
  void should_report_truncated_json() {
    assertReport("{\"mocks\": [{\"task\": \"A\", \"returns\": 1}", "m.json",
        "Invalid mock file (m.json): 1 problem\n" +
        "  Mock file at /mocks/0/returns (line 1, column 39)\n" +
        "    unexpected end of input: expected close marker for Array. Is the file truncated?");
  }

  @Test
  void should_report_second_yaml_document() {
    assertReport("""
        mocks: []
        ---
        mocks: []
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock file (line 3, column 1)\n" +
        "    unexpected content after the mock file: expected a single YAML document.");
  }

  @Test
  void should_report_schema_that_is_not_a_string() {
    assertReport("""
        $schema: 3
        mocks: []
        """, "m.yaml",
        "Invalid mock file (m.yaml): 1 problem\n" +
        "  Mock file at /$schema (line 1, column 10)\n" +
        "    \"$schema\" must be a string (the schema's URL or path); found number 3.");
  }

  @Test
  void should_report_several_problems_in_document_order() {
    assertReport("""
        inject:
          - into: Notify
            failure: {timeout: true}
            onCall: 0
        mocks:
          - task: ChargeCard
            answers:
              - returnPayload: {}
              - returns: {}
                after: 2 min
        """, "orders.yaml",
        "Invalid mock file (orders.yaml): 3 problems\n" +
        "  Injection into \"Notify\" at /inject/0/onCall (line 4, column 13)\n" +
        "    \"onCall\" must be a call number, 1 or more (1 is the first call); found number 0.\n" +
        "  Mock task \"ChargeCard\" at /mocks/0/answers/0/returnPayload (line 8, column 9)\n" +
        "    unknown field \"returnPayload\" in an answer. Did you mean \"returnsPayload\"?\n" +
        "  Mock task \"ChargeCard\" at /mocks/0/answers/1/after (line 10, column 16)\n" +
        "    \"after\" must be an ISO-8601 duration such as \"PT2S\" or \"PT1H30M\"; found string \"2 min\". Did you mean \"PT2M\"?");
  }
}
