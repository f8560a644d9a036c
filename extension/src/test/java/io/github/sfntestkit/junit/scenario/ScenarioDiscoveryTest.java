package io.github.sfntestkit.junit.scenario;

import static io.github.sfntestkit.junit.scenario.ScenarioEngine.runWithDefaults;
import static io.github.sfntestkit.junit.scenario.ScenarioEngine.testNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** Every selector kind the engine resolves, and what it builds: containers, tests, sources, ids. */
class ScenarioDiscoveryTest {
  private static final List<String> RESOURCES = List.of("scenarios/approval.sfn-test.yaml",
      "scenarios/more-orders.sfn-test.json", "scenarios/orders.sfn-test.yaml", "scenarios/pkg/echo.sfn-test.yml",
      "scenarios/template/notify.sfn-test.yaml");

  @Test
  void should_run_every_scenario_file_of_a_classpath_folder_and_leave_out_other_names() {
    // WHEN
    EngineExecutionResults results = runWithDefaults(selectClasspathResource("scenarios"));
    // THEN: the -fails and -bad fixtures do not match the default file pattern
    assertThat(fileIds(results)).containsExactly(RESOURCES.stream().map(r -> "[resource:" + r + "]").toArray(String[]::new));
    assertThat(ScenarioEngine.failures(results.allEvents())).isEmpty();
    results.testEvents().assertStatistics(s -> s.started(13).succeeded(13).failed(0).skipped(1));
  }

  @Test
  void should_scan_a_classpath_root() {
    EngineExecutionResults results = runWithDefaults(selectClasspathRoots(Set.of(ScenarioEngine.classpathRoot())).get(0));

    assertThat(fileIds(results)).containsExactly(RESOURCES.stream().map(r -> "[resource:" + r + "]").toArray(String[]::new));
    assertThat(containerSources(results)).allMatch(s -> s instanceof ClasspathResourceSource);
  }

  @Test
  void should_scan_the_folder_of_a_package() {
    EngineExecutionResults results = runWithDefaults(selectPackage("scenarios.pkg"));

    assertThat(fileIds(results)).containsExactly("[resource:scenarios/pkg/echo.sfn-test.yml]");
    assertThat(testNames(results)).containsExactly("echoes its input", "echoes a number");
  }

  @Test
  void should_run_one_classpath_resource_file() {
    EngineExecutionResults results = runWithDefaults(selectClasspathResource("/scenarios/pkg/echo.sfn-test.yml"));

    assertThat(fileIds(results)).containsExactly("[resource:scenarios/pkg/echo.sfn-test.yml]");
    results.testEvents().assertStatistics(s -> s.succeeded(2));
  }

  @Test
  void should_ignore_resources_classes_and_files_that_are_not_scenario_files() {
    EngineExecutionResults results = runWithDefaults(selectClasspathResource("scenarios/orders.asl.json"),
        selectClass(ScenarioDiscoveryTest.class), selectFile(ScenarioEngine.scenarios().resolve("orders.asl.json").toFile()),
        selectClasspathResource("no/such/folder"));

    assertThat(results.allEvents().list()).extracting(e -> e.getTestDescriptor().getUniqueId().toString())
        .containsOnly("[engine:sfn-scenarios]");
  }

  @Test
  void should_scan_a_directory_and_use_file_sources() {
    EngineExecutionResults results = runWithDefaults(selectDirectory(ScenarioEngine.scenarios().toFile()));

    assertThat(fileIds(results)).containsExactly(RESOURCES.stream()
        .map(r -> "[file:" + ScenarioEngine.classpathRoot().resolve(r) + "]").toArray(String[]::new));
    assertThat(containerSources(results)).allMatch(s -> s instanceof FileSource);
    results.testEvents().assertStatistics(s -> s.succeeded(13).skipped(1));
  }

  @Test
  void should_run_a_file_with_each_scenario_at_its_line_and_column() {
    // GIVEN
    Path orders = ScenarioEngine.scenarios().resolve("orders.sfn-test.yaml");
    // WHEN
    EngineExecutionResults results = runWithDefaults(selectFile(orders.toFile()));
    // THEN
    Event first = results.testEvents().finished().list().get(0);
    assertThat(first.getTestDescriptor().getDisplayName()).isEqualTo("charges the card and notifies");
    FileSource source = (FileSource) first.getTestDescriptor().getSource().orElseThrow();
    assertThat(source.getFile().toPath()).isEqualTo(orders.toAbsolutePath().normalize());
    assertThat(source.getPosition()).contains(FilePosition.from(15, 5));
  }

  @Test
  void should_give_classpath_scenarios_a_resource_source_with_a_position() {
    EngineExecutionResults results = runWithDefaults(selectClasspathResource("scenarios/orders.sfn-test.yaml"));

    List<TestSource> sources = results.testEvents().finished().stream()
        .map(e -> e.getTestDescriptor().getSource().orElseThrow()).collect(Collectors.toList());
    assertThat(sources).hasSize(5).allSatisfy(s -> assertThat(s).isInstanceOf(ClasspathResourceSource.class));
    ClasspathResourceSource declined = (ClasspathResourceSource) sources.get(2);
    assertThat(declined.getClasspathResourceName()).isEqualTo("scenarios/orders.sfn-test.yaml");
    assertThat(declined.getPosition()).contains(FilePosition.from(46, 5));
  }

  @Test
  void should_name_containers_after_the_file_unless_it_names_itself() {
    EngineExecutionResults results = runWithDefaults(selectClasspathResource("scenarios"));

    assertThat(results.containerEvents().finished().stream().map(e -> e.getTestDescriptor())
        .filter(d -> !d.isRoot()).map(TestDescriptor::getDisplayName))
        .containsExactly("approval.sfn-test.yaml", "Orders (JSON)", "Order processing", "echo.sfn-test.yml",
            "notify.sfn-test.yaml");
    assertThat(results.containerEvents().finished().stream().map(e -> e.getTestDescriptor())
        .filter(d -> !d.isRoot()).map(TestDescriptor::getLegacyReportingName)).containsExactlyElementsOf(RESOURCES);
  }

  @Test
  void should_turn_scenario_tags_into_test_tags() {
    EngineExecutionResults results = runWithDefaults(selectClasspathResource("scenarios/approval.sfn-test.yaml"));

    TestDescriptor first = results.testEvents().finished().list().get(0).getTestDescriptor();
    assertThat(first.getTags()).containsExactlyInAnyOrder(TestTag.create("callback"), TestTag.create("smoke"));
  }

  @Test
  void should_select_one_scenario_or_one_file_by_unique_id() {
    // GIVEN the ids an earlier run (an IDE re-running a test) reported
    EngineExecutionResults all = runWithDefaults(selectClasspathResource("scenarios/orders.sfn-test.yaml"));
    UniqueId declined = all.testEvents().finished().list().get(2).getTestDescriptor().getUniqueId();
    UniqueId file = declined.removeLastSegment();
    // WHEN
    EngineExecutionResults one = runWithDefaults(selectUniqueId(declined));
    EngineExecutionResults whole = runWithDefaults(selectUniqueId(file));
    // THEN
    assertThat(declined.toString()).isEqualTo(
        "[engine:sfn-scenarios]/[resource:scenarios%2Forders.sfn-test.yaml]/[scenario:a declined card ends in PaymentFailed]");
    assertThat(testNames(one)).containsExactly("a declined card ends in PaymentFailed");
    one.testEvents().assertStatistics(s -> s.succeeded(1));
    whole.testEvents().assertStatistics(s -> s.succeeded(5).skipped(1));
  }

  @Test
  void should_select_a_scenario_of_a_file_by_unique_id() {
    Path echo = ScenarioEngine.scenarios().resolve("pkg/echo.sfn-test.yml");
    UniqueId id = UniqueId.forEngine("sfn-scenarios").append("file", echo.toAbsolutePath().toString())
        .append("scenario", "echoes a number");

    EngineExecutionResults results = runWithDefaults(selectUniqueId(id));

    assertThat(testNames(results)).containsExactly("echoes a number");
    assertThat(results.testEvents().finished().list().get(0).getTestDescriptor().getSource().orElseThrow())
        .isInstanceOf(FileSource.class);
  }

  @Test
  void should_ignore_unique_ids_of_scenarios_that_do_not_exist_and_of_other_engines() {
    UniqueId file = UniqueId.forEngine("sfn-scenarios").append("resource", "scenarios/pkg/echo.sfn-test.yml");

    EngineExecutionResults results = runWithDefaults(selectUniqueId(file.append("scenario", "no such scenario")),
        selectUniqueId(UniqueId.forEngine("sfn-scenarios").append("other", "x")));

    assertThat(results.testEvents().started().count()).isZero();
  }

  @Test
  void should_read_a_file_selected_several_ways_once() {
    EngineExecutionResults results = runWithDefaults(selectClasspathResource("scenarios/pkg"),
        selectPackage("scenarios.pkg"), selectClasspathResource("scenarios/pkg/echo.sfn-test.yml"));

    assertThat(fileIds(results)).containsExactly("[resource:scenarios/pkg/echo.sfn-test.yml]");
    assertThat(testNames(results)).containsExactly("echoes its input", "echoes a number");
  }

  /** The last unique-id segment of each file container, in execution order. */
  private static List<String> fileIds(EngineExecutionResults results) {
    return results.containerEvents().finished().stream().map(e -> e.getTestDescriptor().getUniqueId())
        .filter(id -> id.getSegments().size() == 2)
        .map(id -> "[" + id.getLastSegment().getType() + ":" + id.getLastSegment().getValue() + "]")
        .collect(Collectors.toList());
  }

  private static List<TestSource> containerSources(EngineExecutionResults results) {
    return results.containerEvents().finished().stream().map(e -> e.getTestDescriptor())
        .filter(d -> !d.isRoot()).map(d -> d.getSource().orElseThrow()).collect(Collectors.toList());
  }
}
