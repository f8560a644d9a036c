package io.github.sfntestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.coverage.CoverageData;
import io.github.sfntestkit.coverage.CoverageRecorder;
import io.github.sfntestkit.internal.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCommandTest {
  @TempDir Path dir;

  private ByteArrayOutputStream out = new ByteArrayOutputStream();
  private ByteArrayOutputStream err = new ByteArrayOutputStream();

  static final String SORT = "{\"StartAt\":\"IsSmall\",\"States\":{"
      + "\"IsSmall\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericLessThan\":10,\"Next\":\"Small\"}],"
      + "\"Default\":\"Big\"},"
      + "\"Small\":{\"Type\":\"Pass\",\"End\":true},"
      + "\"Big\":{\"Type\":\"Pass\",\"End\":true}}}";

  @AfterEach
  void recorder_is_left_as_it_was() {
    assertThat(CoverageRecorder.isEnabled()).isFalse();
  }

  private int main(String stdin, String... args) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static List<Path> dataFiles(Path data) throws IOException {
    try (Stream<Path> files = Files.list(data)) {
      return files.filter(f -> f.toString().endsWith(".sfn-coverage.json")).collect(Collectors.toList());
    }
  }

  /** Runs sort.asl.json once with a small number: Big and the Default branch stay uncovered. */
  private Path recordSmallRun() throws IOException {
    Path def = write("sort.asl.json", SORT);
    Path input = write("small.json", "{\"n\": 1}");
    Path data = dir.resolve("sfn-coverage");
    assertThat(main("", "run", "--definition", def.toString(), "--input", input.toString(),
        "--coverage-dir", data.toString())).isZero();
    return data;
  }

  @Test
  void should_record_a_run_into_the_coverage_dir() throws IOException {
    Path data = recordSmallRun();

    assertThat(Json.parse(stdout()).get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(dataFiles(data)).hasSize(1);
    CoverageData coverage = CoverageData.readDirectory(data);
    assertThat(coverage.machine("sort").executions()).isEqualTo(1);
    assertThat(coverage.machine("sort").states()).hasToString("2/3 (66.7%)");
  }

  @Test
  void should_merge_the_files_of_several_runs() throws IOException {
    recordSmallRun();
    Path big = write("big.json", "{\"n\": 50}");
    Path data = dir.resolve("sfn-coverage");
    assertThat(main("", "run", "--definition", dir.resolve("sort.asl.json").toString(), "--input", big.toString(),
        "--coverage-dir", data.toString())).isZero();

    assertThat(dataFiles(data)).hasSize(2);
    assertThat(main("", "coverage", "check", "--data", data.toString(), "--rule", "states=1.0,transitions=1.0"))
        .isZero();
    assertThat(stdout()).contains("passed");
  }

  @Test
  void should_record_every_jsonl_job() throws IOException {
    Path data = dir.resolve("sfn-coverage");
    String jobs = "{\"id\":\"1\",\"definition\":" + SORT + ",\"input\":{\"n\":1}}\n"
        + "{\"id\":\"2\",\"definition\":" + SORT + ",\"input\":{\"n\":2}}\n";

    assertThat(main(jobs, "run", "--jsonl", "--coverage-dir", data.toString())).isZero();

    assertThat(CoverageData.readDirectory(data).executions()).isEqualTo(2);
  }

  @Test
  void should_record_the_scenarios_the_test_command_runs() throws IOException {
    write("scenarios/sort.asl.json", SORT);
    write("scenarios/sort.sfn-test.yaml", "name: Sort\n"
        + "definition: sort.asl.json\n"
        + "scenarios:\n"
        + "  - name: small\n"
        + "    input: {n: 1}\n"
        + "    expect: {status: SUCCEEDED, path: [IsSmall, Small]}\n"
        + "  - name: big\n"
        + "    input: {n: 50}\n"
        + "    expect: {status: SUCCEEDED, path: [IsSmall, Big]}\n");
    Path data = dir.resolve("sfn-coverage");

    int code = main("", "test", "--coverage-dir", data.toString(), dir.resolve("scenarios").toString());

    assertThat(code).as(stdout() + stderr()).isZero();
    CoverageData coverage = CoverageData.readDirectory(data);
    assertThat(coverage.machine("sort").executions()).isEqualTo(2);
    assertThat(coverage.machine("sort").transitions()).hasToString("2/2 (100.0%)");
  }

  @Test
  void should_write_the_html_json_and_cobertura_reports() throws IOException {
    Path data = recordSmallRun();
    Path report = dir.resolve("report");

    int code = main("", "coverage", "report", "--data", data.toString(), "--out", report.toString());

    assertThat(code).isZero();
    assertThat(report.resolve("index.html")).content().contains("sort");
    JsonNode json = Json.parse(Files.readString(report.resolve("sfn-coverage.json")));
    assertThat(json.get("format").asText()).isEqualTo("sfn-testkit-coverage-report");
    assertThat(report.resolve("cobertura.xml")).content().contains("condition-coverage=\"50% (1/2)\"");
    assertThat(stdout())
        .contains("HTML report: " + report.resolve("index.html"))
        .contains("sort: 1 execution, states 2/3 (66.7%), transitions 1/2 (50.0%), choice branches 1/2 (50.0%),"
            + " catches 0/0 (100.0%), retries 0/0 (100.0%)");
  }

  @Test
  void should_write_only_the_formats_asked_for() throws IOException {
    Path data = recordSmallRun();
    Path report = dir.resolve("report");

    assertThat(main("", "coverage", "report", "--data", data.toString(), "--out", report.toString(),
        "--format", "COBERTURA")).isZero();

    assertThat(report.resolve("cobertura.xml")).exists();
    assertThat(report.resolve("index.html")).doesNotExist();
    assertThat(report.resolve("sfn-coverage.json")).doesNotExist();
  }

  @Test
  void should_fail_the_check_with_the_list_of_what_is_uncovered() throws IOException {
    Path data = recordSmallRun();

    int code = main("", "coverage", "check", "--data", data.toString(), "--rule", "sort:choiceBranches=1.0");

    assertThat(code).isEqualTo(1);
    assertThat(stdout())
        .contains("sort: choice branches 1/2 (50.0%), required 100.0%")
        .contains("IsSmall -> Big [Default]");
  }

  @Test
  void should_pass_the_check_at_a_lower_threshold() throws IOException {
    Path data = recordSmallRun();

    int code = main("", "coverage", "check", "--data", data.toString(),
        "--rule", "states=60%", "--rule", "sort:choiceBranches=0.5");

    assertThat(code).isZero();
    assertThat(stdout()).contains("passed");
  }

  @Test
  void should_read_rules_from_a_thresholds_file_with_comments() throws IOException {
    Path data = recordSmallRun();
    Path file = write("coverage-thresholds.txt", "# the gate\nstates=0.5   # overall\n\n*:transitions=1.0\n");

    int code = main("", "coverage", "check", "--data", data.toString(), "--thresholds", file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(stdout()).contains("sort: transitions 1/2 (50.0%), required 100.0%").doesNotContain("states");
  }

  @Test
  void should_reject_a_malformed_rule_with_the_reason() throws IOException {
    Path data = recordSmallRun();

    int code = main("", "coverage", "check", "--data", data.toString(), "--rule", "stats=1.0");

    assertThat(code).isEqualTo(65);
    assertThat(stderr()).contains("Invalid coverage threshold \"stats=1.0\"").contains("Did you mean \"states\"?")
        .doesNotContain("\tat ");
  }

  @Test
  void should_name_a_corrupt_data_file() throws IOException {
    Path data = recordSmallRun();
    write("sfn-coverage/broken.sfn-coverage.json", "{\"format\": ");

    int code = main("", "coverage", "report", "--data", data.toString(), "--out", dir.resolve("r").toString());

    assertThat(code).isEqualTo(65);
    assertThat(stderr()).contains("broken.sfn-coverage.json").doesNotContain("\tat ");
  }

  @Test
  void should_say_when_there_is_no_coverage_data() throws IOException {
    Path missing = dir.resolve("nothing-here");

    assertThat(main("", "coverage", "check", "--data", missing.toString(), "--rule", "states=1")).isEqualTo(65);
    assertThat(stderr()).contains("No coverage data: " + missing + " is not a directory")
        .contains("--coverage-dir");

    Files.createDirectories(missing);
    assertThat(main("", "coverage", "report", "--data", missing.toString(), "--out", dir.resolve("r").toString()))
        .isEqualTo(65);
    assertThat(stderr()).contains("holds no *.sfn-coverage.json file");
  }

  @Test
  void should_report_a_coverage_dir_it_cannot_write_to() throws IOException {
    Path def = write("sort.asl.json", SORT);
    Path notADirectory = write("file.txt", "x");

    int code = main("", "run", "--definition", def.toString(), "--coverage-dir", notADirectory.toString());

    assertThat(code).isEqualTo(65);
    assertThat(stderr()).contains("Cannot write the coverage data into " + notADirectory).doesNotContain("\tat ");
  }

  @Test
  void should_explain_wrong_arguments() {
    assertThat(main("", "coverage")).isEqualTo(2);
    assertThat(stderr()).contains("coverage needs a subcommand: report or check.");

    assertThat(main("", "coverage", "merge")).isEqualTo(2);
    assertThat(stderr()).contains("Unknown coverage subcommand \"merge\". Subcommands: report, check.");

    assertThat(main("", "coverage", "report", "--out", "x")).isEqualTo(2);
    assertThat(stderr()).contains("coverage report needs --data DIR.");

    assertThat(main("", "coverage", "report", "--data", "d", "--out", "o", "--format", "pdf")).isEqualTo(2);
    assertThat(stderr()).contains("Unknown report format \"pdf\" in --format. Formats: html, json, cobertura.");

    assertThat(main("", "coverage", "check", "--data", "d")).isEqualTo(2);
    assertThat(stderr()).contains("coverage check needs at least one --rule RULE");

    assertThat(main("", "coverage", "check", "--data", "d", "--rule")).isEqualTo(2);
    assertThat(stderr()).contains("Option --rule needs a value");
  }

  @Test
  void should_list_the_coverage_commands_in_the_usage() {
    assertThat(main("", "--help")).isZero();
    assertThat(stdout()).contains("coverage report --data DIR --out DIR").contains("coverage check --data DIR --rule RULE")
        .contains("--coverage-dir DIR");
  }
}
