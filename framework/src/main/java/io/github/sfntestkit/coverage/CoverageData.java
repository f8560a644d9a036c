package io.github.sfntestkit.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Coverage of any number of state machines, keyed by definition: what a test run (or several JVM
 * forks, merged) recorded. Thread-safe. Written as JSON holding each definition, so a report needs
 * nothing else.
 *
 * <pre>{@code
 * CoverageData data = CoverageData.readDirectory(Path.of("target/sfn-coverage"));
 * for (StateMachineCoverage m : data.machines()) {
 *   System.out.println(m.name() + ": states " + m.states() + ", transitions " + m.transitions());
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CoverageData {
  /** The value of the {@code format} field of a data file. */
  public static final String FORMAT = "sfn-testkit-coverage";
  /** The version of the data file layout this class writes and reads. */
  public static final int VERSION = 1;
  /** The file name ending of data files in a coverage directory. */
  public static final String FILE_SUFFIX = ".sfn-coverage.json";

  private static final Comparator<StateMachineCoverage> BY_NAME =
      Comparator.comparing(StateMachineCoverage::name).thenComparing(StateMachineCoverage::key);

  private final Map<String, StateMachineCoverage> byKey = new LinkedHashMap<>();
  /** Compiled machines already seen, so that recording an execution does not hash the definition. */
  private final Map<StateMachine, StateMachineCoverage> seen = new WeakHashMap<>();

  private CoverageData() {}

  /** New, empty data. */
  public static CoverageData empty() {
    return new CoverageData();
  }

  /** Records one execution of {@code stateMachine}. Thread-safe. */
  public void record(StateMachine stateMachine, ExecutionResult result) {
    Objects.requireNonNull(stateMachine, "stateMachine");
    Objects.requireNonNull(result, "result");
    coverageOf(stateMachine).record(result);
  }

  private synchronized StateMachineCoverage coverageOf(StateMachine stateMachine) {
    StateMachineCoverage known = seen.get(stateMachine);
    if (known != null) {
      return known;
    }
    String key = CoverageKeys.key(stateMachine.definition());
    StateMachineCoverage existing = byKey.get(key);
    if (existing == null) {
      existing = StateMachineCoverage.of(stateMachine, key);
      byKey.put(key, existing);
    } else {
      // the same definition compiled again, maybe loaded under a more specific name
      existing.adopt(stateMachine.name(), stateMachine.source(), stateMachine.stateLines());
    }
    seen.put(stateMachine, existing);
    return existing;
  }

  /** Adds a machine's counts to this data (merged with what is recorded for the same key). */
  synchronized void add(StateMachineCoverage coverage) {
    StateMachineCoverage existing = byKey.get(coverage.key());
    if (existing == null) {
      byKey.put(coverage.key(), coverage.copy());
    } else {
      existing.add(coverage);
    }
  }

  /** Whether no state machine was recorded. */
  public synchronized boolean isEmpty() {
    return byKey.isEmpty();
  }

  /** The state machines recorded, sorted by name (then key). A snapshot: later recordings add to it. */
  public synchronized Collection<StateMachineCoverage> machines() {
    List<StateMachineCoverage> list = new ArrayList<>(byKey.values());
    list.sort(BY_NAME);
    return Collections.unmodifiableList(list);
  }

  /**
   * The machine with this key or, failing that, this name; null when there is none.
   *
   * @throws IllegalArgumentException when several machines (different definitions) have this name
   */
  public synchronized StateMachineCoverage machine(String nameOrKey) {
    Objects.requireNonNull(nameOrKey, "nameOrKey");
    StateMachineCoverage byItsKey = byKey.get(nameOrKey);
    if (byItsKey != null) {
      return byItsKey;
    }
    List<StateMachineCoverage> named = machines().stream()
        .filter(m -> m.name().equals(nameOrKey)).collect(Collectors.toList());
    if (named.size() > 1) {
      throw new IllegalArgumentException(named.size() + " state machines are named \"" + nameOrKey
          + "\" (different definitions, keys " + named.stream().map(StateMachineCoverage::key)
          .collect(Collectors.joining(", ")) + "): ask for one by its key.");
    }
    return named.isEmpty() ? null : named.get(0);
  }

  /** Top-level executions recorded, over every machine. */
  public long executions() {
    long n = 0;
    for (StateMachineCoverage m : machines()) {
      n += m.executions();
    }
    return n;
  }

  /** One metric summed over every machine (covered and total added). */
  public Counter total(CoverageMetric metric) {
    Counter sum = Counter.of(0, 0);
    for (StateMachineCoverage m : machines()) {
      sum = sum.plus(m.counter(metric));
    }
    return sum;
  }

  /**
   * This data plus another, in a new object (neither is changed): machines with the same key (the
   * same definition) have their executions and hits added.
   */
  public CoverageData merge(CoverageData other) {
    Objects.requireNonNull(other, "other");
    CoverageData merged = new CoverageData();
    for (StateMachineCoverage m : machines()) {
      merged.add(m);
    }
    for (StateMachineCoverage m : other.machines()) {
      merged.add(m);
    }
    return merged;
  }

  // ------------------------------------------------------------------------------------ JSON

  /** The data as JSON: each machine's key, name, source, definition and non-zero hit counts. */
  public String toJson() {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode toTree() {
    ObjectNode root = Json.object();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    ArrayNode machines = root.putArray("machines");
    for (StateMachineCoverage m : machines()) {
      machines.add(CoverageJson.write(m));
    }
    return root;
  }

  /**
   * Writes {@link #toJson()} to a file (its folder created if needed), replacing it atomically
   * where the file system allows, so a reader never sees half a file.
   *
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public void write(Path file) {
    Objects.requireNonNull(file, "file");
    String json = toJson();
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try {
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        try {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Cannot write coverage data to " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a file written by {@link #write(Path)}.
   *
   * @throws CoverageException naming the file when it is missing, unreadable or not coverage data
   */
  public static CoverageData read(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CoverageException("Cannot read coverage data " + file + ": no such file.");
    } catch (IOException e) {
      throw new CoverageException("Cannot read coverage data " + file + ": " + e.getMessage(), e);
    }
    return fromJson(text, file.toString());
  }

  /**
   * Reads coverage data from JSON text; {@code sourceName} names it in error messages.
   *
   * @throws CoverageException when the text is not coverage data
   */
  public static CoverageData fromJson(String json, String sourceName) {
    Objects.requireNonNull(json, "json");
    CoverageData data = new CoverageData();
    for (StateMachineCoverage m : CoverageJson.read(json, sourceName)) {
      data.add(m);
    }
    return data;
  }

  /**
   * Reads and merges every {@code *.sfn-coverage.json} file of a directory (not its subdirectories),
   * in file name order: the files the JVM forks of a test run wrote. An empty directory gives empty
   * data.
   *
   * @throws CoverageException when the directory does not exist, or naming the first corrupt file
   */
  public static CoverageData readDirectory(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new CoverageException("Cannot read coverage data: " + dir + (Files.exists(dir)
          ? " is not a directory." : " does not exist.")
          + " It is where the tests wrote their coverage (system property "
          + CoverageRecorder.DIRECTORY_PROPERTY + ", environment variable " + CoverageRecorder.DIRECTORY_ENV
          + "): did any test execute a state machine?");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(FILE_SUFFIX) && Files.isRegularFile(p))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new CoverageException("Cannot list coverage data directory " + dir + ": " + e.getMessage(), e);
    }
    CoverageData data = new CoverageData();
    for (Path f : files) {
      for (StateMachineCoverage m : read(f).machines()) {
        data.add(m);
      }
    }
    return data;
  }

  @Override
  public String toString() {
    return "CoverageData" + machines();
  }
}
