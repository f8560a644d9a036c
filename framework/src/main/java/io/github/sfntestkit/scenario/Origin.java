package io.github.sfntestkit.scenario;

import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where a scenario file came from, so that the paths it names can be resolved next to it. */
abstract class Origin {

  /** Whether the file named relative to the scenario file exists. */
  abstract boolean exists(String relative);

  /** The resolved path or resource name, for messages. */
  abstract String resolved(String relative);

  /** Names of the files next to the one named, for "did you mean" (may be empty). */
  abstract List<String> siblings(String relative);

  abstract StateMachine definition(String relative);

  abstract Template template(String relative);

  static Origin directory(Path dir) {
    return new Directory(dir);
  }

  static Origin classpath(String resourceName) {
    int slash = resourceName.lastIndexOf('/');
    return new Classpath(slash < 0 ? "" : resourceName.substring(0, slash + 1));
  }

  /** Files relative to a directory. */
  private static final class Directory extends Origin {
    private final Path dir;

    Directory(Path dir) {
      this.dir = dir;
    }

    private Path path(String relative) {
      return dir.resolve(relative).normalize();
    }

    @Override
    boolean exists(String relative) {
      return Files.isRegularFile(path(relative));
    }

    @Override
    String resolved(String relative) {
      return path(relative).toString();
    }

    @Override
    List<String> siblings(String relative) {
      Path parent = path(relative).getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        return List.of();
      }
      try (Stream<Path> files = Files.list(parent)) {
        return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted()
            .collect(Collectors.toList());
      } catch (IOException | RuntimeException e) {
        return List.of();
      }
    }

    @Override
    StateMachine definition(String relative) {
      return StateMachine.fromFile(path(relative));
    }

    @Override
    Template template(String relative) {
      return Template.load(path(relative));
    }
  }

  /** Classpath resources relative to the scenario file's resource. */
  private static final class Classpath extends Origin {
    private final String dir;

    Classpath(String dir) {
      this.dir = dir;
    }

    /** {@code dir + relative} with "." and ".." steps resolved; a leading '/' means from the root. */
    private String name(String relative) {
      String joined = relative.startsWith("/") ? relative.substring(1) : dir + relative;
      Deque<String> parts = new ArrayDeque<>();
      for (String part : joined.split("/")) {
        if (part.isEmpty() || part.equals(".")) {
          continue;
        }
        if (part.equals("..")) {
          parts.pollLast();
        } else {
          parts.addLast(part);
        }
      }
      return String.join("/", parts);
    }

    @Override
    boolean exists(String relative) {
      return ScenarioFile.loader().getResource(name(relative)) != null;
    }

    @Override
    String resolved(String relative) {
      return "classpath:" + name(relative);
    }

    @Override
    List<String> siblings(String relative) {
      String name = name(relative);
      int slash = name.lastIndexOf('/');
      java.net.URL folder = ScenarioFile.loader().getResource(slash < 0 ? "" : name.substring(0, slash));
      if (folder == null || !"file".equals(folder.getProtocol())) {
        return List.of();
      }
      try {
        return new Directory(Path.of(folder.toURI())).siblings("x");
      } catch (java.net.URISyntaxException | RuntimeException e) {
        return List.of();
      }
    }

    @Override
    StateMachine definition(String relative) {
      return StateMachine.fromResource(name(relative));
    }

    @Override
    Template template(String relative) {
      return Template.loadResource(name(relative));
    }
  }
}
