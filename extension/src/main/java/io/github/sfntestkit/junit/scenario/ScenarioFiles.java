package io.github.sfntestkit.junit.scenario;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds scenario files by name in directories, classpath roots (directories or jars) and classpath
 * resource folders. Results are sorted, so discovery order does not depend on the file system.
 */
final class ScenarioFiles {
  private final Pattern names;
  private final ClassLoader loader;

  ScenarioFiles(Pattern names, ClassLoader loader) {
    this.names = names;
    this.loader = loader;
  }

  /** Whether a file name (without folders) is a scenario file's. */
  boolean isScenarioFile(String fileName) {
    return names.matcher(fileName).matches();
  }

  boolean isScenarioFile(Path file) {
    return file.getFileName() != null && isScenarioFile(file.getFileName().toString());
  }

  /** Scenario files under a directory, recursively. */
  List<Path> inDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(this::isScenarioFile).map(Path::normalize).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the scenario files under " + dir, e);
    }
  }

  /** Resource names of the scenario files under {@code prefix} ("" for all) of one classpath root. */
  List<String> inClasspathRoot(URI root, String prefix) {
    if (!"file".equals(root.getScheme())) {
      return List.of();
    }
    Path path = Paths.get(root);
    if (Files.isDirectory(path)) {
      Path start = prefix.isEmpty() ? path : path.resolve(prefix);
      List<String> out = new ArrayList<>();
      for (Path file : inDirectory(start)) {
        out.add(resourceName(path.relativize(file)));
      }
      return out;
    }
    if (Files.isRegularFile(path)) {
      try (JarFile jar = new JarFile(path.toFile())) {
        return inJar(jar, prefix);
      } catch (IOException e) {
        return List.of();
      }
    }
    return List.of();
  }

  /** Resource names of the scenario files under a classpath folder, in every root that has it. */
  List<String> inClasspathFolder(String folder) {
    TreeSet<String> out = new TreeSet<>();
    try {
      Enumeration<URL> urls = loader.getResources(folder);
      while (urls.hasMoreElements()) {
        out.addAll(inFolderUrl(urls.nextElement(), folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the classpath folder " + folder, e);
    }
    return new ArrayList<>(out);
  }

  /** Whether a classpath resource exists and is a file, not a folder. */
  boolean isClasspathFile(String name) {
    URL url = loader.getResource(name);
    if (url == null) {
      return false;
    }
    if ("file".equals(url.getProtocol())) {
      try {
        return Files.isRegularFile(Paths.get(url.toURI()));
      } catch (Exception e) {
        return false;
      }
    }
    return !name.endsWith("/");
  }

  private List<String> inFolderUrl(URL url, String folder) throws IOException {
    if ("file".equals(url.getProtocol())) {
      Path dir;
      try {
        dir = Paths.get(url.toURI());
      } catch (Exception e) {
        dir = new File(url.getPath()).toPath();
      }
      if (!Files.isDirectory(dir)) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (Path file : inDirectory(dir)) {
        String relative = resourceName(dir.relativize(file));
        out.add(folder.isEmpty() ? relative : stripSlash(folder) + "/" + relative);
      }
      return out;
    }
    if ("jar".equals(url.getProtocol())) {
      URLConnection connection = url.openConnection();
      if (connection instanceof JarURLConnection) {
        connection.setUseCaches(false);
        try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
          return inJar(jar, folder);
        }
      }
    }
    return List.of();
  }

  private List<String> inJar(JarFile jar, String prefix) {
    String start = prefix.isEmpty() ? "" : stripSlash(prefix) + "/";
    List<String> out = new ArrayList<>();
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      JarEntry e = entries.nextElement();
      String name = e.getName();
      if (!e.isDirectory() && name.startsWith(start) && isScenarioFile(name.substring(name.lastIndexOf('/') + 1))) {
        out.add(name);
      }
    }
    out.sort(null);
    return out;
  }

  private static String stripSlash(String folder) {
    String f = folder.startsWith("/") ? folder.substring(1) : folder;
    return f.endsWith("/") ? f.substring(0, f.length() - 1) : f;
  }

  private static String resourceName(Path relative) {
    List<String> parts = new ArrayList<>();
    for (Path p : relative) {
      parts.add(p.toString());
    }
    return String.join("/", parts);
  }
}
