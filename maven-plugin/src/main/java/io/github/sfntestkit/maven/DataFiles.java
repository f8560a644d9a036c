package io.github.sfntestkit.maven;

import io.github.sfntestkit.coverage.CoverageData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The coverage files the test JVMs leave in a data directory. */
final class DataFiles {
  /** The suffix of every coverage data file. */
  static final String SUFFIX = CoverageData.FILE_SUFFIX;

  private DataFiles() {}

  /** The data files directly in {@code directory}, sorted; empty when it does not exist. */
  static List<Path> list(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + directory, e);
    }
  }
}
