package io.github.sfntestkit.junit.scenario;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apiguardian.api.API;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The JUnit Platform engine {@value #ENGINE_ID}: runs scenario files ({@code *.sfn-test.yaml},
 * {@code *.sfn-test.yml}, {@code *.sfn-test.json}) as tests, one container per file and one test
 * per scenario, checking each scenario's expectations with the AssertJ assertions of
 * {@code io.github.sfntestkit.assertj}.
 *
 * <p>It resolves classpath-root, package, classpath-resource (a file or a folder), directory, file
 * and unique-id selectors. Under Maven Surefire, which only selects classes, select the files with
 * a suite class:
 *
 * <pre>{@code
 * @Suite
 * @IncludeEngines("sfn-scenarios")
 * @SelectClasspathResource("scenarios")
 * class ScenarioFilesTest {}
 * }</pre>
 *
 * <p>Configuration parameters: {@value #NAME_PATTERN} (a regular expression; only scenarios whose
 * name contains a match run) and {@value #FILE_PATTERN} (a regular expression the whole file name of
 * a scenario file matches; default {@value #DEFAULT_FILE_PATTERN}). See {@code docs/scenarios.md}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScenarioTestEngine extends HierarchicalTestEngine<ScenarioEngineContext> {
  /** The engine id, for {@code @IncludeEngines} and launcher filters. */
  public static final String ENGINE_ID = "sfn-scenarios";
  /** Configuration parameter: a regex; only scenarios whose name contains a match run. */
  public static final String NAME_PATTERN = "sfntestkit.scenarios.name";
  /** Configuration parameter: a regex the names of scenario files match when folders are scanned. */
  public static final String FILE_PATTERN = "sfntestkit.scenarios.files";
  /** The default of {@value #FILE_PATTERN}. */
  public static final String DEFAULT_FILE_PATTERN = ".+\\.sfn-test\\.(yaml|yml|json)";

  /** Creates the engine; the JUnit Platform finds it through {@code ServiceLoader}. */
  public ScenarioTestEngine() {
    super();
  }

  @Override
  public String getId() {
    return ENGINE_ID;
  }

  @Override
  public Optional<String> getGroupId() {
    return Optional.of("io.github.sfntestkit");
  }

  @Override
  public Optional<String> getArtifactId() {
    return Optional.of("sfn-testkit-junit");
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    EngineDescriptor engine = new EngineDescriptor(uniqueId, "sfn-testkit scenarios");
    ConfigurationParameters config = request.getConfigurationParameters();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    ScenarioFiles files = new ScenarioFiles(pattern(config, FILE_PATTERN).orElse(Pattern.compile(DEFAULT_FILE_PATTERN)),
        loader != null ? loader : ScenarioTestEngine.class.getClassLoader());
    Pattern names = pattern(config, NAME_PATTERN).orElse(null);
    EngineDiscoveryRequestResolver.<EngineDescriptor>builder()
        .addSelectorResolver(new ScenarioSelectorResolver(uniqueId, files, names))
        .addTestDescriptorVisitor(context -> TestDescriptor::prune)
        .build()
        .resolve(request, engine);
    return engine;
  }

  @Override
  protected ScenarioEngineContext createExecutionContext(ExecutionRequest request) {
    return new ScenarioEngineContext();
  }

  private static Optional<Pattern> pattern(ConfigurationParameters config, String key) {
    Optional<String> value = config.get(key).filter(v -> !v.isBlank());
    try {
      return value.map(Pattern::compile);
    } catch (PatternSyntaxException e) {
      throw new JUnitException("Configuration parameter " + key + " is not a valid regular expression: "
          + e.getMessage().replace(System.lineSeparator(), " "));
    }
  }
}
