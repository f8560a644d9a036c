package io.github.sfntestkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareMojoTest {
  @TempDir Path dir;

  private final PrepareMojo mojo = new PrepareMojo();

  private PrepareMojo mojo(Path data, Properties userProperties) {
    mojo.dataDirectory = data.toFile();
    mojo.propertyName = "argLine";
    mojo.project = new MavenProject();
    MavenExecutionRequest request = new DefaultMavenExecutionRequest();
    request.setUserProperties(userProperties);
    @SuppressWarnings("deprecation")
    MavenSession session = new MavenSession(null, null, request, new DefaultMavenExecutionResult());
    mojo.session = session;
    return mojo;
  }

  private String argLine() {
    return mojo.project.getProperties().getProperty("argLine");
  }

  @Test
  void should_set_argLine_when_the_project_has_none() throws Exception {
    Path data = dir.resolve("sfn-coverage");
    mojo(data, new Properties()).execute();

    assertThat(argLine()).isEqualTo("-Dsfntestkit.coverage.dir=" + data.toAbsolutePath());
  }

  @Test
  void should_keep_an_existing_argLine() throws Exception {
    mojo(dir, new Properties());
    mojo.project.getProperties().setProperty("argLine", "-Xmx512m -javaagent:/x/jacoco.jar=destfile=a.exec");

    mojo.execute();

    assertThat(argLine()).isEqualTo("-Xmx512m -javaagent:/x/jacoco.jar=destfile=a.exec -Dsfntestkit.coverage.dir=" + dir);
  }

  @Test
  void should_replace_its_own_option_when_run_twice_instead_of_repeating_it() throws Exception {
    mojo(dir.resolve("first"), new Properties());
    mojo.project.getProperties().setProperty("argLine", "-Xmx512m");
    mojo.execute();
    mojo.dataDirectory = dir.resolve("second").toFile();

    mojo.execute();

    assertThat(argLine()).isEqualTo("-Xmx512m -Dsfntestkit.coverage.dir=" + dir.resolve("second"));
  }

  @Test
  void should_start_from_a_command_line_argLine() throws Exception {
    Properties user = new Properties();
    user.setProperty("argLine", "-Dfrom.cli=1");
    mojo(dir, user);
    mojo.project.getProperties().setProperty("argLine", "-Dfrom.pom=1");

    mojo.execute();

    assertThat(argLine()).isEqualTo("-Dfrom.cli=1 -Dsfntestkit.coverage.dir=" + dir);
  }

  @Test
  void should_write_to_another_property_when_asked() throws Exception {
    mojo(dir, new Properties());
    mojo.propertyName = "failsafe.argLine";

    mojo.execute();

    assertThat(mojo.project.getProperties().getProperty("failsafe.argLine")).endsWith(dir.toString());
    assertThat(argLine()).isNull();
  }

  @Test
  void should_delete_the_coverage_files_of_an_earlier_build_but_nothing_else() throws Exception {
    Files.writeString(dir.resolve("1-a.sfn-coverage.json"), "{}");
    Files.writeString(dir.resolve("notes.txt"), "keep");

    mojo(dir, new Properties()).execute();

    assertThat(dir.resolve("1-a.sfn-coverage.json")).doesNotExist();
    assertThat(dir.resolve("notes.txt")).exists();
  }

  @Test
  void should_keep_earlier_coverage_files_when_appending() throws Exception {
    Files.writeString(dir.resolve("1-a.sfn-coverage.json"), "{}");
    mojo(dir, new Properties()).append = true;

    mojo.execute();

    assertThat(dir.resolve("1-a.sfn-coverage.json")).exists();
  }

  @Test
  void should_define_an_empty_argLine_when_skipped_so_late_replacement_still_works() throws Exception {
    mojo(dir, new Properties()).skip = true;
    Files.writeString(dir.resolve("1-a.sfn-coverage.json"), "{}");

    mojo.execute();

    assertThat(argLine()).isEmpty();
    assertThat(dir.resolve("1-a.sfn-coverage.json")).exists();
  }

  @Test
  void should_leave_an_existing_argLine_alone_when_skipped() throws Exception {
    mojo(dir, new Properties()).skip = true;
    mojo.project.getProperties().setProperty("argLine", "-Xmx1g");

    mojo.execute();

    assertThat(argLine()).isEqualTo("-Xmx1g");
  }
}
