package io.github.sfntestkit.assertj.error;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;

/** The executions the factory tests describe (same definitions as the assertion tests). */
final class FactoryFixtures {
  static final String PAYMENT = "{\"StartAt\":\"Start\",\"States\":{"
      + "\"Start\":{\"Type\":\"Pass\",\"Result\":{\"amount\":42},\"ResultPath\":\"$.order\",\"Next\":\"ChargeCard\"},"
      + "\"ChargeCard\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
      + "\"Parameters\":{\"FunctionName\":\"charge\",\"Payload.$\":\"$.order\"},"
      + "\"ResultSelector\":{\"status.$\":\"$.Payload.status\",\"total.$\":\"$.Payload.total\"},"
      + "\"Retry\":[{\"ErrorEquals\":[\"Payment.Throttled\"],\"MaxAttempts\":2,\"IntervalSeconds\":1}],"
      + "\"Catch\":[{\"ErrorEquals\":[\"Payment.Declined\"],\"Next\":\"PaymentFailed\",\"ResultPath\":\"$.error\"}],"
      + "\"Next\":\"Done\"},"
      + "\"PaymentFailed\":{\"Type\":\"Fail\",\"Error\":\"Payment.Declined\",\"Cause\":\"card declined\"},"
      + "\"Done\":{\"Type\":\"Succeed\"}}}";

  static final String ITEMS = "{\"StartAt\":\"Each\",\"States\":{"
      + "\"Each\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"ItemProcessor\":{\"StartAt\":\"Validate\","
      + "\"States\":{\"Validate\":{\"Type\":\"Pass\",\"End\":true}}},\"Next\":\"Remember\"},"
      + "\"Remember\":{\"Type\":\"Pass\",\"Assign\":{\"first.$\":\"$[0]\",\"count\":3},\"End\":true}}}";

  private FactoryFixtures() {}

  /** Declined after two throttles, or paid with {"status":"PAID","total":42}. */
  static ExecutionResult run(Mocks mocks, boolean declined) {
    if (declined) {
      mocks.task("ChargeCard").throwsError("Payment.Throttled", "slow down").times(2)
          .thenThrows("Payment.Declined", "no funds");
    } else {
      mocks.task("ChargeCard").returnsPayload("{\"status\":\"PAID\",\"total\":42}");
    }
    return StateMachine.fromJson(PAYMENT).execute("{\"id\":1}", ExecutionOptions.defaults().withIntegration(mocks));
  }
}
