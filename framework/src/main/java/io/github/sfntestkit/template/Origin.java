package io.github.sfntestkit.template;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a template came from, to read files it names ({@code DefinitionUri}) relative to it. */
final class Origin {

  private final Path directory;
  private final String resourceDirectory;

  private Origin(Path directory, String resourceDirectory) {
    this.directory = directory;
    this.resourceDirectory = resourceDirectory;
  }

  /** Files relative to a folder of the file system. */
  static Origin directory(Path directory) {
    return new Origin(directory == null ? Path.of("") : directory, null);
  }

  /** Files relative to a folder of the classpath ({@code ""} for the root). */
  static Origin classpath(String resourceDirectory) {
    return new Origin(null, resourceDirectory);
  }

  /** The name a relative path resolves to: a file path or a classpath resource name. */
  String describe(String relative) {
    if (directory != null) {
      return directory.resolve(relative).normalize().toString();
    }
    String joined = resourceDirectory.isEmpty() ? relative : resourceDirectory + "/" + relative;
    String normalized = URI.create("x:/" + joined.replace(" ", "%20")).normalize().getPath().substring(1);
    return normalized.replace("%20", " ");
  }

  /**
   * Reads a file named relative to the template (UTF-8).
   *
   * @return the text, or {@code null} when there is no such file
   */
  String read(String relative) throws IOException {
    if (directory != null) {
      Path file = directory.resolve(relative).normalize();
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Origin.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(describe(relative))) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
