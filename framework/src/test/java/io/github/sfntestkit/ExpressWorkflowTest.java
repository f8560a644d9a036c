package io.github.sfntestkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.mock.Mocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExpressWorkflowTest {
  private static final StateMachine WAIT = StateMachine.fromJson("{\"StartAt\":\"W\",\"States\":{"
      + "\"W\":{\"Type\":\"Wait\",\"Seconds\":600,\"End\":true}}}");

  private static final StateMachine CHARGE = StateMachine.fromJson("{\"StartAt\":\"Charge\",\"States\":{"
      + "\"Charge\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
      + "\"Parameters\":{\"FunctionName\":\"charge\",\"Payload.$\":\"$\"},\"End\":true}}}");

  @Test
  void should_time_out_an_express_execution_after_five_minutes() {
    ExecutionResult r = WAIT.execute(Json.object(), ExecutionOptions.defaults().express());

    assertThat(r.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(r.duration()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void should_let_a_standard_execution_wait_longer() {
    ExecutionResult r = WAIT.execute(Json.object(), ExecutionOptions.defaults());

    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.duration()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void should_use_the_express_execution_arn_and_no_redrive_count_in_the_context() {
    StateMachine sm = StateMachine.fromJson("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
        + "\"Parameters\":{\"e.$\":\"$$.Execution\"},\"End\":true}}}");

    ExecutionResult r = sm.execute(Json.object(), ExecutionOptions.defaults().express());

    assertThat(r.output().at("/e/Id").asText())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:express:StateMachine:test-execution");
    assertThat(r.output().at("/e").has("RedriveCount")).isFalse();
  }

  @Test
  void should_have_no_history_limit_for_express_executions() {
    StateMachine loop = StateMachine.fromJson("{\"StartAt\":\"Incr\",\"States\":{"
        + "\"Incr\":{\"Type\":\"Pass\",\"Parameters\":{\"i.$\":\"States.MathAdd($.i, 1)\"},\"Next\":\"Check\"},"
        + "\"Check\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.i\",\"NumericLessThan\":7000,"
        + "\"Next\":\"Incr\"}],\"Default\":\"Done\"},\"Done\":{\"Type\":\"Succeed\"}}}");

    assertThat(loop.execute(Json.parse("{\"i\":0}"), ExecutionOptions.defaults()).status())
        .isEqualTo(ExecutionStatus.FAILED);
    assertThat(loop.execute(Json.parse("{\"i\":0}"), ExecutionOptions.defaults().express()).output())
        .isEqualTo(Json.parse("{\"i\":7000}"));
  }

  @Test
  void should_deliver_each_task_call_twice_when_redelivery_is_on() {
    Mocks mocks = Mocks.create();
    mocks.task("Charge").returnsPayload("{\"n\":1}").thenReturnsPayload("{\"n\":2}");

    ExecutionResult r = CHARGE.execute(Json.parse("{\"order\":7}"),
        ExecutionOptions.defaults().express().withRedeliveredTaskCalls().withIntegration(mocks));

    assertThat(mocks.calls("Charge")).hasSize(2);
    assertThat(mocks.calls("Charge").get(1).input()).isEqualTo(mocks.calls("Charge").get(0).input());
    assertThat(r.output().get("Payload")).isEqualTo(Json.parse("{\"n\":2}"));
  }
}
