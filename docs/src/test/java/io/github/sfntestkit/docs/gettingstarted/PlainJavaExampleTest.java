package io.github.sfntestkit.docs.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.MockFile;
import io.github.sfntestkit.mock.Mocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The framework without the JUnit extension, and mocks kept in a file (docs/getting-started.md). */
class PlainJavaExampleTest {

  @Test
  void runs_the_workflow_with_the_framework_alone() {
    // tag::getting-started-plain-java[]
    StateMachine orders = StateMachine.fromResource("orders.asl.json");   // load, validate, compile once

    Mocks mocks = Mocks.create();
    mocks.task("Validate").returnsPayload("{\"valid\": false}");

    ExecutionResult result = orders.execute("{\"orderId\": \"o-4\"}",
        ExecutionOptions.defaults().withIntegration(mocks));

    result.status();   // FAILED
    result.error();    // "Order.Invalid"
    result.path();     // [Validate, IsValid, Rejected]
    // end::getting-started-plain-java[]
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Order.Invalid");
    assertThat(result.path()).containsExactly("Validate", "IsValid", "Rejected");
  }

  @Test
  void answers_from_a_mock_file() {
    StateMachine orders = StateMachine.fromResource("orders.asl.json");
    // tag::getting-started-mock-file[]
    Mocks mocks = MockFile.loadResource("orders.mocks.yaml");
    ExecutionResult result = orders.execute("{\"orderId\": \"o-5\"}",
        ExecutionOptions.defaults().withIntegration(mocks));
    // end::getting-started-mock-file[]
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.visits().get(2).retries()).isEqualTo(1);
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(2 + 3600));
    assertThat(mocks.calls("Ship")).hasSize(1);
  }
}
