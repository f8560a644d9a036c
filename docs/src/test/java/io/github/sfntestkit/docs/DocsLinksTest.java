package io.github.sfntestkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.docs.check.Markdown;
import io.github.sfntestkit.docs.check.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Links of README.md and docs/**.md: every relative link points to an existing file, every anchor to
 * a heading of its page, and README.md and docs/README.md link every page.
 */
class DocsLinksTest {
  private static final Repository REPOSITORY = Repository.find();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  /** Pages other work is writing now; a link to them may point nowhere until they land. */
  static final Set<String> PENDING_PAGES = Set.of("docs/scenarios.md", "docs/coverage.md");

  @TestFactory
  Stream<DynamicTest> every_relative_link_points_to_a_file_and_heading() {
    return REPOSITORY.pages().stream().map(page -> DynamicTest.dynamicTest(REPOSITORY.relative(page), () -> {
      List<String> broken = new ArrayList<>();
      List<String> lines = lines(page);
      Set<Integer> code = codeLines(REPOSITORY.relative(page), lines);
      for (int i = 0; i < lines.size(); i++) {
        if (code.contains(i + 1)) {
          continue;
        }
        Matcher m = LINK.matcher(lines.get(i));
        while (m.find()) {
          String problem = check(page, m.group(1));
          if (problem != null) {
            broken.add(REPOSITORY.relative(page) + ":" + (i + 1) + ": " + m.group(1) + " " + problem);
          }
        }
      }
      assertThat(broken).as("broken links").isEmpty();
    }));
  }

  @Test
  void the_readme_links_every_page() {
    assertThat(linkedPages(REPOSITORY.resolve("README.md"))).containsAll(pages());
  }

  @Test
  void the_docs_index_links_every_page() {
    List<String> others = pages().stream().filter(p -> !p.equals("docs/README.md")).toList();
    assertThat(linkedPages(REPOSITORY.resolve("docs/README.md"))).containsAll(others);
  }

  @Test
  void anchors_are_made_from_headings_as_github_makes_them() {
    assertThat(anchors(List.of("# Title", "## `validate FILE...`", "## Limits, as AWS applies them", "## Title",
        "```", "## not a heading", "```")))
        .containsExactly("title", "validate-file", "limits-as-aws-applies-them", "title-1");
  }

  /** docs/*.md pages, relative to the root. */
  private static List<String> pages() {
    List<String> out = new ArrayList<>();
    for (Path page : REPOSITORY.pages()) {
      String name = REPOSITORY.relative(page);
      if (name.startsWith("docs/") && name.indexOf('/', 5) < 0) {
        out.add(name);
      }
    }
    out.addAll(PENDING_PAGES.stream().filter(p -> !out.contains(p)).toList());
    return out;
  }

  private static Set<String> linkedPages(Path page) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = LINK.matcher(Repository.read(page));
    while (m.find()) {
      String target = m.group(1).replaceAll("#.*$", "");
      if (!target.isEmpty() && !target.contains(":")) {
        out.add(REPOSITORY.relative(page.getParent().resolve(target).normalize()));
      }
    }
    return out;
  }

  /** Null when the link is fine, else what is wrong. */
  private static String check(Path page, String link) {
    if (link.matches("^[a-z]+:.*")) {
      return null;   // http, https, mailto: not checked offline
    }
    int hash = link.indexOf('#');
    String path = hash < 0 ? link : link.substring(0, hash);
    String anchor = hash < 0 ? null : link.substring(hash + 1);
    Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
    if (!Files.exists(target)) {
      return PENDING_PAGES.contains(REPOSITORY.relative(target)) ? null : "points to no file";
    }
    if (anchor != null && target.toString().endsWith(".md") && !anchors(lines(target)).contains(anchor)) {
      return "names no heading of " + REPOSITORY.relative(target);
    }
    return null;
  }

  /** The anchors GitHub gives the headings of a page (code blocks skipped, repeats numbered). */
  static List<String> anchors(List<String> lines) {
    List<String> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Set<Integer> code = codeLines("page", lines);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (code.contains(i + 1) || !line.startsWith("#")) {
        continue;
      }
      String text = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
      String slug = text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
      int n = seen.merge(slug, 1, Integer::sum) - 1;
      out.add(n == 0 ? slug : slug + "-" + n);
    }
    return out;
  }

  /** 1-based lines inside fenced blocks, fences included. */
  private static Set<Integer> codeLines(String page, List<String> lines) {
    Set<Integer> out = new java.util.HashSet<>();
    for (Markdown.Block b : Markdown.blocks(page, lines)) {
      for (int n = b.line(); n <= b.endLine(); n++) {
        out.add(n);
      }
    }
    return out;
  }

  private static List<String> lines(Path page) {
    return List.of(Repository.read(page).split("\\R", -1));
  }
}
