package io.github.sfntestkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.mock.Mocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's quick start on the order-processing sample, and keeps the README's copy equal. */
class ReadmeQuickStartTest {

  @Test
  void should_run_the_quick_start_of_the_readme() throws IOException {
    Path root = root();
    Path orderAsl = root.resolve("samples/order-processing/order.asl.json");
    // tag::readme-quick-start[]
    StateMachine sm = StateMachine.fromFile(orderAsl);   // loaded, validated, compiled once

    Mocks mocks = Mocks.create();
    mocks.task("ValidateOrder").returnsPayload("{\"valid\": true}");
    mocks.task("ChargeCard")
        .throwsError("Payment.Throttled", "slow down").times(2)     // retried by the workflow's Retry
        .thenReturnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.resource("arn:aws:states:::sns:publish").returnsPayload("{}");

    ExecutionResult r = sm.execute("{\"orderId\": \"o-1\", \"amount\": 10}",
        ExecutionOptions.defaults().withIntegration(mocks));

    r.status();                                 // SUCCEEDED, FAILED or TIMED_OUT
    r.output();                                 // the execution output (Jackson JsonNode)
    r.path();                                   // states entered, in order
    r.visits().get(2).retries();                // per-state inspection data: input, each data-flow step, retries
    r.duration();                               // virtual time: the one-hour Wait and the backoffs, instantly
    mocks.calls("ChargeCard");                  // what the task was called with, when, and what it answered
    r.history().toJson();                       // the history in AWS GetExecutionHistory shape
    // end::readme-quick-start[]
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(r.path()).containsExactly("ValidateOrder", "IsValid", "ChargeCard", "WaitForWarehouse", "Notify", "Done");
    assertThat(r.visits().get(2).retries()).isEqualTo(2);
    assertThat(r.duration()).isEqualTo(java.time.Duration.ofSeconds(2 + 4 + 3600));
    assertThat(mocks.calls("ChargeCard")).hasSize(3);
    assertThat(readmeBlock(root)).isEqualTo(region(root));
  }

  /** The sample lives at the repository root; the test runs in framework/. */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("samples")) ? here : here.getParent();
  }

  private static String region(Path root) throws IOException {
    List<String> lines = Files.readAllLines(root.resolve("framework/src/test/java/io/github/sfntestkit/ReadmeQuickStartTest.java"));
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.trim().equals("// end::readme-quick-start[]")) {
        break;
      }
      if (in) {
        out.add(line.length() >= 4 ? line.substring(4) : line.strip());
      }
      if (line.trim().equals("// tag::readme-quick-start[]")) {
        in = true;
      }
    }
    return String.join("\n", out);
  }

  private static String readmeBlock(Path root) throws IOException {
    List<String> lines = Files.readAllLines(root.resolve("README.md"));
    int marker = lines.indexOf("<!-- snippet: readme-quick-start -->");
    List<String> out = new ArrayList<>();
    for (int i = marker + 2; i < lines.size() && !lines.get(i).equals("```"); i++) {
      out.add(lines.get(i));
    }
    return String.join("\n", out);
  }
}
