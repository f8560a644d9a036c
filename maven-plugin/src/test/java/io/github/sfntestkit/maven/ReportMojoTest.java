package io.github.sfntestkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMojoTest {
  @TempDir Path dir;

  private final ReportMojo mojo = new ReportMojo();
  private final RecordingLog log = new RecordingLog();

  private ReportMojo mojo(Path data) {
    mojo.dataDirectory = data.toFile();
    mojo.outputDirectory = dir.resolve("sfn-coverage-report").toFile();
    mojo.formats = List.of("HTML", "JSON", "COBERTURA");
    mojo.setLog(log);
    return mojo;
  }

  private Path report(String file) {
    return dir.resolve("sfn-coverage-report").resolve(file);
  }

  @Test
  void should_write_html_json_and_cobertura_reports_and_log_the_numbers() throws Exception {
    mojo(CoverageFixture.record(dir, "{\"n\": 1}")).execute();

    assertThat(report("index.html")).content().contains("sort");
    assertThat(report("sfn-coverage.json")).content().contains("\"format\" : \"sfn-testkit-coverage-report\"");
    assertThat(report("cobertura.xml")).content().contains("condition-coverage=\"50% (1/2)\"");
    assertThat(log.lines).contains(
        "[info] HTML coverage report: " + report("index.html"),
        "[info] sort: 1 execution, states 2/3 (66.7%), transitions 1/2 (50.0%), choice branches 1/2 (50.0%),"
            + " catches 0/0 (100.0%), retries 0/0 (100.0%)");
  }

  @Test
  void should_merge_the_files_of_several_test_jvms() throws Exception {
    Path data = CoverageFixture.recordAs("1-jvm", dir, "{\"n\": 1}");
    CoverageFixture.recordAs("2-jvm", dir, "{\"n\": 50}");

    mojo(data).execute();

    assertThat(log.text()).contains("sort: 2 executions, states 3/3 (100.0%), transitions 2/2 (100.0%)");
  }

  @Test
  void should_write_only_the_formats_configured_in_any_case() throws Exception {
    mojo(CoverageFixture.record(dir, "{\"n\": 1}")).formats = List.of("cobertura", " json ");

    mojo.execute();

    assertThat(report("cobertura.xml")).exists();
    assertThat(report("sfn-coverage.json")).exists();
    assertThat(report("index.html")).doesNotExist();
  }

  @Test
  void should_reject_an_unknown_format() throws IOException {
    mojo(CoverageFixture.record(dir, "{\"n\": 1}")).formats = List.of("HTML", "PDF");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Unknown coverage report format \"PDF\" in <formats>; use HTML, JSON or COBERTURA.");
  }

  @Test
  void should_skip_without_failing_when_the_tests_left_no_data() throws Exception {
    mojo(dir.resolve("sfn-coverage")).execute();

    assertThat(log.text()).contains("[info] Skipping: no coverage data (*.sfn-coverage.json) in "
        + dir.resolve("sfn-coverage") + ". Were the tests skipped, or did the prepare goal not run before them?");
    assertThat(dir.resolve("sfn-coverage-report")).doesNotExist();
  }

  @Test
  void should_name_a_corrupt_data_file() throws IOException {
    Path data = CoverageFixture.record(dir, "{\"n\": 1}");
    Files.writeString(data.resolve("9-broken.sfn-coverage.json"), "{\"format\": \"sfn-testkit-coverage\", ");

    assertThatThrownBy(mojo(data)::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("9-broken.sfn-coverage.json");
  }

  @Test
  void should_do_nothing_when_skipped() throws Exception {
    mojo(CoverageFixture.record(dir, "{\"n\": 1}")).skip = true;

    mojo.execute();

    assertThat(dir.resolve("sfn-coverage-report")).doesNotExist();
    assertThat(log.lines).containsExactly("[info] Skipping sfn-testkit coverage report: sfntestkit.coverage.skip is true");
  }

  @Test
  void should_give_cobertura_the_project_resource_folders_as_sources() {
    MavenProject project = new MavenProject();
    project.setFile(dir.resolve("pom.xml").toFile());
    Resource test = new Resource();
    test.setDirectory("src/test/resources");
    project.addTestResource(test);
    Resource main = new Resource();
    main.setDirectory(dir.resolve("src/main/resources").toString());
    project.addResource(main);
    mojo(dir).project = project;

    assertThat(mojo.sources()).containsExactly(dir.resolve("src/test/resources").toString(),
        dir.resolve("src/main/resources").toString(), dir.toString());
  }

  @Test
  void should_use_the_configured_source_directories() {
    mojo(dir).sourceDirectories = List.of(dir.resolve("workflows").toFile());

    assertThat(mojo.sources()).containsExactly(dir.resolve("workflows").toString());
  }
}
