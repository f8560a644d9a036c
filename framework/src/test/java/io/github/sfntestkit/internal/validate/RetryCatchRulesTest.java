package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.V.report;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryCatchRulesTest {

  private static String task(String fields) {
    return "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:x\","
        + fields
        + ",\"End\":true},\"F\":{\"Type\":\"Fail\"}}}";
  }

  @Test
  void should_accept_well_formed_retriers_and_catchers() {
    assertThat(
            report(
                task(
                    "\"Retry\":[{\"ErrorEquals\":[\"Lambda.ServiceException\",\"States.Timeout\"],\"IntervalSeconds\":2,\"MaxAttempts\":0,\"BackoffRate\":1.5,\"MaxDelaySeconds\":10,\"JitterStrategy\":\"FULL\",\"Comment\":\"c\"},{\"ErrorEquals\":[\"States.ALL\"]}],"
                        + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"F\",\"ResultPath\":null,\"Comment\":\"c\"}]")))
        .isEmpty();
  }

  @Test
  void should_report_states_all_not_alone_and_not_last() {
    assertThat(
            report(
                task(
                    "\"Retry\":[{\"ErrorEquals\":[\"States.ALL\",\"Lambda.ServiceException\"]},{\"ErrorEquals\":[\"X\"]}]")))
        .containsExactly(
            "/States/T/Retry/0/ErrorEquals: \"States.ALL\" must be the only name in the last Retrier; here it is in Retrier 1 of 2, next to \"Lambda.ServiceException\".",
            "/States/F: unreachable state: no transition leads here from the start state \"T\".");
    assertThat(report(task("\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"]},{\"ErrorEquals\":[\"X\"]}]")))
        .contains(
            "/States/T/Retry/0/ErrorEquals: \"States.ALL\" must be the only name in the last Retrier; here it is in Retrier 1 of 2.");
    assertThat(report(task("\"Catch\":[{\"ErrorEquals\":[\"X\",\"States.ALL\"],\"Next\":\"F\"}]")))
        .containsExactly(
            "/States/T/Catch/0/ErrorEquals: \"States.ALL\" must be the only name in the last Catcher; here it is next to \"X\".");
  }

  @Test
  void should_check_retrier_ranges() {
    assertThat(
            report(
                task(
                    "\"Retry\":[{\"ErrorEquals\":[\"X\"],\"IntervalSeconds\":0,\"MaxAttempts\":-1,\"BackoffRate\":0.5,\"MaxDelaySeconds\":31622402,\"JitterStrategy\":\"RANDOM\"}]")))
        .contains(
            "/States/T/Retry/0/IntervalSeconds: \"IntervalSeconds\" must be an integer from 1 to 99999999, but was number 0.",
            "/States/T/Retry/0/MaxAttempts: \"MaxAttempts\" must be an integer from 0 to 99999999, but was number -1.",
            "/States/T/Retry/0/BackoffRate: \"BackoffRate\" must be a number greater than or equal to 1.0, but was number 0.5.",
            "/States/T/Retry/0/MaxDelaySeconds: \"MaxDelaySeconds\" must be an integer from 1 to 31622401, but was number 31622402.",
            "/States/T/Retry/0/JitterStrategy: \"JitterStrategy\" must be one of \"FULL\", \"NONE\", but was string \"RANDOM\".");
  }

  @Test
  void should_report_unknown_retrier_fields() {
    assertThat(report(task("\"Retry\":[{\"ErrorEquals\":[\"X\"],\"MaxAttempt\":2}]")))
        .contains(
            "/States/T/Retry/0/MaxAttempt: unknown field \"MaxAttempt\" for a Retrier. Did you mean \"MaxAttempts\"?");
  }

  @Test
  void should_check_error_equals() {
    assertThat(report(task("\"Retry\":[{\"MaxAttempts\":2},{\"ErrorEquals\":[]},{\"ErrorEquals\":[1]}]")))
        .contains(
            "/States/T/Retry/0: missing required field \"ErrorEquals\": a Retrier needs a non-empty array of error names, such as [\"States.ALL\"].",
            "/States/T/Retry/1/ErrorEquals: \"ErrorEquals\" must be a non-empty array of error names, but was array [].",
            "/States/T/Retry/2/ErrorEquals/0: an error name must be a string, but was number 1.");
  }

  @Test
  void should_check_retry_and_catch_shapes() {
    assertThat(report(task("\"Retry\":{},\"Catch\":[1]")))
        .contains(
            "/States/T/Retry: \"Retry\" must be an array, but was object {}.",
            "/States/T/Catch/0: a Catcher must be an object, but was number 1.");
  }

  @Test
  void should_require_catcher_next() {
    assertThat(report(task("\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"]}]")))
        .contains(
            "/States/T/Catch/0: missing required field \"Next\": a Catcher must name the state to go to when it catches an error.");
  }

  @Test
  void should_check_catcher_fields_per_query_language() {
    assertThat(report(task("\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"F\",\"Output\":{}}]")))
        .containsExactly(
            "/States/T/Catch/0/Output: \"Output\" is only valid in JSONata states, but this Task state uses JSONPath. Use \"ResultPath\" in the Catcher, or set \"QueryLanguage\": \"JSONata\".");
    String jsonata =
        "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:x\","
            + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"F\",\"ResultPath\":\"$.e\"}],\"End\":true},\"F\":{\"Type\":\"Fail\"}}}";
    assertThat(report(jsonata))
        .containsExactly(
            "/States/T/Catch/0/ResultPath: \"ResultPath\" is only valid in JSONPath states, but this Task state uses JSONata. Use \"Output\" and \"Assign\" in the Catcher instead.");
  }

  @Test
  void should_not_allow_retry_on_a_pass_state() {
    assertThat(report("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Retry\":[],\"End\":true}}}"))
        .containsExactly(
            "/States/P/Retry: unknown field \"Retry\" for a Pass state. Expected one of: \"Type\", \"Comment\", \"QueryLanguage\", \"InputPath\", \"OutputPath\", \"Parameters\", \"Result\", \"ResultPath\", \"Assign\", \"Next\", \"End\".");
  }
}
