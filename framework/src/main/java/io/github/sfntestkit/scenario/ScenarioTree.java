package io.github.sfntestkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.definition.DefinitionProblem;
import io.github.sfntestkit.internal.load.DefinitionLoader;
import io.github.sfntestkit.internal.load.LoadedDefinition;
import io.github.sfntestkit.internal.load.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario file's text read into a tree, with the line and column of every value (by JSON
 * pointer, from the definition loader's location-recording parser) and of every field name.
 */
final class ScenarioTree {
  static final String EMPTY = "the file is empty: expected an object with \"definition\" (or \"template\") and \"scenarios\".";

  private final LoadedDefinition loaded;
  private final String text;
  private final int[] lineStarts;

  private ScenarioTree(LoadedDefinition loaded, String text) {
    this.loaded = loaded;
    this.text = text;
    this.lineStarts = lineStarts(text);
  }

  /**
   * Reads YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}); other names by content.
   *
   * @throws ScenarioFileException for empty text, a syntax error or a top level that is not an object
   */
  static ScenarioTree read(String rawText, String source) {
    String text = rawText.startsWith("\uFEFF") ? rawText.substring(1) : rawText;
    if (text.isBlank()) {
      throw fail(source, List.of(new ScenarioFileProblem("Scenario file", "", -1, -1, EMPTY)), null);
    }
    try {
      return new ScenarioTree(DefinitionLoader.load(text, source), text);
    } catch (DefinitionException e) {
      List<ScenarioFileProblem> problems = new ArrayList<>();
      for (DefinitionProblem p : e.problems()) {
        problems.add(new ScenarioFileProblem("Scenario file", p.pointer(), p.line(), p.column(), reword(p.message())));
      }
      throw fail(source, problems, null);
    }
  }

  private static ScenarioFileException fail(String source, List<ScenarioFileProblem> problems, Throwable cause) {
    return new ScenarioFileException(source, problems, cause);
  }

  /** The loader speaks of "the definition"; here it is a scenario file. */
  private static String reword(String message) {
    int wasAt = message.indexOf(", but was ");
    if (message.startsWith("the definition must be a JSON object") && wasAt > 0) {
      return "a scenario file must be an object with \"definition\" (or \"template\") and \"scenarios\"; found"
          + message.substring(wasAt + ", but was".length());
    }
    if (message.startsWith("the definition is empty")) {
      return EMPTY;
    }
    return message.replace("the definition object", "the scenario file's object")
        .replace("the definition", "the scenario file");
  }

  JsonNode root() {
    return loaded.root();
  }

  /** Where the value at {@code pointer} starts, else where its nearest recorded ancestor does. */
  Location value(String pointer) {
    SourceLocation at = loaded.location(pointer);
    return new Location(pointer, at.line(), at.column());
  }

  /**
   * Where the field name of {@code pointer} is: found by looking back from its value for the name
   * followed by a colon (only blanks, quotes and comments can stand between a key and its value).
   */
  Location key(String pointer) {
    Location value = value(pointer);
    int slash = pointer.lastIndexOf('/');
    if (slash < 0 || value.line() < 1 || !loaded.locations().containsKey(pointer)) {
      return value;
    }
    String name = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    int end = offset(value.line(), value.column());
    int from = end;
    while (from > 0) {
      int found = text.lastIndexOf(name, from - 1);
      if (found < 0) {
        break;
      }
      int after = found + name.length();
      if (after < text.length() && (text.charAt(after) == '"' || text.charAt(after) == '\'')) {
        after++;
      }
      while (after < end && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
        after++;
      }
      if (after < end && text.charAt(after) == ':') {
        int start = found > 0 && (text.charAt(found - 1) == '"' || text.charAt(found - 1) == '\'') ? found - 1 : found;
        return locationOf(pointer, start);
      }
      from = found;
    }
    return value;
  }

  private int offset(int line, int column) {
    int l = Math.min(line, lineStarts.length) - 1;
    return Math.min(text.length(), lineStarts[l] + Math.max(0, column - 1));
  }

  private Location locationOf(String pointer, int offset) {
    int line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
      line++;
    }
    return new Location(pointer, line + 1, offset - lineStarts[line] + 1);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    int[] out = new int[starts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = starts.get(i);
    }
    return out;
  }
}
