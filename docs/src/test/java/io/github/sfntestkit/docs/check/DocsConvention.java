package io.github.sfntestkit.docs.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The convention every fenced block of README.md and docs/**.md follows, and which check applies to
 * each block. docs/writing-docs.md explains it to writers; this class decides:
 *
 * <ol>
 *   <li>{@code <!-- not-code: reason -->} above a block: not checked, for the stated reason;
 *   <li>{@code <!-- snippet: NAME -->}: the block equals a tagged region of a test source
 *       ({@link SnippetCheck});
 *   <li>{@code <!-- file: path -->}: the block equals a file of the repository that a test uses;
 *   <li>{@code json}/{@code yaml} blocks parse, and definitions, mock files, MockConfigFiles and
 *       templates load ({@link DataCheck}); {@code xml} blocks parse and name real artifacts
 *       ({@link XmlCheck});
 *   <li>{@code bash}/{@code sh} blocks: CLI commands run in-process, other commands are allowed
 *       one by one with a reason ({@link CommandCheck}); a {@code text} block right after one is its
 *       expected output;
 *   <li>anything else (a {@code java} block without a snippet marker, a {@code text} block that is
 *       not output) fails, saying how to fix it.
 * </ol>
 */
public final class DocsConvention {
  /** Marker names a block may carry. */
  public static final Set<String> MARKERS = Set.of("snippet", "file", "not-code");

  private static final Set<String> SHELL = Set.of("bash", "sh", "shell", "console");
  private static final Set<String> PLAIN = Set.of("", "text", "txt", "plain");

  private final Repository repository;
  private final TaggedRegions regions;
  private final Map<String, String> allowedCommands;

  public DocsConvention(Repository repository, TaggedRegions regions, Map<String, String> allowedCommands) {
    this.repository = repository;
    this.regions = regions;
    this.allowedCommands = allowedCommands;
  }

  /** One check per block of the page, in page order. */
  public List<BlockCheck> checks(String page, List<String> lines) {
    List<Markdown.Block> blocks = Markdown.blocks(page, lines);
    List<BlockCheck> checks = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Markdown.Block block = blocks.get(i);
      Markdown.Block output = null;
      if (SHELL.contains(block.language()) && block.markers().isEmpty() && i + 1 < blocks.size()) {
        Markdown.Block next = blocks.get(i + 1);
        if (PLAIN.contains(next.language()) && next.markers().isEmpty()
            && Markdown.onlyBlankBetween(lines, block, next)) {
          output = next;
        }
      }
      checks.add(check(block, output));
      if (output != null) {
        Markdown.Block command = block;
        checks.add(new BlockCheck(output, "output of the command block at line " + command.line(), () -> { }));
        i++;
      }
    }
    return checks;
  }

  private BlockCheck check(Markdown.Block block, Markdown.Block output) {
    if (!block.closed()) {
      return fail(block, "unclosed", "the fence is never closed: add a line ``` after the block.");
    }
    for (String marker : block.markers().keySet()) {
      if (!MARKERS.contains(marker)) {
        return fail(block, "unknown marker", "unknown marker <!-- " + marker + ": ... -->. Markers: "
            + "<!-- snippet: NAME -->, <!-- file: PATH -->, <!-- not-code: REASON -->.");
      }
    }
    if (block.markers().size() > 1) {
      return fail(block, "several markers", "a block takes one marker, this one has "
          + block.markers().keySet() + ".");
    }
    if (block.hasMarker("not-code")) {
      String reason = block.marker("not-code");
      if (reason.isBlank()) {
        return fail(block, "not-code without reason", "say why it is not checked: <!-- not-code: REASON -->.");
      }
      return new BlockCheck(block, "not code (" + reason + ")", () -> { });
    }
    if (block.hasMarker("snippet")) {
      return new BlockCheck(block, "snippet " + block.marker("snippet"), () -> new SnippetCheck(regions).check(block));
    }
    if (block.hasMarker("file")) {
      return new BlockCheck(block, "file " + block.marker("file"), () -> new FileCheck(repository).check(block));
    }
    switch (block.language()) {
      case "json":
      case "yaml":
      case "yml":
        return new BlockCheck(block, "parsed and loaded", () -> new DataCheck().check(block));
      case "xml":
        return new BlockCheck(block, "parsed, coordinates checked", () -> new XmlCheck(repository).check(block));
      default:
        break;
    }
    if (SHELL.contains(block.language())) {
      return new BlockCheck(block, output == null ? "commands" : "commands with output",
          () -> new CommandCheck(repository, allowedCommands).check(block, output));
    }
    return fail(block, "not checked", unchecked(block));
  }

  private static BlockCheck fail(Markdown.Block block, String description, String message) {
    return new BlockCheck(block, description, () -> {
      throw BlockCheck.failure(block, message);
    });
  }

  /** The message for a block no rule covers: what it is, and the ways to fix it. */
  static String unchecked(Markdown.Block block) {
    String fence = "```" + block.language();
    String first = block.text().lines().findFirst().orElse("");
    StringBuilder m = new StringBuilder();
    m.append("this ").append(fence).append(" block is not checked by any test (it starts with: ")
        .append(first.length() > 70 ? first.substring(0, 70) + "..." : first).append(").\n");
    m.append("Fix it in one of these ways (docs/writing-docs.md):\n");
    if (block.language().equals("java")) {
      m.append("  - show compiled code: write <!-- snippet: NAME --> on the line above the fence, and put the same code\n")
          .append("    between // tag::NAME[] and // end::NAME[] lines in a test under */src/test/java\n")
          .append("    (docs/src/test/java for the pages of docs/); indentation is ignored.\n");
    } else {
      m.append("  - quote what a test produces: <!-- snippet: NAME --> above the fence, and in a test the region\n")
          .append("    // tag::NAME[] ... // end::NAME[] holding a Java text block (\"\"\" ... \"\"\") the test compares with\n")
          .append("    the real text (e.g. assertThat(e).hasMessage(...));\n")
          .append("  - show a repository file a test uses: <!-- file: path/from/the/root -->;\n")
          .append("  - or use a checked language: ```json / ```yaml (must parse and load), ```bash (commands are run).\n");
    }
    m.append("  - if it is not code (program output, a grammar), write <!-- not-code: REASON --> above it.");
    return m.toString();
  }
}
