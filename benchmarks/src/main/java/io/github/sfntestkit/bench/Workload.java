package io.github.sfntestkit.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One workload folder of {@code shared/bench/workloads}: the definition text, the input, the expected
 * output and the spec, read from disk (never copied into this project).
 *
 * <p>The folder is {@code -Dsfntestkit.bench.workloads=DIR} if given, else the first of
 * {@code ../shared/bench/workloads} resolved from the working directory and from its parent (so both
 * {@code java -jar benchmarks/target/benchmarks.jar} from the repository root and a run from inside
 * {@code benchmarks/} find it).
 */
public final class Workload {
  /** System property naming the workloads folder. */
  public static final String DIR_PROPERTY = "sfntestkit.bench.workloads";

  /** Parses the way the interpreter does: exact decimals, duplicate keys rejected. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  public final String name;
  public final Path dir;
  public final String definition;
  public final JsonNode input;
  public final JsonNode expected;
  public final JsonNode spec;

  private Workload(String name, Path dir) {
    this.name = name;
    this.dir = dir;
    this.definition = read(dir.resolve("definition.json"));
    this.input = parse(read(dir.resolve("input.json")));
    this.expected = parse(read(dir.resolve("expected.json")));
    this.spec = parse(read(dir.resolve("spec.json")));
  }

  /** Loads {@code <workloads>/<name>}. */
  public static Workload load(String name) {
    Path dir = workloadsDir().resolve(name);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("workload folder not found: " + dir.toAbsolutePath());
    }
    return new Workload(name, dir);
  }

  /** The workloads folder (see the class comment). */
  public static Path workloadsDir() {
    String prop = System.getProperty(DIR_PROPERTY);
    if (prop != null && !prop.isBlank()) {
      Path p = Path.of(prop).toAbsolutePath().normalize();
      if (!Files.isDirectory(p)) {
        throw new IllegalStateException("-D" + DIR_PROPERTY + "=" + prop + " is not a directory");
      }
      return p;
    }
    Path cwd = Path.of("").toAbsolutePath();
    List<Path> tried = new ArrayList<>();
    for (Path base = cwd; base != null && tried.size() < 2; base = base.getParent()) {
      Path candidate = base.resolve("../shared/bench/workloads").normalize();
      tried.add(candidate);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "workloads folder not found (tried " + tried + "); pass -D" + DIR_PROPERTY + "=DIR");
  }

  public int transitionsPerExecution() {
    return spec.path("transitionsPerExecution").asInt();
  }

  public int executions() {
    return spec.path("executions").asInt(1);
  }

  // ---------------------------------------------------------------------------------------------
  // correctness checks: a fast wrong answer does not count

  /** Fails loudly unless the execution succeeded with {@code expected} as output. */
  public static void verify(String what, ExecutionResult result, JsonNode expected) {
    if (result.status() != ExecutionStatus.SUCCEEDED) {
      throw new AssertionError(what + ": execution " + result.status() + " (" + result.error() + ": "
          + result.cause() + "), expected SUCCEEDED with " + abbreviate(expected));
    }
    String diff = firstDifference("$", expected, result.output());
    if (diff != null) {
      throw new AssertionError(what + ": output differs from expected.json at " + diff
          + "\n  expected: " + abbreviate(expected) + "\n  actual:   " + abbreviate(result.output()));
    }
  }

  /** JSON equality with numbers compared numerically; null when equal, else where they differ. */
  public static String firstDifference(String path, JsonNode expected, JsonNode actual) {
    if (actual == null || actual.isMissingNode()) {
      return path + " (missing; expected " + abbreviate(expected) + ")";
    }
    if (expected.isNumber() && actual.isNumber()) {
      return numeric(expected).compareTo(numeric(actual)) == 0
          ? null
          : path + " (expected " + expected + ", actual " + actual + ")";
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      return path + " (expected " + abbreviate(expected) + ", actual " + abbreviate(actual) + ")";
    }
    if (expected.isObject()) {
      if (expected.size() != actual.size()) {
        return path + " (expected keys " + names(expected) + ", actual keys " + names(actual) + ")";
      }
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        String d = firstDifference(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return path + " (expected " + expected.size() + " elements, actual " + actual.size() + ")";
      }
      for (int i = 0; i < expected.size(); i++) {
        String d = firstDifference(path + "[" + i + "]", expected.get(i), actual.get(i));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return expected.equals(actual)
        ? null
        : path + " (expected " + abbreviate(expected) + ", actual " + abbreviate(actual) + ")";
  }

  private static BigDecimal numeric(JsonNode n) {
    return n.decimalValue();
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static String abbreviate(JsonNode node) {
    String s = String.valueOf(node);
    return s.length() <= 300 ? s : s.substring(0, 300) + "... (" + s.length() + " chars)";
  }

  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
    }
  }
}
