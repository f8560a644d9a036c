package io.github.sfntestkit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apiguardian.api.API;

/**
 * Makes the test JVMs record state machine coverage: adds
 * {@code -Dsfntestkit.coverage.dir=<dataDirectory>} to the {@code argLine} property that Surefire
 * and Failsafe pass to the JVMs they fork, keeping what {@code argLine} already holds (as {@code
 * jacoco:prepare-agent} does with its agent). Each test JVM then writes one {@code
 * *.sfn-coverage.json} file into the data directory when it exits; {@code report} and {@code check}
 * merge them.
 *
 * <p>If your Surefire configuration sets {@code <argLine>} itself, write {@code @{argLine}} in it
 * (late replacement) so the property set here is kept: {@code <argLine>@{argLine} -Xmx1g</argLine>}.
 *
 * @since 0.1
 */
@Mojo(name = "prepare", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class PrepareMojo extends AbstractMojo {

  /** Where the test JVMs write their coverage files. */
  @Parameter(property = "sfntestkit.coverage.dataDirectory",
      defaultValue = "${project.build.directory}/sfn-coverage", required = true)
  File dataDirectory;

  /**
   * The property to add the JVM option to: {@code argLine} for Surefire and Failsafe; another name
   * when the test plugin takes its JVM arguments from elsewhere.
   */
  @Parameter(property = "sfntestkit.coverage.propertyName", defaultValue = "argLine", required = true)
  String propertyName;

  /**
   * Keep the coverage files an earlier build left in the data directory, so this build's hits add
   * to theirs. By default they are deleted, so the report describes this build only; set it when
   * several modules share one data directory.
   */
  @Parameter(property = "sfntestkit.coverage.append", defaultValue = "false")
  boolean append;

  /**
   * Skip the goal. The property is then left as it is, or set to an empty string when undefined, so
   * that an {@code @{argLine}} in the Surefire configuration still resolves.
   */
  @Parameter(property = "sfntestkit.coverage.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Override
  public void execute() throws MojoExecutionException {
    Properties properties = project.getProperties();
    String existing = effectiveValue();
    if (skip) {
      getLog().info("Skipping sfn-testkit coverage: sfntestkit.coverage.skip is true");
      if (existing == null) {
        properties.setProperty(propertyName, "");
      }
      return;
    }
    Path directory = dataDirectory.toPath().toAbsolutePath();
    if (!append) {
      deleteOldData(directory);
    }
    String value = ArgLine.with(existing, directory.toString());
    properties.setProperty(propertyName, value);
    getLog().info(propertyName + " set to " + value);
  }

  /** A user property (-D on the command line) wins over a project property, as in interpolation. */
  private String effectiveValue() {
    String user = session == null ? null : session.getUserProperties().getProperty(propertyName);
    return user != null ? user : project.getProperties().getProperty(propertyName);
  }

  private void deleteOldData(Path directory) throws MojoExecutionException {
    if (!Files.isDirectory(directory)) {
      return;
    }
    List<Path> old;
    try {
      old = DataFiles.list(directory);
      for (Path file : old) {
        Files.delete(file);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new MojoExecutionException("Cannot delete the coverage files of an earlier build in "
          + directory + ": " + e.getMessage(), e);
    }
    if (!old.isEmpty()) {
      getLog().info("Deleted " + old.size() + " coverage file(s) of an earlier build in " + directory
          + " (set sfntestkit.coverage.append to keep them)");
    }
  }
}
