package io.github.sfntestkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.mock.Mocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TestStateTest {
  private static final StateMachine SM = StateMachine.fromJson("{\"StartAt\":\"Charge\",\"States\":{"
      + "\"Charge\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
      + "\"InputPath\":\"$.order\",\"Parameters\":{\"FunctionName\":\"charge\",\"Payload.$\":\"$\"},"
      + "\"ResultSelector\":{\"id.$\":\"$.Payload.id\"},\"ResultPath\":\"$.charge\","
      + "\"Retry\":[{\"ErrorEquals\":[\"Throttled\"],\"IntervalSeconds\":3}],"
      + "\"Catch\":[{\"ErrorEquals\":[\"Declined\"],\"Next\":\"Declined\"}],\"Next\":\"Route\"},"
      + "\"Route\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$tier\",\"StringEquals\":\"gold\",\"Next\":\"Gold\"}],"
      + "\"Default\":\"Done\"},"
      + "\"Gold\":{\"Type\":\"Pass\",\"Assign\":{\"tier\":\"gold\"},\"Next\":\"Done\"},"
      + "\"Declined\":{\"Type\":\"Fail\",\"Error\":\"Order.Declined\"},"
      + "\"Done\":{\"Type\":\"Succeed\"}}}");

  private static ExecutionOptions with(Mocks mocks) {
    return ExecutionOptions.defaults().withIntegration(mocks);
  }

  @Test
  void should_run_only_the_state_and_report_the_next_state_and_inspection_data() {
    // GIVEN
    Mocks mocks = Mocks.create();
    mocks.task("Charge").returnsPayload("{\"id\":\"ch-1\"}");
    // WHEN
    StateTestResult r = SM.testState("Charge", Json.parse("{\"order\":{\"n\":1}}"), with(mocks));
    // THEN
    assertThat(r.status()).isEqualTo(StateTestResult.Status.SUCCEEDED);
    assertThat(r.nextState()).isEqualTo("Route");
    assertThat(r.execution().path()).containsExactly("Charge");
    assertThat(r.inspectionData().afterInputPath()).isEqualTo(Json.parse("{\"n\":1}"));
    assertThat(r.inspectionData().afterParameters())
        .isEqualTo(Json.parse("{\"FunctionName\":\"charge\",\"Payload\":{\"n\":1}}"));
    assertThat(r.inspectionData().afterResultSelector()).isEqualTo(Json.parse("{\"id\":\"ch-1\"}"));
    assertThat(r.output()).isEqualTo(Json.parse("{\"order\":{\"n\":1},\"charge\":{\"id\":\"ch-1\"}}"));
  }

  @Test
  void should_report_retriable_with_the_delay_instead_of_retrying() {
    Mocks mocks = Mocks.create();
    mocks.task("Charge").throwsError("Throttled", "slow down");

    StateTestResult r = SM.testState("Charge", Json.parse("{\"order\":{}}"), with(mocks));

    assertThat(r.status()).isEqualTo(StateTestResult.Status.RETRIABLE);
    assertThat(r.error()).isEqualTo("Throttled");
    assertThat(r.retryDelay()).isEqualTo(Duration.ofSeconds(3));
    assertThat(mocks.calls("Charge")).hasSize(1);
  }

  @Test
  void should_report_a_caught_error_with_the_catchers_next_state() {
    Mocks mocks = Mocks.create();
    mocks.task("Charge").throwsError("Declined", "no funds");

    StateTestResult r = SM.testState("Charge", Json.parse("{\"order\":{}}"), with(mocks));

    assertThat(r.status()).isEqualTo(StateTestResult.Status.CAUGHT_ERROR);
    assertThat(r.nextState()).isEqualTo("Declined");
    assertThat(r.error()).isEqualTo("Declined");
    assertThat(r.output()).isEqualTo(Json.parse("{\"Error\":\"Declined\",\"Cause\":\"no funds\"}"));
  }

  @Test
  void should_report_an_unhandled_failure() {
    Mocks mocks = Mocks.create();
    mocks.task("Charge").throwsError("Boom", "kaput");

    StateTestResult r = SM.testState("Charge", Json.parse("{\"order\":{}}"), with(mocks));

    assertThat(r.status()).isEqualTo(StateTestResult.Status.FAILED);
    assertThat(r.error()).isEqualTo("Boom");
    assertThat(r.cause()).isEqualTo("kaput");
    assertThat(r.nextState()).isNull();
  }

  @Test
  void should_use_the_given_variables() {
    StateTestResult gold = SM.testState("Route", Json.object(), Json.parse("{\"tier\":\"gold\"}"),
        ExecutionOptions.defaults());
    StateTestResult other = SM.testState("Route", Json.object(), Json.parse("{\"tier\":\"basic\"}"),
        ExecutionOptions.defaults());

    assertThat(gold.nextState()).isEqualTo("Gold");
    assertThat(other.nextState()).isEqualTo("Done");
  }

  @Test
  void should_name_the_states_when_the_state_does_not_exist() {
    assertThatThrownBy(() -> SM.testState("Nope", Json.object(), ExecutionOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No top-level state \"Nope\". States: Charge, Route, Gold, Declined, Done");
  }
}
