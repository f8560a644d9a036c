package io.github.sfntestkit.docs.assertions;

// tag::assertions-import[]
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat; // or then(...)
// end::assertions-import[]

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.assertj.SoftStateMachineAssertions;
import io.github.sfntestkit.mock.Mocks;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Soft assertions injected by AssertJ's JUnit extension (docs/assertions.md), and the page's import. */
// tag::soft-extension[]
@ExtendWith(SoftAssertionsExtension.class)
class SoftAssertionsExtensionExampleTest {
  @InjectSoftAssertions SoftStateMachineAssertions softly;   // every failure is reported after the test

  @Test
  void paid_order() {
    Mocks mocks = Mocks.create();
    mocks.task("ChargeCard").returnsPayload("{\"status\": \"PAID\", \"total\": 42}");
    ExecutionResult paid = StateMachine.fromResource("assertions/payment.asl.json")
        .execute("{\"id\": 1}", ExecutionOptions.defaults().withIntegration(mocks));

    softly.assertThat(paid).succeeded();
    softly.assertThat(paid).state("ChargeCard").wentTo("Done");
    softly.assertThat(paid).outputAt("$.total").isEqualTo("42");
  }
}
// end::soft-extension[]

/** Keeps the static import above in use. */
class StaticImportUse {
  static Object use(ExecutionResult result) {
    return assertThat(result);
  }
}
