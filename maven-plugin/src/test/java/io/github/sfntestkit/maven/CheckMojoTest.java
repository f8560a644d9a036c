package io.github.sfntestkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoTest {
  @TempDir Path dir;

  private final CheckMojo mojo = new CheckMojo();
  private final RecordingLog log = new RecordingLog();

  /** The mojo on one execution of sort.asl.json with a small number: Big and the Default are uncovered. */
  private CheckMojo mojo(Rule... rules) throws Exception {
    mojo.dataDirectory = CoverageFixture.record(dir, "{\"n\": 1}").toFile();
    mojo.rules = new ArrayList<>(List.of(rules));
    mojo.haltOnFailure = true;
    mojo.setLog(log);
    return mojo;
  }

  private static Rule rule(String stateMachine, String states, String choiceBranches) {
    return new Rule(stateMachine, states, null, choiceBranches, null, null);
  }

  @Test
  void should_fail_the_build_listing_what_is_uncovered() throws Exception {
    mojo(rule("*", "1.0", "1.0"));

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("sfn-testkit coverage check failed: 2 of 2 thresholds not met.")
        .hasMessageContaining("sort: states 2/3 (66.7%), required 100.0%. Not entered:")
        .hasMessageContaining("Big (Pass)")
        .hasMessageContaining("sort: choice branches 1/2 (50.0%), required 100.0%. Not taken:")
        .hasMessageContaining("IsSmall -> Big [Default]");
  }

  @Test
  void should_pass_at_a_lower_threshold() throws Exception {
    mojo(rule("sort", "60%", "0.5"), rule(null, "0.6", null)).execute();

    assertThat(log.text()).contains("[info] sfn-testkit coverage check passed: 3 thresholds met");
  }

  @Test
  void should_only_warn_when_not_halting_on_failure() throws Exception {
    mojo(rule(null, "1.0", null)).haltOnFailure = false;

    mojo.execute();

    assertThat(log.lines).contains("[warn]   all state machines: states 2/3 (66.7%), required 100.0%. Not entered:",
        "[warn]     sort: Big (Pass)");
  }

  @Test
  void should_let_the_thresholds_string_override_a_rule_from_the_command_line() throws Exception {
    mojo(rule("*", "1.0", "1.0")).thresholds = "*:states=0.5,*:choiceBranches=50%";

    mojo.execute();

    assertThat(log.text()).contains("passed");
  }

  @Test
  void should_check_the_thresholds_string_alone() throws Exception {
    mojo().thresholds = "transitions=1.0";

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("IsSmall -> Big [Default]");
  }

  @Test
  void should_reject_a_rule_without_a_minimum() throws Exception {
    mojo(rule(null, "1.0", null), rule("sort", null, " "));

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("<rules>: rule 2 sets no minimum; give it at least one of <states>, <transitions>,"
            + " <choiceBranches>, <catches>, <retries>.");
  }

  @Test
  void should_reject_a_minimum_that_is_not_a_ratio() throws Exception {
    mojo(rule("sort", "95", null));

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Invalid check configuration: Invalid coverage threshold \"sort:states=95\"")
        .hasMessageContaining("Did you mean 95%?");
  }

  @Test
  void should_name_a_misspelt_metric_in_the_thresholds_string() throws Exception {
    mojo().thresholds = "branches=1.0";

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("unknown metric \"branches\"");
  }

  @Test
  void should_warn_and_pass_when_no_threshold_is_configured() throws Exception {
    mojo().execute();

    assertThat(log.lines).containsExactly("[warn] No coverage thresholds configured: add <rules> or <thresholds>"
        + " to the check goal; nothing is checked");
  }

  @Test
  void should_skip_when_the_tests_left_no_data() throws Exception {
    mojo(rule(null, "1.0", null)).dataDirectory = dir.resolve("none").toFile();

    mojo.execute();

    assertThat(log.text()).contains("Skipping: no coverage data");
  }

  @Test
  void should_check_nothing_when_skipped() throws Exception {
    mojo(rule(null, "1.0", null)).skip = true;

    mojo.execute();

    assertThat(log.lines).containsExactly("[info] Skipping sfn-testkit coverage check: sfntestkit.coverage.skip is true");
  }
}
