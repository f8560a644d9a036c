package io.github.sfntestkit.readme;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

// tag::readme-junit[]
@StateMachineTest("junit-orders.asl.json")
class ReadmeQuickStartTest {

  @Test
  void retries_a_throttled_charge_then_ships(Mocks mocks, StateMachineRunner sfn) {
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Charge")
        .throwsError("Lambda.TooManyRequestsException", "slow down").times(2)
        .thenReturnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Ship").returns("{}");

    ExecutionResult result = sfn.run("{\"orderId\": 1}");

    assertThat(result).succeeded().visitedInOrder("Validate", "Charge", "Ship");
    assertThat(result).state("Charge").wasRetried(2);
    assertThat(result).tookAtMost(java.time.Duration.ofSeconds(10));
  }
  // end::readme-junit[]

  @Test
  void the_readme_shows_this_test() throws IOException {
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.exists(here.resolve("README.md")) ? here : here.getParent();
    List<String> source = Files.readAllLines(root.resolve(
        "extension/src/test/java/io/github/sfntestkit/readme/ReadmeQuickStartTest.java"));
    List<String> region = new ArrayList<>();
    boolean in = false;
    for (String line : source) {
      if (line.equals("  // end::readme-junit[]")) {
        break;
      }
      if (in) {
        region.add(line);
      }
      if (line.equals("// tag::readme-junit[]")) {
        in = true;
      }
    }
    region.add("}");
    List<String> readme = Files.readAllLines(root.resolve("README.md"));
    int at = readme.indexOf("<!-- snippet: readme-junit -->");
    List<String> block = new ArrayList<>();
    for (int i = at + 2; i < readme.size() && !readme.get(i).equals("```"); i++) {
      block.add(readme.get(i));
    }
    org.assertj.core.api.Assertions.assertThat(String.join("\n", block)).isEqualTo(String.join("\n", region));
  }
}
