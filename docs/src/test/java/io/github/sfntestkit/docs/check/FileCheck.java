package io.github.sfntestkit.docs.check;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code <!-- file: path -->}: the block equals a file of the repository (path from the root, or
 * from the page when it starts with {@code ./} or {@code ../}), and some test source names the file,
 * so what the page shows is what a test runs.
 */
final class FileCheck {
  private final Repository repository;

  FileCheck(Repository repository) {
    this.repository = repository;
  }

  void check(Markdown.Block block) {
    String path = block.marker("file");
    Path file = path.startsWith("./") || path.startsWith("../")
        ? repository.resolve(block.page()).getParent().resolve(path).normalize()
        : repository.resolve(path);
    if (!Files.isRegularFile(file)) {
      throw BlockCheck.failure(block, "<!-- file: " + path + " --> names no file (" + repository.relative(file)
          + " does not exist).");
    }
    String expected = Text.dedent(java.util.List.of(Repository.read(file).split("\\R", -1)));
    String actual = block.text();
    if (!actual.equals(expected)) {
      throw BlockCheck.failure(block, "the block differs from " + repository.relative(file) + " "
          + SnippetCheck.firstDifference(expected, actual) + ". Copy the file into the page.");
    }
    String name = file.getFileName().toString();
    boolean used = repository.testSources().stream().anyMatch(s -> Repository.read(s).contains(name));
    if (!used) {
      throw BlockCheck.failure(block, "no test source under */src/test/java mentions \"" + name
          + "\": a file a page shows must be one a test loads.");
    }
  }
}
