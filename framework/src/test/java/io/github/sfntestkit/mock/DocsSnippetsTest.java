package io.github.sfntestkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code of docs/mocking.md compiled: every Java block of the page is introduced by
 * {@code <!-- snippet: name -->} and must equal the region between {@code // tag::name[]} and
 * {@code // end::name[]} in {@link MockingDocsExamplesTest}, indentation removed.
 */
class DocsSnippetsTest {
  private static final String PAGE = "docs/mocking.md";
  private static final String SOURCE =
      "framework/src/test/java/io/github/sfntestkit/mock/MockingDocsExamplesTest.java";
  private static final Pattern TAG = Pattern.compile("^\\s*// (tag|end)::([\\w-]+)\\[]\\s*$");
  private static final Pattern SNIPPET = Pattern.compile("^<!-- snippet: ([\\w-]+) -->$");

  @Test
  void should_show_in_the_docs_exactly_the_tagged_regions_of_the_examples() throws IOException {
    // GIVEN
    Path root = repositoryRoot();
    Map<String, String> regions = regions(read(root.resolve(SOURCE)));
    // WHEN
    Map<String, String> snippets = snippets(read(root.resolve(PAGE)));
    // THEN
    assertThat(snippets.keySet())
        .as("snippets in %s vs tagged regions in %s", PAGE, SOURCE)
        .containsExactlyInAnyOrderElementsOf(regions.keySet());
    for (Map.Entry<String, String> e : regions.entrySet()) {
      assertThat(snippets.get(e.getKey()))
          .as("snippet \"%s\" of %s is out of date: copy the region between // tag::%s[] and // end::%s[]"
              + " of %s into it", e.getKey(), PAGE, e.getKey(), e.getKey(), SOURCE)
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void should_find_regions_and_remove_their_common_indentation() {
    // GIVEN
    List<String> source = List.of(
        "class X {",
        "  // tag::a[]",
        "  void a() {",
        "",
        "    b();",
        "  }",
        "  // end::a[]",
        "}");
    // WHEN
    Map<String, String> regions = regions(source);
    // THEN
    assertThat(regions).containsExactly(Map.entry("a", "void a() {\n\n  b();\n}"));
  }

  @Test
  void should_read_the_java_block_after_each_snippet_marker() {
    // GIVEN
    List<String> page = List.of(
        "Text.",
        "<!-- snippet: a -->",
        "```java",
        "a();",
        "```",
        "```java",
        "untested();",
        "```");
    // WHEN
    Map<String, String> snippets = snippets(page);
    // THEN
    assertThat(snippets).containsEntry("a", "a();").containsKey("(unmarked block 2)");
  }

  /** Tagged regions by name, dedented. */
  static Map<String, String> regions(List<String> lines) {
    Map<String, String> regions = new LinkedHashMap<>();
    String open = null;
    List<String> body = new ArrayList<>();
    for (String line : lines) {
      Matcher m = TAG.matcher(line);
      if (!m.matches()) {
        if (open != null) {
          body.add(line);
        }
        continue;
      }
      if (m.group(1).equals("tag")) {
        if (open != null) {
          throw new AssertionError("tag::" + m.group(2) + "[] opens inside tag::" + open + "[]");
        }
        open = m.group(2);
        body.clear();
      } else {
        if (!m.group(2).equals(open)) {
          throw new AssertionError("end::" + m.group(2) + "[] does not close tag::" + open + "[]");
        }
        regions.put(open, dedent(body));
        open = null;
      }
    }
    if (open != null) {
      throw new AssertionError("tag::" + open + "[] is never closed");
    }
    return regions;
  }

  /**
   * The Java blocks of a page by snippet name; a block without a marker is listed as
   * "(unmarked block n)", so that it fails the comparison.
   */
  static Map<String, String> snippets(List<String> lines) {
    Map<String, String> snippets = new LinkedHashMap<>();
    String name = null;
    int blocks = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = SNIPPET.matcher(lines.get(i).trim());
      if (m.matches()) {
        name = m.group(1);
        continue;
      }
      if (lines.get(i).trim().equals("```java")) {
        blocks++;
        List<String> body = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
          body.add(lines.get(i));
        }
        snippets.put(name == null ? "(unmarked block " + blocks + ")" : name, dedent(body));
        name = null;
      } else if (!lines.get(i).isBlank()) {
        name = null;
      }
    }
    return snippets;
  }

  private static String dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
    }
    return String.join("\n", out).replaceAll("^\n+|\n+$", "");
  }

  private static List<String> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /** The directory holding docs/ (Surefire runs in framework/, an IDE may run in the root). */
  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve(PAGE))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new AssertionError(PAGE + " not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
