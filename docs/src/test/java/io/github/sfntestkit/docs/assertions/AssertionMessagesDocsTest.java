package io.github.sfntestkit.docs.assertions;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The failure messages docs/assertions.md quotes, produced by the real assertions on the page's
 * payment workflow: paid (Start -> ChargeCard -> Done) and declined (two throttles, then declined and
 * caught).
 */
class AssertionMessagesDocsTest {
  private static final StateMachine PAYMENT = StateMachine.fromResource("assertions/payment.asl.json");

  private final Mocks mocks = Mocks.create();

  private ExecutionResult paid() {
    mocks.task("ChargeCard").returnsPayload("{\"status\":\"PAID\",\"total\":42}");
    return PAYMENT.execute("{\"id\":1}", ExecutionOptions.defaults().withIntegration(mocks));
  }

  private ExecutionResult declined() {
    mocks.task("ChargeCard").throwsError("Payment.Throttled", "slow down").times(2)
        .thenThrows("Payment.Declined", "no funds");
    return PAYMENT.execute("{\"id\":1}", ExecutionOptions.defaults().withIntegration(mocks));
  }

  @Test
  void succeeded() {
    ExecutionResult declined = declined();
    assertFailure(() -> assertThat(declined).succeeded(),
        // tag::message-succeeded[]
        """
        Expecting execution to have succeeded but it ended with status FAILED:
          error: "Payment.Declined"
          cause: "card declined"
        Last state entered: "PaymentFailed" (Fail), input:
          {"id":1,"order":{"amount":42},"error":{"Error":"Payment.Declined","Cause":"no funds"}}
        Path taken:
          Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]
        """
        // end::message-succeeded[]
    );
  }

  @Test
  void hasOutput() {
    ExecutionResult paid = paid();
    assertFailure(() -> assertThat(paid).hasOutput("{\"status\": \"SHIPPED\", \"total\": 41, \"x\": 1}"),
        // tag::message-has-output[]
        """
        Expecting execution output to be (ignoring key order):
          {"status":"SHIPPED","total":41,"x":1}
        but was:
          {"status":"PAID","total":42}
        Differences:
          $.status: expected "SHIPPED" but was "PAID"
          $.total: expected 41 but was 42
          $.x: missing, expected 1
        Path taken:
          Start -> ChargeCard -> Done [Succeed]
        """
        // end::message-has-output[]
    );
  }

  @Test
  void visited() {
    ExecutionResult declined = declined();
    assertFailure(() -> assertThat(declined).visited("ShipOrder"),
        // tag::message-visited[]
        """
        Expecting execution to have entered state:
          "ShipOrder"
        but it did not. Path taken:
          Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]
        """
        // end::message-visited[]
    );
  }

  @Test
  void wasRetried() {
    ExecutionResult declined = declined();
    assertFailure(() -> assertThat(declined).state("ChargeCard").wasRetried(3),
        // tag::message-was-retried[]
        """
        Expecting state "ChargeCard" to have been retried:
          3 times
        but it was retried:
          2 times (delays [PT1S, PT2S])
        then it caught "Payment.Declined" and went to "PaymentFailed".
        Path taken:
          Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]
        """
        // end::message-was-retried[]
    );
  }

  @Test
  void wentTo() {
    ExecutionResult paid = paid();
    assertFailure(() -> assertThat(paid).state("ChargeCard").wentTo("PaymentFailed"),
        // tag::message-went-to[]
        """
        Expecting state "ChargeCard" to have gone to:
          "PaymentFailed"
        but it went to "Done".
        State input:
          {"id":1,"order":{"amount":42}}
        State output:
          {"status":"PAID","total":42}
        Path taken:
          Start -> ChargeCard -> Done [Succeed]
        """
        // end::message-went-to[]
    );
  }

  @Test
  void calls() {
    ExecutionResult declined = declined();
    assertFailure(() -> assertThat(declined).calls(mocks, "ChargeCard").hasSize(1),
        // tag::message-calls[]
        """
        Expecting calls to "ChargeCard" to number:
          1
        but there were:
          3
        Calls:
          #1 "ChargeCard" with input {"FunctionName":"charge","Payload":{"amount":42}}
          #2 "ChargeCard" with input {"FunctionName":"charge","Payload":{"amount":42}}
          #3 "ChargeCard" with input {"FunctionName":"charge","Payload":{"amount":42}}
        Path taken:
          Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]
        """
        // end::message-calls[]
    );
  }

  @Test
  void history() {
    ExecutionResult declined = declined();
    assertFailure(() -> assertThat(declined).history().containsEventTypes("TaskScheduled", "ExecutionSucceeded"),
        // tag::message-history[]
        """
        Expecting history to contain event types:
          ["TaskScheduled", "ExecutionSucceeded"]
        but it has no:
          ["ExecutionSucceeded"]
        Event types present:
          ExecutionStarted, PassStateEntered, PassStateExited, TaskStateEntered, TaskScheduled x3, TaskStarted x3, TaskFailed x3, TaskStateExited, FailStateEntered, ExecutionFailed
        Path taken:
          Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]
        """
        // end::message-history[]
    );
  }

  @Test
  void description() {
    ExecutionResult declined = declined();
    assertFailure(() -> assertThat(declined).as("payment").state("ChargeCard").wasRetried(1),
        // tag::message-description[]
        """
        [payment]\s
        Expecting state "ChargeCard" to have been retried:
          1 time
        but it was retried:
          2 times (delays [PT1S, PT2S])
        then it caught "Payment.Declined" and went to "PaymentFailed".
        Path taken:
          Start -> ChargeCard (2 retries, caught Payment.Declined) -> PaymentFailed [Fail: Payment.Declined]
        """
        // end::message-description[]
    );
  }

  /** The call fails with this message (line breaks as the platform writes them, ends trimmed). */
  private static void assertFailure(ThrowingCallable call, String expected) {
    AssertionError error = catchThrowableOfType(AssertionError.class, call);
    Assertions.assertThat(error).as("the assertion should have failed").isNotNull();
    Assertions.assertThat(error.getMessage().replace(System.lineSeparator(), "\n").strip())
        .isEqualTo(expected.strip());
  }
}
