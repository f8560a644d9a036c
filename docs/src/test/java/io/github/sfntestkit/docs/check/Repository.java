package io.github.sfntestkit.docs.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The repository the documentation describes: its root, its pages and its test sources. Surefire
 * runs in {@code docs/}, an IDE may run in the root; both work.
 */
public final class Repository {
  private final Path root;

  private Repository(Path root) {
    this.root = root;
  }

  /** The repository holding the working directory. */
  public static Repository find() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !isRoot(dir)) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "no sfn-testkit checkout (README.md, docs/, framework/) above " + Path.of("").toAbsolutePath());
    }
    return new Repository(dir);
  }

  /** A repository rooted at {@code root}, for tests of the checks themselves. */
  public static Repository at(Path root) {
    return new Repository(root.toAbsolutePath());
  }

  private static boolean isRoot(Path dir) {
    return Files.isRegularFile(dir.resolve("README.md"))
        && Files.isDirectory(dir.resolve("docs"))
        && Files.isDirectory(dir.resolve("framework"));
  }

  public Path root() {
    return root;
  }

  public Path resolve(String relative) {
    return root.resolve(relative);
  }

  /** The path of {@code file} relative to the root, with {@code /} separators. */
  public String relative(Path file) {
    return root.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
  }

  public String read(String relative) {
    return read(root.resolve(relative));
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** README.md and every {@code docs/**}{@code /*.md} outside build and source folders, sorted. */
  public List<Path> pages() {
    List<Path> pages = new ArrayList<>();
    pages.add(root.resolve("README.md"));
    Path docsSources = root.resolve("docs/src");
    pages.addAll(walk(root.resolve("docs"), p -> p.toString().endsWith(".md") && !p.startsWith(docsSources)));
    return pages;
  }

  /** Every {@code .java} file under a {@code src/test/java} folder of the repository, sorted. */
  public List<Path> testSources() {
    return walk(root, p -> p.toString().endsWith(".java") && isUnderTestJava(root.relativize(p)));
  }

  private static boolean isUnderTestJava(Path relative) {
    String s = "/" + relative.toString().replace('\\', '/');
    return s.contains("/src/test/java/");
  }

  private static List<Path> walk(Path dir, java.util.function.Predicate<Path> keep) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && skipped(d.getFileName().toString())
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (keep.test(file)) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(null);
    return found;
  }

  /** Build output (target, target-*), VCS data and other hidden folders. */
  private static boolean skipped(String directoryName) {
    return directoryName.startsWith("target") || directoryName.startsWith(".")
        || directoryName.equals("node_modules");
  }
}
