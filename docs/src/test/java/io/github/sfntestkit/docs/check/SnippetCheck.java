package io.github.sfntestkit.docs.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code <!-- snippet: NAME -->}: the block equals the tagged region NAME of a test source, both
 * dedented. For a block other than {@code java}, a region that is one Java text block is compared by
 * its content, so a page can quote a message a test produces.
 */
final class SnippetCheck {
  private final TaggedRegions regions;

  SnippetCheck(TaggedRegions regions) {
    this.regions = regions;
  }

  void check(Markdown.Block block) {
    String reference = block.marker("snippet");
    List<TaggedRegions.Region> found = regions.named(reference);
    if (found.isEmpty()) {
      throw BlockCheck.failure(block, "no test source has a region // tag::" + name(reference) + "[] ... // end::"
          + name(reference) + "[]" + (reference.contains("#") ? " in " + reference.substring(0, reference.indexOf('#')) + ".java" : "")
          + ". Tag the code in a test under */src/test/java, or fix the name in <!-- snippet: " + reference + " -->."
          + malformed());
    }
    if (found.size() > 1) {
      throw BlockCheck.failure(block, "the region \"" + reference + "\" is tagged in several sources: "
          + found.stream().map(r -> r.source() + ":" + r.line()).collect(Collectors.joining(", "))
          + ". Name one: <!-- snippet: " + found.get(0).className() + "#" + name(reference) + " -->.");
    }
    TaggedRegions.Region region = found.get(0);
    String expected = region.text();
    if (!block.language().equals("java")) {
      String content = Text.textBlockContent(expected);
      if (content != null) {
        expected = Text.trimLines(content);
      }
    }
    String actual = block.text();
    if (!actual.equals(expected)) {
      throw BlockCheck.failure(block, "the block differs from the region \"" + region.name() + "\" at "
          + region.source() + ":" + region.line() + " " + firstDifference(expected, actual)
          + ".\nCopy the region into the page (indentation is ignored). The region is:\n" + expected);
    }
  }

  private String malformed() {
    return regions.problems().isEmpty() ? "" : "\nMalformed tags: " + String.join("; ", regions.problems());
  }

  private static String name(String reference) {
    return reference.substring(reference.indexOf('#') + 1);
  }

  /** "(first difference at line n of the block: page has `x`, source has `y`)". */
  static String firstDifference(String expected, String actual) {
    return firstDifference(expected, actual, "the source has");
  }

  /** The same, naming where {@code expected} comes from ("the source has", "the command prints"). */
  static String firstDifference(String expected, String actual, String expectedLabel) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<nothing>";
      String al = i < a.length ? a[i] : "<nothing>";
      if (!el.equals(al)) {
        return "(first difference at line " + (i + 1) + " of the block: the page has `" + al
            + "`, " + expectedLabel + " `" + el + "`)";
      }
    }
    return "";
  }
}
