package io.github.sfntestkit.junit.scenario;

import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.scenario.Scenario;
import io.github.sfntestkit.scenario.ScenarioFile;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A scenario file: a container of its scenarios or, when the file or its state machine cannot be
 * loaded, a single test that fails with the located report (so every reporter shows it as a failed
 * test, and nothing else in the run is affected).
 */
final class ScenarioFileDescriptor extends AbstractTestDescriptor implements Node<ScenarioEngineContext> {
  private final ScenarioFile file;
  private final String problem;
  private final String legacyName;
  private final Path path;
  private final String resource;

  private ScenarioFileDescriptor(UniqueId id, String name, TestSource source, ScenarioFile file, String problem,
      String legacyName, Path path, String resource) {
    super(id, name, source);
    this.file = file;
    this.problem = problem;
    this.legacyName = legacyName;
    this.path = path;
    this.resource = resource;
  }

  static UniqueId fileId(UniqueId parent, Path file) {
    return parent.append(ScenarioUniqueIds.FILE, file.toAbsolutePath().normalize().toString());
  }

  static UniqueId resourceId(UniqueId parent, String name) {
    return parent.append(ScenarioUniqueIds.RESOURCE, name.startsWith("/") ? name.substring(1) : name);
  }

  /** Reads a file of the file system. */
  static ScenarioFileDescriptor ofFile(UniqueId parent, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    UniqueId id = fileId(parent, absolute);
    Path workingDir = Paths.get("").toAbsolutePath();
    String legacyName = (absolute.startsWith(workingDir) ? workingDir.relativize(absolute) : absolute).toString();
    return load(id, fileName(absolute.toString()), FileSource.from(absolute.toFile()), legacyName, absolute, null,
        () -> ScenarioFile.load(absolute));
  }

  /** Reads a classpath resource. */
  static ScenarioFileDescriptor ofResource(UniqueId parent, String name) {
    String resource = name.startsWith("/") ? name.substring(1) : name;
    UniqueId id = resourceId(parent, resource);
    return load(id, fileName(resource), ClasspathResourceSource.from(resource), resource, null, resource,
        () -> ScenarioFile.loadResource(resource));
  }

  private static ScenarioFileDescriptor load(UniqueId id, String fileName, TestSource source, String legacyName,
      Path path, String resource, Supplier<ScenarioFile> loader) {
    try {
      ScenarioFile file = loader.get();
      file.stateMachine();
      return new ScenarioFileDescriptor(id, file.name(), source, file, null, legacyName, path, resource);
    } catch (SfnTestKitException | DefinitionException e) {
      return new ScenarioFileDescriptor(id, fileName, source, null, e.getMessage(), legacyName, path, resource);
    } catch (RuntimeException e) {
      // a bug of ours must not stop the discovery of the other files: report it on this one
      return new ScenarioFileDescriptor(id, fileName, source, null, "Cannot read the scenario file " + legacyName
          + " (please report this): " + e, legacyName, path, resource);
    }
  }

  @Override
  public Type getType() {
    return problem != null ? Type.TEST : Type.CONTAINER;
  }

  /** The resource name, or the file's path (relative to the working directory when under it), for XML reports. */
  @Override
  public String getLegacyReportingName() {
    return legacyName;
  }

  @Override
  public ScenarioEngineContext execute(ScenarioEngineContext context, DynamicTestExecutor dynamicTestExecutor) {
    if (problem != null) {
      throw new ScenarioError(problem);
    }
    return context;
  }

  /** Whether the file could not be loaded (then it has no scenarios and fails as one test). */
  boolean isBroken() {
    return problem != null;
  }

  /** The scenario with this name, when the file was loaded and has it. */
  Optional<Scenario> scenario(String name) {
    return file == null ? Optional.empty() : file.scenario(name);
  }

  Iterable<Scenario> scenarios() {
    return file == null ? java.util.List.of() : file.scenarios();
  }

  /** A new descriptor for one of this file's scenarios, its source at the scenario's line. */
  ScenarioDescriptor child(Scenario scenario) {
    FilePosition at = FilePosition.from(Math.max(1, scenario.location().line()), Math.max(1, scenario.location().column()));
    TestSource source = path != null ? FileSource.from(new File(path.toString()), at) : ClasspathResourceSource.from(resource, at);
    return new ScenarioDescriptor(getUniqueId().append(ScenarioUniqueIds.SCENARIO, scenario.name()), scenario, source);
  }

  private static String fileName(String source) {
    return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  }
}
