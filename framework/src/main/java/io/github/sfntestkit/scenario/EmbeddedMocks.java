package io.github.sfntestkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.load.DefinitionLoader;
import io.github.sfntestkit.internal.load.SourceLocation;
import io.github.sfntestkit.mock.MockFile;
import io.github.sfntestkit.mock.MockFileException;
import io.github.sfntestkit.mock.MockFileProblem;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code mocks} and {@code inject} lists of a file or a scenario, read by {@link MockFile} itself
 * (so they are exactly the mock-file format) from a copy holding only those two lists. Each problem
 * the mock file reader finds is moved back to its pointer, line and column in the scenario file.
 */
final class EmbeddedMocks {
  private static final Pattern ALREADY_AT = Pattern.compile(" at (/mocks/\\d+)(?: \\(line \\d+\\))?");

  private EmbeddedMocks() {}

  /**
   * The mocks of {@code owner} (an object that may hold "mocks" and "inject"), or null when it has
   * neither or they have problems (reported).
   */
  static MockFile read(JsonNode owner, String at, String label, Problems problems) {
    ObjectNode copy = Json.object();
    for (String key : new String[] {"mocks", "inject"}) {
      JsonNode list = owner.get(key);
      if (list == null) {
        continue;
      }
      String what = key.equals("mocks") ? "a list of mocks, as in a mock file (docs/mock-files.md)"
          : "a list of injections, as in a mock file (docs/mock-files.md)";
      if (problems.isList(list, at + "/" + key, label, key, what)) {
        copy.set(key, list);
      }
    }
    if (copy.isEmpty()) {
      return null;
    }
    String text = Json.write(copy);
    try {
      return MockFile.of(text, "embedded.json");
    } catch (MockFileException e) {
      Map<String, SourceLocation> copyValues = DefinitionLoader.load(text, "embedded.json").locations();
      for (MockFileProblem p : e.problems()) {
        String pointer = at + p.pointer();
        SourceLocation value = copyValues.get(p.pointer());
        boolean aboutValue = value != null && value.line() == p.line() && value.column() == p.column();
        Location where = aboutValue ? problems.tree.value(pointer) : problems.tree.key(pointer);
        String mockLabel = label.equals("Scenario file") ? p.label() : label + " \u203a " + p.label();
        problems.add(new ScenarioFileProblem(mockLabel, pointer, where.line(), where.column(), relocate(p.message(), at, problems)));
      }
      return null;
    }
  }

  /** "already mocked at /mocks/0 (line 1)" in the copy becomes the pointer and line in the scenario file. */
  private static String relocate(String message, String at, Problems problems) {
    Matcher m = ALREADY_AT.matcher(message);
    StringBuffer sb = new StringBuffer();
    while (m.find()) {
      Location first = problems.tree.value(at + m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(" at " + at + m.group(1)
          + (first.line() > 0 ? " (line " + first.line() + ")" : "")));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
