package io.github.sfntestkit.scenario;

import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.MockFile;
import io.github.sfntestkit.mock.Mocks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A scenario file, read and checked: the state machine it tests, shared mocks and options, and its
 * {@link Scenario}s. The state machine is loaded once per file, on first use.
 *
 * <pre>{@code
 * ScenarioFile file = ScenarioFile.load(Path.of("src/test/scenarios/orders.sfn-test.yaml"));
 * file.name();                         // "Order processing", or the file name
 * for (Scenario s : file.scenarios()) {
 *   ScenarioRun run = s.run();
 * }
 * }</pre>
 *
 * <p>The format is YAML for {@code .yaml}/{@code .yml} and JSON for {@code .json}, described in
 * {@code docs/scenarios.md} and by {@code docs/schemas/scenario.schema.json}. Every problem of a
 * file is reported at once by a {@link ScenarioFileException}, each with its JSON pointer, line and
 * column.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScenarioFile {
  /** The endings of scenario file names. */
  public static final List<String> SUFFIXES = List.of(".sfn-test.yaml", ".sfn-test.yml", ".sfn-test.json");

  private final String source;
  private final String name;
  private final DefinitionRef definition;
  private final Origin origin;
  private final MockFile mocks;
  private final RunOptions options;
  private List<Scenario> scenarios = List.of();
  private StateMachine machine;
  private ScenarioFileException loadFailure;

  ScenarioFile(String source, String name, DefinitionRef definition, Origin origin, MockFile mocks, RunOptions options) {
    this.source = source;
    this.name = name;
    this.definition = definition;
    this.origin = origin;
    this.mocks = mocks;
    this.options = options;
  }

  /**
   * Reads a scenario file (UTF-8); the paths it names are relative to its folder.
   *
   * @throws ScenarioFileException when it cannot be read or is not a valid scenario file
   */
  public static ScenarioFile load(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    String text;
    try {
      text = decode(Files.readAllBytes(file), source, "file");
    } catch (NoSuchFileException e) {
      throw unreadable(source, "no such file.");
    } catch (IOException e) {
      throw unreadable(source, Files.isDirectory(file) ? "it is a directory, expected a file." : e.getMessage() + ".");
    }
    Path dir = file.toAbsolutePath().getParent();
    return ScenarioFileParser.parse(text, source, fileName(source), Origin.directory(dir));
  }

  /**
   * Reads a scenario file from the classpath (the thread's context class loader, else this class's);
   * the paths it names are classpath resources relative to it. A leading '/' is ignored.
   *
   * @throws ScenarioFileException when there is no such resource or it is not a valid scenario file
   */
  public static ScenarioFile loadResource(String name) {
    Objects.requireNonNull(name, "name");
    String resource = name.startsWith("/") ? name.substring(1) : name;
    String text;
    try (InputStream in = loader().getResourceAsStream(resource)) {
      if (in == null) {
        throw unreadable(resource, "no such classpath resource.");
      }
      text = decode(in.readAllBytes(), resource, "resource");
    } catch (IOException e) {
      throw unreadable(resource, e.getMessage() + ".");
    }
    return ScenarioFileParser.parse(text, resource, fileName(resource), Origin.classpath(resource));
  }

  /**
   * Reads a scenario file's text.
   *
   * @param text the file's content
   * @param name named in reports; its extension picks the format ({@code .json} is JSON, {@code
   *     .yaml}/{@code .yml} YAML, else the content decides)
   * @param baseDir the folder the paths it names are relative to
   * @throws ScenarioFileException when the text is not a valid scenario file
   */
  public static ScenarioFile parse(String text, String name, Path baseDir) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseDir, "baseDir");
    return ScenarioFileParser.parse(text, name, fileName(name), Origin.directory(baseDir.toAbsolutePath()));
  }

  /** Whether a file name ends like a scenario file's ({@link #SUFFIXES}). */
  public static boolean isScenarioFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String suffix : SUFFIXES) {
      if (lower.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** The file's display name: {@code name:} in the file, else the file name. */
  public String name() {
    return name;
  }

  /** The file path or resource name it was read from (or the name given to {@link #parse}). */
  public String source() {
    return source;
  }

  /** The scenarios, in file order. */
  public List<Scenario> scenarios() {
    return scenarios;
  }

  /** The scenario with this name. */
  public Optional<Scenario> scenario(String name) {
    return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * The state machine the file tests, loaded, validated and compiled on first use; later calls
   * return it (or throw the same exception) without loading it again.
   *
   * @throws ScenarioFileException located at the file's {@code definition} or {@code template}
   *     field, with the definition's own report of every problem
   */
  public synchronized StateMachine stateMachine() {
    if (machine == null && loadFailure == null) {
      try {
        machine = definition.load(origin, source);
      } catch (ScenarioFileException e) {
        loadFailure = e;
      }
    }
    if (loadFailure != null) {
      throw loadFailure;
    }
    return machine;
  }

  @Override
  public String toString() {
    return "ScenarioFile(" + source + ": " + scenarios.size() + (scenarios.size() == 1 ? " scenario)" : " scenarios)");
  }

  void setScenarios(List<Scenario> scenarios) {
    this.scenarios = List.copyOf(scenarios);
  }

  RunOptions options() {
    return options;
  }

  void applyMocks(Mocks m) {
    if (mocks != null) {
      mocks.apply(m);
    }
  }

  static ClassLoader loader() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return loader != null ? loader : ScenarioFile.class.getClassLoader();
  }

  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }

  private static String decode(byte[] bytes, String source, String what) {
    try {
      return io.github.sfntestkit.internal.text.Utf8.decode(bytes);
    } catch (CharacterCodingException e) {
      throw unreadable(source, "the " + what + " is not valid UTF-8 text.");
    }
  }

  private static ScenarioFileException unreadable(String source, String why) {
    return new ScenarioFileException(source, List.of(new ScenarioFileProblem("Scenario file", "", -1, -1,
        "cannot read the scenario file: " + why)));
  }
}
