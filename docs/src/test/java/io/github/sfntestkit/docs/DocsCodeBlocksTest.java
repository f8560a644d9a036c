package io.github.sfntestkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.docs.check.BlockCheck;
import io.github.sfntestkit.docs.check.DocsConvention;
import io.github.sfntestkit.docs.check.Repository;
import io.github.sfntestkit.docs.check.TaggedRegions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fenced code block of README.md and docs/**.md is checked by a test, so the docs cannot rot:
 * one dynamic test per block, named {@code page:line language: how it is checked}. The convention
 * is {@link DocsConvention}'s, explained for writers in docs/writing-docs.md.
 */
class DocsCodeBlocksTest {

  /**
   * Shell commands the docs show that no test runs, each with the reason. The key is the command as
   * written, continuation lines joined and the comment removed. Commands of the command-line
   * runner are never listed here: they run.
   */
  static final Map<String, String> ALLOWED_COMMANDS = new LinkedHashMap<>();

  static {
    allow("mvn -B verify",
        "the whole build, this test included; CI (.ci/run) runs exactly this command");
    allow("samples/run-samples.sh",
        "builds the runner jar with Maven, then runs the samples' test cases with it; the samples module runs"
            + " the same cases during mvn verify");
    allow("mvn -B -pl extension -am -Pjunit6 test",
        "the extension's tests on JUnit 6; CI (.ci/run) runs it on every build");
    allow("mvn -B package -DskipTests",
        "builds the jars, including cli/target/sfn-testkit-cli.jar; mvn verify builds them too");
    allow("mvn -B -pl docs -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest='io.github.sfntestkit.docs.**'",
        "runs these very checks (docs/writing-docs.md)");
    allow("mvn test",
        "runs the reader's own tests (getting started); this module runs the same test classes");
    allow("mvn -B -q package -pl benchmarks -am -DskipTests && java -jar benchmarks/target/benchmarks.jar",
        "a JMH run takes minutes; the build compiles and packages the benchmarks");
    allow("java -jar benchmarks/target/benchmarks.jar 'ChoiceLoop|Map10k'", "a JMH run (minutes)");
    allow("java -Dsfntestkit.bench.workloads=/path/to/workloads -jar benchmarks/target/benchmarks.jar",
        "a JMH run (minutes), with a placeholder path");
    allow("java -jar benchmarks/target/benchmarks.jar -rf json -rff jmh-result.json", "a JMH run (minutes)");
    allow("java -cp benchmarks/target/benchmarks.jar io.github.sfntestkit.bench.Report jmh-result.json",
        "needs the result file of a JMH run");
    allow("java -jar benchmarks/target/benchmarks.jar -prof gc ChoiceLoop", "a JMH run (minutes)");
    allow("java -jar benchmarks/target/benchmarks.jar -prof 'stack:lines=4;top=12' IntrinsicsHeavy",
        "a JMH run (minutes)");
  }

  private static void allow(String command, String reason) {
    ALLOWED_COMMANDS.put(command, reason);
  }

  private static final Repository REPOSITORY = Repository.find();

  @TestFactory
  Stream<DynamicNode> every_code_block_of_the_docs_is_checked() {
    DocsConvention convention = new DocsConvention(REPOSITORY, TaggedRegions.of(REPOSITORY), ALLOWED_COMMANDS);
    return REPOSITORY.pages().stream().map(page -> {
      String name = REPOSITORY.relative(page);
      List<BlockCheck> checks = convention.checks(name, lines(page));
      return DynamicContainer.dynamicContainer(name + " (" + checks.size() + " blocks)", page.toUri(),
          checks.stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> c.check().run())));
    });
  }

  @Test
  void tags_in_test_sources_are_well_formed() {
    assertThat(TaggedRegions.of(REPOSITORY).problems())
        .as("// tag::NAME[] ... // end::NAME[] pairs in */src/test/java").isEmpty();
  }

  @Test
  void the_allow_list_names_only_commands_the_docs_still_show() {
    String all = String.join("\n", REPOSITORY.pages().stream().map(Repository::read).toList());
    String joined = all.replaceAll("\\\\\\R\\s*", " ").replaceAll("[ \\t]+", " ");
    assertThat(ALLOWED_COMMANDS.keySet())
        .as("commands of DocsCodeBlocksTest.ALLOWED_COMMANDS that no page shows any more: remove them")
        .allSatisfy(command -> assertThat(joined).contains(command));
  }

  private static List<String> lines(Path page) {
    return List.of(Repository.read(page).split("\\R", -1));
  }
}
