package io.github.sfntestkit.junit.scenario;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.github.sfntestkit.scenario.Scenario;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves selectors to scenario files and scenarios. Folders, packages and classpath roots become
 * one selector per scenario file found in them; a file becomes a container whose scenarios are
 * selected by unique id (so a single scenario can be selected too). Class and method selectors are
 * not ours: Surefire's are answered through a {@code @Suite} class.
 */
final class ScenarioSelectorResolver implements SelectorResolver {
  private final ScenarioFiles files;
  private final Pattern scenarioNames;
  /** Files already read, so that a file selected twice is read and compiled once. */
  private final Map<UniqueId, ScenarioFileDescriptor> read = new HashMap<>();

  private final UniqueId engineId;

  /**
   * @param engineId the engine descriptor's id: {@code [engine:sfn-scenarios]}, or longer when the
   *     engine runs inside a suite
   */
  ScenarioSelectorResolver(UniqueId engineId, ScenarioFiles files, Pattern scenarioNames) {
    this.engineId = engineId;
    this.files = files;
    this.scenarioNames = scenarioNames;
  }

  @Override
  public Resolution resolve(ClasspathRootSelector selector, Context context) {
    return resources(files.inClasspathRoot(selector.getClasspathRoot(), ""));
  }

  @Override
  public Resolution resolve(PackageSelector selector, Context context) {
    return resources(files.inClasspathFolder(selector.getPackageName().replace('.', '/')));
  }

  @Override
  public Resolution resolve(ClasspathResourceSelector selector, Context context) {
    String name = selector.getClasspathResourceName();
    String resource = name.startsWith("/") ? name.substring(1) : name;
    if (files.isScenarioFile(resource.substring(resource.lastIndexOf('/') + 1))) {
      return file(context, parent -> ScenarioFileDescriptor.resourceId(parent, resource),
          parent -> ScenarioFileDescriptor.ofResource(parent, resource));
    }
    if (files.isClasspathFile(resource)) {
      return Resolution.unresolved();
    }
    return resources(files.inClasspathFolder(resource));
  }

  @Override
  public Resolution resolve(DirectorySelector selector, Context context) {
    Set<DiscoverySelector> found = files.inDirectory(selector.getPath()).stream().map(p -> selectFile(p.toFile()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    return found.isEmpty() ? Resolution.unresolved() : Resolution.selectors(found);
  }

  @Override
  public Resolution resolve(FileSelector selector, Context context) {
    Path path = selector.getPath();
    if (!files.isScenarioFile(path)) {
      return Resolution.unresolved();
    }
    return file(context, parent -> ScenarioFileDescriptor.fileId(parent, path),
        parent -> ScenarioFileDescriptor.ofFile(parent, path));
  }

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    UniqueId id = selector.getUniqueId();
    if (!id.hasPrefix(engineId)) {
      return Resolution.unresolved();
    }
    List<UniqueId.Segment> segments = id.getSegments().subList(engineId.getSegments().size() - 1, id.getSegments().size());
    if (segments.size() < 2 || segments.size() > 3) {
      return Resolution.unresolved();
    }
    UniqueId.Segment fileSegment = segments.get(1);
    Function<UniqueId, ScenarioFileDescriptor> create;
    if (fileSegment.getType().equals(ScenarioUniqueIds.FILE)) {
      create = parent -> ScenarioFileDescriptor.ofFile(parent, Paths.get(fileSegment.getValue()));
    } else if (fileSegment.getType().equals(ScenarioUniqueIds.RESOURCE)) {
      create = parent -> ScenarioFileDescriptor.ofResource(parent, fileSegment.getValue());
    } else {
      return Resolution.unresolved();
    }
    if (segments.size() == 2) {
      return file(context, parent -> parent.append(fileSegment.getType(), fileSegment.getValue()), create);
    }
    UniqueId.Segment scenarioSegment = segments.get(2);
    if (!scenarioSegment.getType().equals(ScenarioUniqueIds.SCENARIO)) {
      return Resolution.unresolved();
    }
    return scenario(context, id.removeLastSegment(), scenarioSegment.getValue());
  }

  private Resolution resources(List<String> names) {
    if (names.isEmpty()) {
      return Resolution.unresolved();
    }
    Set<DiscoverySelector> selectors = names.stream().map(n -> selectClasspathResource(n))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    return Resolution.selectors(selectors);
  }

  private Resolution file(Context context, Function<UniqueId, UniqueId> fileId,
      Function<UniqueId, ScenarioFileDescriptor> create) {
    Optional<ScenarioFileDescriptor> file = context.addToParent(parent -> Optional.of(
        read.computeIfAbsent(fileId.apply(parent.getUniqueId()), id -> create.apply(parent.getUniqueId()))));
    return file.map(f -> Resolution.match(Match.exact(f, () -> scenarioSelectors(f)))).orElse(Resolution.unresolved());
  }

  /** The scenarios of a file whose names match the name filter, as unique-id selectors. */
  private Set<DiscoverySelector> scenarioSelectors(ScenarioFileDescriptor file) {
    Set<DiscoverySelector> out = new LinkedHashSet<>();
    for (Scenario s : file.scenarios()) {
      if (scenarioNames == null || scenarioNames.matcher(s.name()).find()) {
        out.add(selectUniqueId(file.getUniqueId().append(ScenarioUniqueIds.SCENARIO, s.name())));
      }
    }
    return out;
  }

  private Resolution scenario(Context context, UniqueId fileId, String name) {
    Optional<TestDescriptor> parent = context.resolve(selectUniqueId(fileId));
    if (parent.isEmpty() || !(parent.get() instanceof ScenarioFileDescriptor)) {
      return Resolution.unresolved();
    }
    ScenarioFileDescriptor file = (ScenarioFileDescriptor) parent.get();
    if (file.isBroken()) {
      return Resolution.match(Match.exact(file));
    }
    Optional<Scenario> scenario = file.scenario(name);
    if (scenario.isEmpty()) {
      return Resolution.unresolved();
    }
    Optional<ScenarioDescriptor> child = context.addToParent(() -> selectUniqueId(fileId),
        p -> Optional.of(file.child(scenario.get())));
    return child.map(c -> Resolution.match(Match.exact(c))).orElse(Resolution.unresolved());
  }
}
