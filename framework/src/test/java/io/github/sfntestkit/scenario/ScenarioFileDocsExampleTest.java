package io.github.sfntestkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "From Java" example of docs/scenarios.md (the extension's ScenarioDocsTest checks the copy). */
class ScenarioFileDocsExampleTest {

  @Test
  void should_run_the_scenarios_of_a_file_without_junit() {
    List<String> lines = new ArrayList<>();
    // tag::scenarios.from-java[]
    ScenarioFile file = ScenarioFile.loadResource("scenarios/greet.sfn-test.yaml"); // or load(Path)
    for (Scenario scenario : file.scenarios()) {
      if (scenario.disabledReason().isPresent()) {
        continue;
      }
      ScenarioRun run = scenario.run();           // fresh strict mocks, the file's options
      ExecutionResult result = run.result();
      Expectations expect = scenario.expectations();
      lines.add(scenario.name() + ": " + result.status() + ", expected " + expect.status()
          + " (" + expect.location("status").describe() + ")");
    }
    // end::scenarios.from-java[]
    assertThat(lines).containsExactly("greets: SUCCEEDED, expected SUCCEEDED (line 13, column 7)",
        "greets after a busy retry: SUCCEEDED, expected SUCCEEDED (line 23, column 7)");
  }
}
