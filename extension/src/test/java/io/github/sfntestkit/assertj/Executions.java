package io.github.sfntestkit.assertj;

import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Small real executions for the assertion tests, and message helpers. */
public final class Executions {
  public static final String PAYMENT = "{\"StartAt\":\"Start\",\"States\":{"
      + "\"Start\":{\"Type\":\"Pass\",\"Result\":{\"amount\":42},\"ResultPath\":\"$.order\",\"Next\":\"ChargeCard\"},"
      + "\"ChargeCard\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
      + "\"Parameters\":{\"FunctionName\":\"charge\",\"Payload.$\":\"$.order\"},"
      + "\"ResultSelector\":{\"status.$\":\"$.Payload.status\",\"total.$\":\"$.Payload.total\"},"
      + "\"Retry\":[{\"ErrorEquals\":[\"Payment.Throttled\"],\"MaxAttempts\":2,\"IntervalSeconds\":1}],"
      + "\"Catch\":[{\"ErrorEquals\":[\"Payment.Declined\"],\"Next\":\"PaymentFailed\",\"ResultPath\":\"$.error\"}],"
      + "\"Next\":\"Done\"},"
      + "\"PaymentFailed\":{\"Type\":\"Fail\",\"Error\":\"Payment.Declined\",\"Cause\":\"card declined\"},"
      + "\"Done\":{\"Type\":\"Succeed\"}}}";

  public static final String ITEMS = "{\"StartAt\":\"Each\",\"States\":{"
      + "\"Each\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"ItemProcessor\":{\"StartAt\":\"Validate\","
      + "\"States\":{\"Validate\":{\"Type\":\"Pass\",\"End\":true}}},\"Next\":\"Remember\"},"
      + "\"Remember\":{\"Type\":\"Pass\",\"Assign\":{\"first.$\":\"$[0]\",\"count\":3},\"End\":true}}}";

  static final String SLOW = "{\"TimeoutSeconds\":10,\"StartAt\":\"Wait\",\"States\":{"
      + "\"Wait\":{\"Type\":\"Wait\",\"Seconds\":50,\"End\":true}}}";

  private Executions() {}

  /** Start -> ChargeCard -> Done, output {"status":"PAID","total":42}. */
  public static ExecutionResult paid(Mocks mocks) {
    mocks.task("ChargeCard").returnsPayload("{\"status\":\"PAID\",\"total\":42}");
    return run(PAYMENT, "{\"id\":1}", mocks);
  }

  static ExecutionResult paid() {
    return paid(Mocks.create());
  }

  /** Two throttles, then declined: Start -> ChargeCard (2 retries, caught) -> PaymentFailed. */
  public static ExecutionResult declined(Mocks mocks) {
    mocks.task("ChargeCard").throwsError("Payment.Throttled", "slow down").times(2)
        .thenThrows("Payment.Declined", "no funds");
    return run(PAYMENT, "{\"id\":1}", mocks);
  }

  static ExecutionResult declined() {
    return declined(Mocks.create());
  }

  /** Map over [1,2,3] (Validate x3), then Remember assigns $first = 1 and $count = 3. */
  static ExecutionResult items() {
    return run(ITEMS, "{\"items\":[1,2,3]}", Mocks.create());
  }

  /** A Wait of 50 s in an execution with TimeoutSeconds 10. */
  static ExecutionResult timedOut() {
    return run(SLOW, "{}", Mocks.create());
  }

  static ExecutionResult run(String definition, String input, Mocks mocks) {
    return StateMachine.fromJson(definition).execute(input, ExecutionOptions.defaults().withIntegration(mocks));
  }

  /** The lines joined as AssertJ's {@code %n} does, after a leading line break. */
  static String message(String... lines) {
    return System.lineSeparator() + String.join(System.lineSeparator(), lines);
  }

  /** The AssertionError a call throws (fails the test when none). */
  static AssertionError failure(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    if (!(thrown instanceof AssertionError)) {
      throw new AssertionError("Expected an AssertionError but got: " + thrown, thrown);
    }
    return (AssertionError) thrown;
  }
}
