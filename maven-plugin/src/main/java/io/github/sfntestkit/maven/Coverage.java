package io.github.sfntestkit.maven;

import io.github.sfntestkit.coverage.CoverageData;
import io.github.sfntestkit.coverage.CoverageException;
import io.github.sfntestkit.coverage.CoverageMetric;
import io.github.sfntestkit.coverage.StateMachineCoverage;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** Reading the data directory and logging the numbers, for the report and check goals. */
final class Coverage {
  private Coverage() {}

  /**
   * The merged data of {@code directory}, or null (logged) when there is none: the tests were
   * skipped, or did not run any state machine, or {@code prepare} did not run before them.
   */
  static CoverageData read(Path directory, Log log) throws MojoExecutionException {
    if (DataFiles.list(directory).isEmpty()) {
      log.info("Skipping: no coverage data (*" + DataFiles.SUFFIX + ") in " + directory
          + ". Were the tests skipped, or did the prepare goal not run before them?");
      return null;
    }
    CoverageData data;
    try {
      data = CoverageData.readDirectory(directory);
    } catch (CoverageException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (data.isEmpty()) {
      log.info("Skipping: the coverage files in " + directory + " record no execution");
      return null;
    }
    return data;
  }

  /** One line per state machine: executions and every metric. */
  static void summary(CoverageData data, Log log) {
    for (StateMachineCoverage m : data.machines()) {
      StringBuilder line = new StringBuilder(m.name()).append(": ")
          .append(m.executions()).append(m.executions() == 1 ? " execution" : " executions");
      for (CoverageMetric metric : CoverageMetric.values()) {
        line.append(", ").append(metric.label()).append(' ').append(m.counter(metric));
      }
      log.info(line.toString());
    }
  }
}
