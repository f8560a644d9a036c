package io.github.sfntestkit.maven;

import io.github.sfntestkit.coverage.CoberturaReport;
import io.github.sfntestkit.coverage.CoverageData;
import io.github.sfntestkit.coverage.JsonReport;
import io.github.sfntestkit.report.HtmlReport;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apiguardian.api.API;

/**
 * Writes the coverage reports of the test run: merges the coverage files the test JVMs left in the
 * data directory (see {@code prepare}) and writes into the output directory {@code index.html} (an
 * overview and one page per state machine with its graph, uncovered states and transitions
 * marked), {@code sfn-coverage.json} (a readable summary) and {@code cobertura.xml} (Cobertura 4,
 * for GitLab, Jenkins and Codecov). Without coverage data (tests skipped) it logs why and writes
 * nothing.
 *
 * @since 0.1
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ReportMojo extends AbstractMojo {
  /** The HTML report's main page, in the output directory. */
  static final String HTML_FILE = "index.html";
  /** The JSON summary, in the output directory. */
  static final String JSON_FILE = "sfn-coverage.json";
  /** The Cobertura XML report, in the output directory. */
  static final String COBERTURA_FILE = "cobertura.xml";

  /** Where the test JVMs wrote their coverage files. */
  @Parameter(property = "sfntestkit.coverage.dataDirectory",
      defaultValue = "${project.build.directory}/sfn-coverage", required = true)
  File dataDirectory;

  /** Where the reports go. */
  @Parameter(property = "sfntestkit.coverage.outputDirectory",
      defaultValue = "${project.build.directory}/sfn-coverage-report", required = true)
  File outputDirectory;

  /** The reports to write, any of {@code HTML}, {@code JSON} and {@code COBERTURA} (case ignored). */
  @Parameter(property = "sfntestkit.coverage.formats", defaultValue = "HTML,JSON,COBERTURA")
  List<String> formats;

  /**
   * The folders the Cobertura report's file names are relative to (its {@code <sources>}). By
   * default the project's test resource folders, its resource folders and its base directory, so
   * that GitLab, Jenkins and Codecov find a definition the tests loaded from the classpath or by a
   * path relative to the project.
   */
  @Parameter
  List<File> sourceDirectories;

  /** Skip the goal. */
  @Parameter(property = "sfntestkit.coverage.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping sfn-testkit coverage report: sfntestkit.coverage.skip is true");
      return;
    }
    List<String> wanted = formats();
    CoverageData data = Coverage.read(dataDirectory.toPath(), getLog());
    if (data == null) {
      return;
    }
    Path out = outputDirectory.toPath();
    try {
      if (wanted.contains("HTML")) {
        HtmlReport.write(data, out);
        getLog().info("HTML coverage report: " + out.resolve(HTML_FILE));
      }
      if (wanted.contains("JSON")) {
        JsonReport.write(data, out.resolve(JSON_FILE));
        getLog().info("JSON coverage summary: " + out.resolve(JSON_FILE));
      }
      if (wanted.contains("COBERTURA")) {
        CoberturaReport.write(data, out.resolve(COBERTURA_FILE), sources());
        getLog().info("Cobertura coverage report: " + out.resolve(COBERTURA_FILE));
      }
    } catch (RuntimeException e) {
      throw new MojoExecutionException("Cannot write the coverage reports to " + out + ": " + e.getMessage(), e);
    }
    Coverage.summary(data, getLog());
  }

  /** {@link #sourceDirectories}, or the default described there; absolute paths. */
  List<String> sources() {
    List<String> sources = new ArrayList<>();
    if (sourceDirectories != null && !sourceDirectories.isEmpty()) {
      sourceDirectories.forEach(d -> sources.add(d.getAbsolutePath()));
    } else if (project != null && project.getBasedir() != null) {
      project.getTestResources().forEach(r -> sources.add(absolute(r.getDirectory())));
      project.getResources().forEach(r -> sources.add(absolute(r.getDirectory())));
      sources.add(project.getBasedir().getAbsolutePath());
    } else {
      sources.add(".");
    }
    return sources;
  }

  private String absolute(String directory) {
    File dir = new File(directory);
    return (dir.isAbsolute() ? dir : new File(project.getBasedir(), directory)).getAbsolutePath();
  }

  private List<String> formats() throws MojoExecutionException {
    List<String> known = List.of("HTML", "JSON", "COBERTURA");
    List<String> wanted = new ArrayList<>();
    for (String f : formats == null ? known : formats) {
      String format = f.strip().toUpperCase(Locale.ROOT);
      if (!known.contains(format)) {
        throw new MojoExecutionException("Unknown coverage report format \"" + f.strip()
            + "\" in <formats>; use HTML, JSON or COBERTURA.");
      }
      wanted.add(format);
    }
    return wanted;
  }
}
