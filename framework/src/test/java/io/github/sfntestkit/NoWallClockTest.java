package io.github.sfntestkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Time and chance go through the virtual clock and the seeded random source (STYLE.md section 3). */
class NoWallClockTest {

  private static final Pattern FORBIDDEN = Pattern.compile(
      "Instant\\.now\\s*\\("
          + "|System\\.currentTimeMillis\\s*\\("
          + "|Thread\\.sleep\\s*\\("
          + "|UUID\\.randomUUID\\s*\\("
          + "|Math\\.random\\s*\\("
          + "|new\\s+(java\\.util\\.)?Random\\s*\\(\\s*\\)");

  private static Path mainSources() {
    for (Path candidate : List.of(Path.of("src/main/java"), Path.of("framework/src/main/java"))) {
      if (Files.isDirectory(candidate.resolve("io/github/sfntestkit"))) {
        return candidate;
      }
    }
    throw new AssertionError("framework/src/main/java not found from " + Path.of("").toAbsolutePath());
  }

  /** Lines that call a forbidden method, as "path:line: text"; comment lines are skipped. */
  static List<String> offendingLines(Path root) throws IOException {
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String trimmed = lines.get(i).trim();
          if (trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*")) {
            continue;
          }
          if (FORBIDDEN.matcher(trimmed).find()) {
            offending.add(root.relativize(file) + ":" + (i + 1) + ": " + trimmed);
          }
        }
      }
    }
    return offending;
  }

  @Test
  void should_find_no_wall_clock_sleep_or_unseeded_randomness_in_main_code() throws IOException {
    // GIVEN
    Path root = mainSources();
    // WHEN
    List<String> offending = offendingLines(root);
    // THEN
    assertThat(offending)
        .as("framework main code must use the virtual clock and the execution's seeded Random;"
            + " offending lines:%n%s", String.join(System.lineSeparator(), offending))
        .isEmpty();
  }

  @Test
  void should_detect_each_forbidden_call(@TempDir Path dir) throws IOException {
    // GIVEN
    Path file = dir.resolve("Bad.java");
    Files.writeString(file, String.join("\n",
        "class Bad {",
        "  long a = java.time.Instant.now().toEpochMilli();",
        "  long b = System.currentTimeMillis();",
        "  void c() throws Exception { Thread.sleep(1); }",
        "  Object d = java.util.UUID.randomUUID();",
        "  double e = Math.random();",
        "  Object f = new java.util.Random();",
        "  Object seeded = new java.util.Random(42);",
        "  // Instant.now() in a comment is fine",
        "}"));
    // WHEN
    List<String> offending = offendingLines(dir);
    // THEN
    assertThat(offending).hasSize(6)
        .allMatch(line -> line.startsWith("Bad.java:"))
        .noneMatch(line -> line.contains("Random(42)"));
  }
}
