package io.github.sfntestkit.coverage;

import static io.github.sfntestkit.coverage.Workflows.ORDER_MACHINE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntestkit.StateMachine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM-wide recorder: on and off, the file it writes, and forks merged from a directory. */
class CoverageRecorderTest {
  private static final String FILE_NAME = "[0-9]+-[0-9a-f]+\\.sfn-coverage\\.json";

  @TempDir
  Path dir;

  /** Where the build itself had the recorder write, restored after each test. */
  private Path configured;

  @BeforeEach
  void remember_the_configured_directory() {
    configured = CoverageRecorder.directory();
  }

  @AfterEach
  void restore_the_configured_directory() {
    CoverageRecorder.disable();
    if (configured != null) {
      CoverageRecorder.enable(configured);
    }
  }

  private List<Path> dataFiles(Path in) throws Exception {
    if (!Files.isDirectory(in)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(in)) {
      return files.sorted().collect(Collectors.toList());
    }
  }

  @Test
  void should_record_nothing_while_disabled() throws Exception {
    // GIVEN
    CoverageRecorder.disable();
    // WHEN
    Workflows.charged(ORDER_MACHINE);
    // THEN
    assertThat(CoverageRecorder.isEnabled()).isFalse();
    assertThat(CoverageRecorder.directory()).isNull();
    assertThat(CoverageRecorder.current().isEmpty()).isTrue();
    assertThat(CoverageRecorder.flush()).isNull();
  }

  @Test
  void should_record_every_execution_while_enabled_and_write_them_when_disabled() throws Exception {
    // GIVEN
    Path out = dir.resolve("sfn-coverage");
    CoverageRecorder.enable(out);
    // WHEN
    Workflows.charged(ORDER_MACHINE);
    Workflows.run(ORDER_MACHINE, "{\"kind\": \"other\"}");
    CoverageData recorded = CoverageRecorder.current();
    CoverageRecorder.disable();
    Workflows.charged(ORDER_MACHINE);
    // THEN
    assertThat(recorded.machine("state-machine").executions()).isEqualTo(2);
    List<Path> files = dataFiles(out);
    assertThat(files).hasSize(1);
    assertThat(files.get(0).getFileName().toString())
        .matches(FILE_NAME)
        .startsWith(ProcessHandle.current().pid() + "-");
    StateMachineCoverage written = CoverageData.read(files.get(0)).machine("state-machine");
    assertThat(written.executions()).isEqualTo(2);
    assertThat(written.choiceBranches()).hasToString("2/3 (66.7%)");
  }

  @Test
  void should_not_record_single_state_tests() {
    // GIVEN
    CoverageRecorder.enable(dir);
    // WHEN
    ORDER_MACHINE.testState("Route", io.github.sfntestkit.internal.json.Json.parse("{\"kind\": \"fan\"}"),
        io.github.sfntestkit.ExecutionOptions.defaults());
    // THEN
    assertThat(CoverageRecorder.current().isEmpty()).isTrue();
  }

  @Test
  void should_rewrite_the_same_file_with_everything_on_each_flush() throws Exception {
    // GIVEN
    CoverageRecorder.enable(dir);
    Workflows.charged(ORDER_MACHINE);
    // WHEN
    Path first = CoverageRecorder.flush();
    Workflows.charged(ORDER_MACHINE);
    Path second = CoverageRecorder.flush();
    // THEN
    assertThat(second).isEqualTo(first);
    assertThat(first.getParent()).isEqualTo(dir);
    assertThat(dataFiles(dir)).containsExactly(first);
    assertThat(CoverageData.read(first).machine("state-machine").executions()).isEqualTo(2);
  }

  @Test
  void should_write_nothing_when_nothing_was_recorded() throws Exception {
    // GIVEN
    Path out = dir.resolve("empty");
    CoverageRecorder.enable(out);
    // WHEN
    Path file = CoverageRecorder.flush();
    CoverageRecorder.disable();
    // THEN
    assertThat(file).isNotNull();
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void should_write_what_was_recorded_before_switching_to_another_directory() throws Exception {
    // GIVEN
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    CoverageRecorder.enable(a);
    Workflows.charged(ORDER_MACHINE);
    // WHEN
    CoverageRecorder.enable(b);
    Workflows.charged(ORDER_MACHINE);
    Workflows.charged(ORDER_MACHINE);
    CoverageRecorder.disable();
    // THEN
    assertThat(CoverageData.readDirectory(a).machine("state-machine").executions()).isEqualTo(1);
    assertThat(CoverageData.readDirectory(b).machine("state-machine").executions()).isEqualTo(2);
    assertThat(dataFiles(a).get(0).getFileName()).isNotEqualTo(dataFiles(b).get(0).getFileName());
  }

  @Test
  void should_take_the_directory_from_the_system_property_else_the_environment() {
    // THEN
    assertThat(CoverageRecorder.configuredDirectory("target/p", "target/e")).isEqualTo(Path.of("target/p"));
    assertThat(CoverageRecorder.configuredDirectory(null, "target/e")).isEqualTo(Path.of("target/e"));
    assertThat(CoverageRecorder.configuredDirectory(" ", " target/e ")).isEqualTo(Path.of("target/e"));
    assertThat(CoverageRecorder.configuredDirectory(null, null)).isNull();
    assertThat(CoverageRecorder.configuredDirectory("", "")).isNull();
  }

  @Test
  void should_merge_the_files_two_forked_jvms_wrote_at_exit() throws Exception {
    // GIVEN: the same definition, formatted differently in each fork's file
    String pretty = new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(new ObjectMapper().readTree(Workflows.ORDER));
    Path compactFile = dir.resolve("one/order.asl.json");
    Path prettyFile = dir.resolve("two/order.asl.json");
    Files.createDirectories(compactFile.getParent());
    Files.createDirectories(prettyFile.getParent());
    Files.writeString(compactFile, Workflows.ORDER, StandardCharsets.UTF_8);
    Files.writeString(prettyFile, pretty, StandardCharsets.UTF_8);
    Path data = dir.resolve("sfn-coverage");
    // WHEN
    String key1 = fork(data, compactFile, "{\"kind\": \"charge\"}", "{\"kind\": \"other\"}");
    String key2 = fork(data, prettyFile, "{\"kind\": \"fan\", \"items\": [1, 2]}");
    // THEN
    assertThat(key1).isEqualTo(key2).isEqualTo(StateMachineCoverage.of(ORDER_MACHINE).key());
    List<Path> files = dataFiles(data);
    assertThat(files).hasSize(2).allSatisfy(f -> assertThat(f.getFileName().toString()).matches(FILE_NAME));
    CoverageData merged = CoverageData.readDirectory(data);
    assertThat(merged.machines()).hasSize(1);
    StateMachineCoverage order = merged.machine("order");
    assertThat(order.executions()).isEqualTo(3);
    assertThat(order.choiceBranches()).hasToString("3/3 (100.0%)");
    assertThat(order.hits("Fan[1]/Each/Item")).isEqualTo(2);
    assertThat(order.source()).isEqualTo(compactFile.toString());
  }

  /** Runs {@link ForkMain} in a new JVM recording into {@code data}; returns the key it printed. */
  private String fork(Path data, Path definition, String... inputs) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-D" + CoverageRecorder.DIRECTORY_PROPERTY + "=" + data);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ForkMain.class.getName());
    command.add(definition.toString());
    command.addAll(List.of(inputs));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove(CoverageRecorder.DIRECTORY_ENV);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("fork finished").isTrue();
    assertThat(p.exitValue()).as("fork exit code; output:%n%s", output).isZero();
    String[] lines = output.strip().split("\\R");
    return lines[lines.length - 1];
  }
}
