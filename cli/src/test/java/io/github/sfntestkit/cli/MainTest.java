package io.github.sfntestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int main(String stdin, String... args) {
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static final String HELLO = "{\"StartAt\":\"Hi\",\"States\":{\"Hi\":{\"Type\":\"Pass\","
      + "\"Parameters\":{\"greeting.$\":\"States.Format('Hello {}', $.name)\"},\"End\":true}}}";

  private static final String TASK = "{\"StartAt\":\"Call\",\"States\":{\"Call\":{\"Type\":\"Task\","
      + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Retry\":[{\"ErrorEquals\":[\"Boom\"]}],\"End\":true}}}";

  private static final String MOCKS = "{\"StateMachines\":{\"M\":{\"TestCases\":{\"T\":{\"Call\":\"R\"}}}},"
      + "\"MockedResponses\":{\"R\":{\"0-1\":{\"Throw\":{\"Error\":\"Boom\",\"Cause\":\"x\"}},\"2\":{\"Return\":{\"ok\":true}}}}}";

  @Test
  void should_print_usage_and_exit_2_without_arguments() {
    assertThat(main("")).isEqualTo(2);
    assertThat(stdout()).contains("Usage:");
  }

  @Test
  void should_reject_unknown_command() {
    assertThat(main("", "frobnicate")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command \"frobnicate\"");
  }

  @Test
  void should_run_a_definition_and_print_status_output_and_events() throws IOException {
    Path def = write("hello.asl.json", HELLO);
    Path input = write("input.json", "{\"name\":\"Ada\"}");

    int code = main("", "run", "--definition", def.toString(), "--input", input.toString());

    assertThat(code).isZero();
    JsonNode r = Json.parse(stdout());
    assertThat(r.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(r.get("output")).isEqualTo(Json.parse("{\"greeting\":\"Hello Ada\"}"));
    assertThat(r.get("events").get(0).get("type").asText()).isEqualTo("ExecutionStarted");
    assertThat(r.get("events").get(1).get("stateEnteredEventDetails").get("name").asText()).isEqualTo("Hi");
  }

  @Test
  void should_use_a_step_functions_local_mock_file_with_retries() throws IOException {
    Path def = write("task.asl.json", TASK);
    Path mocks = write("MockConfigFile.json", MOCKS);

    int code = main("", "run", "--definition", def.toString(), "--mock-config", mocks.toString(),
        "--state-machine", "M", "--test-case", "T");

    assertThat(code).isZero();
    JsonNode r = Json.parse(stdout());
    assertThat(r.get("output")).isEqualTo(Json.parse("{\"ok\":true}"));
    List<String> types = new ArrayList<>();
    r.get("events").forEach(e -> types.add(e.get("type").asText()));
    assertThat(types).filteredOn("TaskFailed"::equals).hasSize(2);
  }

  @Test
  void should_exit_1_when_the_execution_fails() throws IOException {
    Path def = write("fail.asl.json", "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"E\",\"Cause\":\"C\"}}}");
    assertThat(main("", "run", "--definition", def.toString())).isEqualTo(1);
    JsonNode r = Json.parse(stdout());
    assertThat(r.get("status").asText()).isEqualTo("FAILED");
    assertThat(r.get("error").asText()).isEqualTo("E");
    assertThat(r.get("cause").asText()).isEqualTo("C");
  }

  @Test
  void should_report_an_unmocked_task_without_a_stack_trace() throws IOException {
    Path def = write("task.asl.json", TASK);
    assertThat(main("", "run", "--definition", def.toString())).isEqualTo(65);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("No mock answers Task state \"Call\" (resource arn:aws:states:::lambda:invoke, call #1)")
        .doesNotContain("\tat ");
  }

  @Test
  void should_run_jsonl_jobs_and_answer_each_with_its_id() {
    String jobs = "{\"id\":\"a\",\"definition\":" + HELLO + ",\"input\":{\"name\":\"Bo\"}}\n"
        + "{\"id\":\"b\",\"definition\":" + TASK + ",\"input\":{},\"mockConfig\":" + MOCKS
        + ",\"stateMachine\":\"M\",\"testCase\":\"T\"}\n"
        + "not json\n";

    assertThat(main(jobs, "run", "--jsonl")).isZero();

    String[] lines = stdout().split("\n");
    assertThat(lines).hasSize(3);
    JsonNode a = Json.parse(lines[0]);
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("output").get("greeting").asText()).isEqualTo("Hello Bo");
    JsonNode b = Json.parse(lines[1]);
    assertThat(b.get("id").asText()).isEqualTo("b");
    assertThat(b.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(Json.parse(lines[2]).get("harnessError").asText()).startsWith("Not a JSON job");
  }

  @Test
  void should_validate_and_exit_0_for_a_valid_file() throws IOException {
    Path def = write("hello.asl.json", HELLO);
    assertThat(main("", "validate", def.toString())).isZero();
    assertThat(stdout()).contains("OK " + def);
  }
}
