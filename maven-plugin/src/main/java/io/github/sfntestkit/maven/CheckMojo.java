package io.github.sfntestkit.maven;

import io.github.sfntestkit.coverage.CheckResult;
import io.github.sfntestkit.coverage.CoverageCheck;
import io.github.sfntestkit.coverage.CoverageData;
import io.github.sfntestkit.coverage.CoverageException;
import io.github.sfntestkit.coverage.CoverageThresholds;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;

/**
 * The coverage gate: fails the build when the test run's state machine coverage is below the
 * configured minimums, with a message listing, for each threshold missed, every state not entered
 * and transition not taken. Thresholds come from {@code <rules>} and/or the compact {@code
 * <thresholds>} string (which wins for the same state machine and metric, so {@code
 * -Dsfntestkit.coverage.thresholds=states=0.5} relaxes a pom rule from the command line). Without
 * coverage data (tests skipped) it logs why and checks nothing.
 *
 * @since 0.1
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class CheckMojo extends AbstractMojo {

  /** Where the test JVMs wrote their coverage files. */
  @Parameter(property = "sfntestkit.coverage.dataDirectory",
      defaultValue = "${project.build.directory}/sfn-coverage", required = true)
  File dataDirectory;

  /**
   * Minimum ratios, each {@code <rule>} for one state machine ({@code <stateMachine>}, {@code *}
   * matching any characters: {@code *} alone checks each machine on its own) or, without
   * {@code <stateMachine>}, for all machines summed, with any of {@code <states>}, {@code
   * <transitions>}, {@code <choiceBranches>}, {@code <catches>}, {@code <retries>} as a ratio
   * ({@code 0.8}) or a percentage ({@code 80%}).
   */
  @Parameter
  List<Rule> rules;

  /**
   * Thresholds in the compact form {@code [machine:]metric=minimum} separated by commas, for
   * example {@code states=1.0,Order*:choiceBranches=80%}.
   */
  @Parameter(property = "sfntestkit.coverage.thresholds")
  String thresholds;

  /** Fail the build when a threshold is missed; when false, log the failure as a warning only. */
  @Parameter(property = "sfntestkit.coverage.haltOnFailure", defaultValue = "true")
  boolean haltOnFailure;

  /** Skip the goal. */
  @Parameter(property = "sfntestkit.coverage.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping sfn-testkit coverage check: sfntestkit.coverage.skip is true");
      return;
    }
    CoverageThresholds configured = thresholds();
    if (configured.isEmpty()) {
      getLog().warn("No coverage thresholds configured: add <rules> or <thresholds> to the check goal;"
          + " nothing is checked");
      return;
    }
    CoverageData data = Coverage.read(dataDirectory.toPath(), getLog());
    if (data == null) {
      return;
    }
    CheckResult result = CoverageCheck.run(data, configured);
    if (result.passed()) {
      getLog().info(result.message());
    } else if (haltOnFailure) {
      throw new MojoFailureException(result.message());
    } else {
      for (String line : result.message().split("\\R")) {
        getLog().warn(line);
      }
    }
  }

  /** The rules, then the compact thresholds on top. */
  CoverageThresholds thresholds() throws MojoExecutionException {
    List<String> compact = new ArrayList<>();
    if (rules != null) {
      for (int i = 0; i < rules.size(); i++) {
        String rule = rules.get(i) == null ? null : rules.get(i).compact();
        if (rule == null) {
          throw new MojoExecutionException("<rules>: rule " + (i + 1) + " sets no minimum; give it at least one"
              + " of <states>, <transitions>, <choiceBranches>, <catches>, <retries>.");
        }
        compact.add(rule);
      }
    }
    try {
      CoverageThresholds fromRules = CoverageThresholds.parse(String.join(";", compact));
      return thresholds == null ? fromRules : fromRules.and(CoverageThresholds.parse(thresholds));
    } catch (CoverageException e) {
      throw new MojoExecutionException("Invalid check configuration: " + e.getMessage(), e);
    }
  }
}
