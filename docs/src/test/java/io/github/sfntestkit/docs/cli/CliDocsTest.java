package io.github.sfntestkit.docs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntestkit.cli.InProcessCli;
import io.github.sfntestkit.docs.check.Repository;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What docs/cli.md says about results beyond the lines it shows (DocsCodeBlocksTest runs the shown
 * commands and compares their output, with "..." for the history).
 */
class CliDocsTest {
  private static final Repository REPOSITORY = Repository.find();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void run_prints_the_history_on_the_virtual_clock_and_the_same_result_every_time() throws Exception {
    // GIVEN
    List<String> args = List.of("run", "--definition", path("docs/examples/orders.asl.json"),
        "--input", path("docs/examples/order-input.json"),
        "--mock-config", path("docs/examples/orders.MockConfigFile.json"),
        "--state-machine", "Orders", "--test-case", "ThrottledCharge");
    // WHEN
    InProcessCli.Outcome first = InProcessCli.run(args, "");
    InProcessCli.Outcome second = InProcessCli.run(args, "");
    // THEN
    assertThat(first.exitCode()).isZero();
    assertThat(second.stdout()).isEqualTo(first.stdout());
    JsonNode events = JSON.readTree(first.stdout()).get("events");
    JsonNode last = events.get(events.size() - 1);
    assertThat(last.get("type").asText()).isEqualTo("ExecutionSucceeded");
    // retries after 2 s and 4 s, then the one-hour Wait: virtual time, the run itself takes milliseconds
    assertThat(last.get("timestamp").asText()).isEqualTo("2024-01-01T01:00:06Z");
    assertThat(last.get("id").asInt()).isEqualTo(events.size());
    assertThat(last.get("previousEventId").asInt()).isEqualTo(events.size() - 1);
    assertThat(events.findValues("type")).extracting(JsonNode::asText).contains("TaskFailed", "WaitStateEntered");
  }

  @Test
  void jsonl_answers_each_job_of_jobs_jsonl_in_order() throws Exception {
    // GIVEN
    String jobs = REPOSITORY.read("docs/examples/cli/jobs.jsonl");
    // WHEN
    InProcessCli.Outcome outcome = InProcessCli.run(List.of("run", "--jsonl"), jobs);
    // THEN
    assertThat(outcome.exitCode()).isZero();
    List<JsonNode> results = new ArrayList<>();
    for (String line : outcome.stdout().split("\n")) {
      results.add(JSON.readTree(line));
    }
    assertThat(results).extracting(r -> r.get("id").asText()).containsExactly("greet", "typo", "mocked", "unmocked");
    assertThat(results.get(0).get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(results.get(1).get("validationErrors")).hasSize(2);
    assertThat(results.get(2).get("output")).isEqualTo(JSON.readTree("{\"Payload\": 7}"));
    assertThat(results.get(3).has("status")).isFalse();
    assertThat(results.get(3).get("harnessError").asText()).startsWith("No mock answers Task state \"Call\"");
  }

  @Test
  void validate_reads_yaml_definitions_too() {
    // WHEN
    InProcessCli.Outcome outcome = InProcessCli.run(
        List.of("validate", path("docs/src/test/resources/cli/hello.asl.yaml")), "");
    // THEN
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.stdout()).startsWith("OK ").endsWith("hello.asl.yaml\n");
  }

  @Test
  void an_unknown_command_exits_with_2_and_names_the_commands() {
    // WHEN
    InProcessCli.Outcome outcome = InProcessCli.run(List.of("frobnicate"), "");
    // THEN
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.stderr()).startsWith("Unknown command \"frobnicate\". Commands: ").contains("validate", "run");
  }

  @Test
  void validate_reports_a_missing_file_like_an_invalid_one() {
    // WHEN
    InProcessCli.Outcome outcome = InProcessCli.run(List.of("validate", "no-such.asl.json"), "");
    // THEN
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.stdout()).contains("no-such.asl.json").contains("cannot read the definition: no such file.")
        .endsWith("1 of 1 definitions are invalid.\n");
  }

  private static String path(String relative) {
    return REPOSITORY.resolve(relative).toString();
  }
}
