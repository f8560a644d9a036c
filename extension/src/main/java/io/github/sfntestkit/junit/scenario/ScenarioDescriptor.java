package io.github.sfntestkit.junit.scenario;

import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.scenario.Scenario;
import io.github.sfntestkit.scenario.ScenarioFileException;
import io.github.sfntestkit.scenario.ScenarioRun;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** One scenario: a test that runs it and checks its expectations. */
final class ScenarioDescriptor extends AbstractTestDescriptor implements Node<ScenarioEngineContext> {
  private final Scenario scenario;
  private final Set<TestTag> tags = new LinkedHashSet<>();

  ScenarioDescriptor(UniqueId id, Scenario scenario, TestSource source) {
    super(id, scenario.name(), source);
    this.scenario = scenario;
    for (String tag : scenario.tags()) {
      tags.add(TestTag.create(tag));
    }
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public Set<TestTag> getTags() {
    return Set.copyOf(tags);
  }

  @Override
  public SkipResult shouldBeSkipped(ScenarioEngineContext context) {
    return scenario.disabledReason().map(SkipResult::skip).orElse(SkipResult.doNotSkip());
  }

  @Override
  public ScenarioEngineContext execute(ScenarioEngineContext context, DynamicTestExecutor dynamicTestExecutor) {
    ScenarioRun run;
    try {
      run = scenario.run();
    } catch (ScenarioFileException e) {
      throw new ScenarioError(e.getMessage());
    } catch (SfnTestKitException e) {
      throw new ScenarioError(heading(scenario) + " could not run:\n" + e.getMessage());
    }
    ExpectationChecker.Outcome outcome = ExpectationChecker.check(run);
    if (!outcome.failures().isEmpty()) {
      throw new ScenarioFailure(ScenarioFailure.report(scenario, outcome));
    }
    return context;
  }

  /** {@code Scenario "declined" (orders.sfn-test.yaml, line 40)}. */
  static String heading(Scenario scenario) {
    String source = scenario.file().source();
    String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    String line = scenario.location().line() > 0 ? ", line " + scenario.location().line() : "";
    return "Scenario \"" + scenario.name() + "\" (" + file + line + ")";
  }
}
