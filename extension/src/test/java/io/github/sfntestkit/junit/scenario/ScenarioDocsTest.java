package io.github.sfntestkit.junit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code block of docs/scenarios.md is checked, with the markers of docs/writing-docs.md:
 *
 * <ul>
 *   <li>{@code <!-- file: PATH -->}: equals the repository file;
 *   <li>{@code <!-- snippet: NAME -->}: equals the region between {@code // tag::NAME[]} and
 *       {@code // end::NAME[]} of a test source of this module or the framework's; a region that is
 *       one Java text block is compared by its content (the test compares it with the real report);
 *   <li>{@code xml}: contained in extension/pom.xml, comments and spacing aside;
 *   <li>{@code bash}: the CLI module's ScenarioCliDocsTest runs it.
 * </ul>
 */
class ScenarioDocsTest {
  private static final Pattern MARKER = Pattern.compile("<!-- (file|snippet): (\\S+) -->");
  private static final Pattern FENCE = Pattern.compile("^```(\\w+)$");
  private static final List<String> SOURCES = List.of("extension/src/test/java/io/github/sfntestkit/junit/scenario",
      "framework/src/test/java/io/github/sfntestkit/scenario");

  /** A fenced block and its marker (kind and argument null when there is none). */
  record Block(int line, String language, String kind, String argument, String text) {}

  @Test
  void should_check_every_block_one_way_or_another() throws IOException {
    List<Block> blocks = blocks();
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(8);
    assertThat(blocks).allSatisfy(b -> assertThat(b.kind() != null || b.language().equals("xml")
        || b.language().equals("bash")).as("block at line %d of docs/scenarios.md has no marker", b.line()).isTrue());
  }

  @TestFactory
  Stream<DynamicTest> every_block_equals_what_its_marker_names() throws IOException {
    return blocks().stream().filter(b -> !b.language().equals("bash"))
        .map(b -> DynamicTest.dynamicTest(b.language() + " at line " + b.line(), () -> check(b)));
  }

  private static void check(Block b) throws IOException {
    String described = "block at line " + b.line() + " of docs/scenarios.md";
    if ("file".equals(b.kind())) {
      assertThat(b.text()).as(described).isEqualTo(read(b.argument()).stripTrailing());
    } else if ("snippet".equals(b.kind())) {
      String region = region(b.argument());
      String content = textBlockContent(region);
      assertThat(b.text()).as(described).isEqualTo(content != null ? content : region);
    } else {
      assertThat(squeeze(read("extension/pom.xml").replaceAll("(?s)<!--.*?-->", ""))).as(described)
          .contains(squeeze(b.text()));
    }
  }

  static List<Block> blocks() throws IOException {
    List<String> lines = Files.readAllLines(root().resolve("docs/scenarios.md"), StandardCharsets.UTF_8);
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        continue;
      }
      int start = i;
      List<String> body = new ArrayList<>();
      for (i++; i < lines.size() && !lines.get(i).equals("```"); i++) {
        body.add(lines.get(i));
      }
      Matcher marker = start > 0 ? MARKER.matcher(lines.get(start - 1).trim()) : null;
      boolean marked = marker != null && marker.matches();
      out.add(new Block(start + 1, fence.group(1), marked ? marker.group(1) : null, marked ? marker.group(2) : null,
          String.join("\n", body)));
    }
    return out;
  }

  /** The dedented region {@code // tag::NAME[]} ... {@code // end::NAME[]} of the sources. */
  private static String region(String name) throws IOException {
    for (String folder : SOURCES) {
      List<Path> sources;
      try (Stream<Path> files = Files.walk(root().resolve(folder))) {
        sources = files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      }
      for (Path source : sources) {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        int start = indexOf(lines, "// tag::" + name + "[]");
        if (start >= 0) {
          return dedent(lines.subList(start + 1, indexOf(lines, "// end::" + name + "[]")));
        }
      }
    }
    throw new AssertionError("no test source tags a region " + name);
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(marker)) {
        return i;
      }
    }
    return -1;
  }

  private static String dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
  }

  /**
   * The value of a region that is one Java text block ({@code """} on the first line, the closing
   * {@code """} ending the last), with the escapes the reports use resolved; null otherwise.
   */
  static String textBlockContent(String region) {
    List<String> lines = new ArrayList<>(List.of(region.split("\n", -1)));
    if (lines.size() < 2 || !lines.get(0).strip().equals("\"\"\"") || !lines.get(lines.size() - 1).endsWith("\"\"\"")) {
      return null;
    }
    lines.remove(0);
    String last = lines.remove(lines.size() - 1);
    lines.add(last.substring(0, last.length() - 3));
    String body = dedent(lines).lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
    return body.replace("\\\n", "").replace("\\\"", "\"").replace("\\s", " ").replace("\\\\", "\\");
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  private static String read(String path) {
    try {
      return Files.readString(root().resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository root. */
  static Path root() {
    String basedir = System.getProperty("basedir");
    Path dir = Paths.get(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath();
    return Files.isDirectory(dir.resolve("docs")) ? dir : dir.getParent();
  }
}
