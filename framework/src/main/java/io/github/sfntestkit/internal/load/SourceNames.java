package io.github.sfntestkit.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.coverage.CoverageGraph;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/** A state machine's display name, source path and state lines, from where its definition was read. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SourceNames {
  /** The display name of a definition given as a string or a tree. */
  public static final String DEFAULT_NAME = "state-machine";

  private static final String[] EXTENSIONS = {
      ".asl.json", ".asl.yaml", ".asl.yml", ".json", ".yaml", ".yml"};

  private SourceNames() {}

  /** The file or resource name without folders and definition extensions; "state-machine" for text. */
  public static String displayName(String source) {
    if (path(source) == null) {
      return DEFAULT_NAME;
    }
    String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : EXTENSIONS) {
      if (lower.endsWith(ext) && lower.length() > ext.length()) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name.isEmpty() ? DEFAULT_NAME : name;
  }

  /** The source as a path, or null when the definition was not read from a file or resource. */
  public static String path(String source) {
    if (source == null || source.isEmpty() || source.startsWith("<")) {
      return null;
    }
    return source;
  }

  /**
   * The file a template state machine's definition came from: the template for an inline
   * definition (reported as {@code "<template> (<logicalId>)"}), else the DefinitionUri file.
   */
  public static String templatePath(String definitionSource, String logicalId) {
    String suffix = " (" + logicalId + ")";
    return definitionSource.endsWith(suffix)
        ? definitionSource.substring(0, definitionSource.length() - suffix.length())
        : definitionSource;
  }

  /** The 1-based line of each state in the source, by coverage node id; empty for a built tree. */
  public static Map<String, Integer> stateLines(LoadedDefinition loaded) {
    if (loaded.locations().isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, Integer> lines = new LinkedHashMap<>();
    level(loaded, loaded.root(), "", null, null, -1, lines);
    return Collections.unmodifiableMap(lines);
  }

  private static void level(LoadedDefinition loaded, JsonNode level, String pointer, String parentId,
      String parentType, int branch, Map<String, Integer> lines) {
    String states = pointer + "/States";
    for (Iterator<Map.Entry<String, JsonNode>> it = level.path("States").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = CoverageGraph.nodeId(parentId, parentType, branch, e.getKey());
      String at = Pointers.child(states, e.getKey());
      SourceLocation location = loaded.locations().get(at);
      if (location != null && location.line() > 0) {
        lines.put(id, location.line());
      }
      JsonNode s = e.getValue();
      String type = s.path("Type").asText("");
      if ("Parallel".equals(type)) {
        int i = 0;
        for (JsonNode b : s.path("Branches")) {
          level(loaded, b, Pointers.child(Pointers.child(at, "Branches"), i), id, type, i, lines);
          i++;
        }
      } else if ("Map".equals(type)) {
        String field = s.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
        if (s.has(field)) {
          level(loaded, s.get(field), Pointers.child(at, field), id, type, 0, lines);
        }
      }
    }
  }
}
