package io.github.sfntestkit.docs.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regions between {@code // tag::name[]} and {@code // end::name[]} lines of the repository's
 * test sources, each dedented. A name may be used in several files; a page then names the file:
 * {@code <!-- snippet: AssertionsDocs_Test#status -->}.
 */
public final class TaggedRegions {
  private static final Pattern TAG = Pattern.compile("^\\s*// (tag|end)::([\\w.-]+)\\[]\\s*$");

  /** One region: where it is and its dedented text. */
  public record Region(String source, int line, String name, String text) {
    /** The source's simple file name without {@code .java}. */
    public String className() {
      String file = source.substring(source.lastIndexOf('/') + 1);
      return file.endsWith(".java") ? file.substring(0, file.length() - 5) : file;
    }
  }

  private final Map<String, List<Region>> byName = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  /** The regions of every test source of the repository. */
  public static TaggedRegions of(Repository repository) {
    TaggedRegions regions = new TaggedRegions();
    for (Path source : repository.testSources()) {
      regions.add(repository.relative(source), List.of(Repository.read(source).split("\\R", -1)));
    }
    return regions;
  }

  /** The regions of one source given as lines (for tests of this class). */
  public static TaggedRegions ofSource(String source, List<String> lines) {
    TaggedRegions regions = new TaggedRegions();
    regions.add(source, lines);
    return regions;
  }

  /** These regions plus those of another source (for tests of this class). */
  public TaggedRegions withSource(String source, List<String> lines) {
    add(source, lines);
    return this;
  }

  private void add(String source, List<String> lines) {
    String open = null;
    int openLine = 0;
    List<String> body = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = TAG.matcher(lines.get(i));
      if (!m.matches()) {
        if (open != null) {
          body.add(lines.get(i));
        }
        continue;
      }
      String name = m.group(2);
      if (m.group(1).equals("tag")) {
        if (open != null) {
          problems.add(source + ":" + (i + 1) + ": tag::" + name + "[] opens inside tag::" + open + "[]");
          return;
        }
        open = name;
        openLine = i + 1;
        body.clear();
      } else if (!name.equals(open)) {
        problems.add(source + ":" + (i + 1) + ": end::" + name + "[] does not close "
            + (open == null ? "any tag" : "tag::" + open + "[]"));
        return;
      } else {
        byName.computeIfAbsent(name, k -> new ArrayList<>())
            .add(new Region(source, openLine, name, Text.dedent(body)));
        open = null;
      }
    }
    if (open != null) {
      problems.add(source + ":" + openLine + ": tag::" + open + "[] is never closed");
    }
  }

  /** Malformed tags, each as "source:line: what is wrong". */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** The regions a marker value names: {@code name}, or {@code ClassName#name}. */
  public List<Region> named(String reference) {
    int hash = reference.indexOf('#');
    String name = hash < 0 ? reference : reference.substring(hash + 1);
    List<Region> found = byName.getOrDefault(name, List.of());
    if (hash < 0) {
      return found;
    }
    String className = reference.substring(0, hash);
    return found.stream().filter(r -> r.className().equals(className)).toList();
  }
}
