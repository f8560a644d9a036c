package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Keeps docs/junit.md in step with the compiled examples it shows. */
class DocsSnippetsTest {
  private static final Pattern START = Pattern.compile("^\\s*// tag::([\\w-]+)\\[\\]\\s*$");
  private static final Pattern END = Pattern.compile("^\\s*// end::([\\w-]+)\\[\\]\\s*$");

  @Test
  void should_find_the_tagged_examples() throws IOException {
    assertThat(snippets().keySet()).contains("getting-started", "fields", "programmatic", "inject-failure",
        "failure-scenarios", "nested", "parameterized", "wiremock", "wiremock-builder", "template");
  }

  @TestFactory
  Stream<DynamicTest> docs_junit_md_contains_every_tagged_region_verbatim() throws IOException {
    String doc = Files.readString(moduleDir().resolve("../docs/junit.md"), StandardCharsets.UTF_8);
    return snippets().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> assertThat(doc).as("docs/junit.md must contain the region \"%s\" verbatim (dedented)", e.getKey())
            .contains(e.getValue())));
  }

  /** Tag name to the dedented lines between its markers, from every test source of this package. */
  static Map<String, String> snippets() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    Path root = moduleDir().resolve("src/test/java/io/github/sfntestkit/junit");
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    for (Path source : sources) {
      if (source.getFileName().toString().equals("DocsSnippetsTest.java")) {
        continue;
      }
      String tag = null;
      List<String> lines = new ArrayList<>();
      for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
        Matcher start = START.matcher(line);
        Matcher end = END.matcher(line);
        if (start.matches()) {
          tag = start.group(1);
          lines.clear();
        } else if (end.matches() && tag != null) {
          assertThat(end.group(1)).as("end marker in %s", source).isEqualTo(tag);
          assertThat(out).as("tag %s is defined twice", tag).doesNotContainKey(tag);
          out.put(tag, dedent(lines));
          tag = null;
        } else if (tag != null) {
          lines.add(line);
        }
      }
    }
    return out;
  }

  private static String dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    int cut = indent == Integer.MAX_VALUE ? 0 : indent;
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(cut)).collect(Collectors.joining("\n"));
  }

  private static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    Path dir = Paths.get(basedir != null ? basedir : System.getProperty("user.dir"));
    return Files.isDirectory(dir.resolve("src/test/java")) ? dir : dir.resolve("extension");
  }
}
