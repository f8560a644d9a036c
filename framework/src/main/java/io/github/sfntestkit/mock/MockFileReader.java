package io.github.sfntestkit.mock;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.load.Pointers;
import io.github.sfntestkit.internal.load.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a mock file's text, YAML or JSON, into a tree plus the line and column of every field name
 * and every value, keyed by JSON pointer. Syntax errors become a {@link MockFileException}.
 */
final class MockFileReader {
  private static final JsonFactory JSON = Json.MAPPER.getFactory();
  private static final YAMLFactory YAML =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*?)'");
  private static final Pattern SOURCE_NOISE =
      Pattern.compile("\\s*\\(start marker at \\[Source: .*?\\]\\)|\\s*at \\[Source: .*", Pattern.DOTALL);
  static final String EMPTY = "the file is empty: expected an object with \"mocks\" and/or \"inject\".";

  /** The tree and where each part of it is in the text. */
  record Tree(JsonNode root, Map<String, SourceLocation> keys, Map<String, SourceLocation> values) {
    /** Where the field name of {@code pointer} is, else where its value is. */
    SourceLocation key(String pointer) {
      SourceLocation at = keys.get(pointer);
      return at != null ? at : value(pointer);
    }

    /** Where the value at {@code pointer} starts. */
    SourceLocation value(String pointer) {
      return values.getOrDefault(pointer, SourceLocation.UNKNOWN);
    }
  }

  private MockFileReader() {}

  static Tree read(String rawText, String source) {
    String text = rawText.startsWith("\uFEFF") ? rawText.substring(1) : rawText;
    if (text.isBlank()) {
      throw fail(source, "", SourceLocation.UNKNOWN, EMPTY);
    }
    boolean yaml = isYaml(source, text);
    Recorder parser = null;
    try {
      parser = new Recorder(yaml ? YAML.createParser(text) : JSON.createParser(text));
      JsonNode root = Json.MAPPER.readTree(parser);
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw fail(source, "", SourceLocation.UNKNOWN, EMPTY);
      }
      if (parser.nextToken() != null) {
        JsonLocation loc = parser.currentTokenLocation();
        throw fail(source, "", new SourceLocation(loc.getLineNr(), loc.getColumnNr()), yaml
            ? "unexpected content after the mock file: expected a single YAML document."
            : "unexpected content after the end of the mock file's object.");
      }
      return new Tree(root, parser.keys, parser.values);
    } catch (JsonProcessingException e) {
      throw syntax(source, e, parser, yaml);
    } catch (IOException e) {
      throw fail(source, "", SourceLocation.UNKNOWN, "cannot read the mock file: " + e.getMessage() + ".");
    } catch (RuntimeException e) {
      if (e instanceof MockFileException) {
        throw e;
      }
      MarkedYAMLException marked = findCause(e, MarkedYAMLException.class);
      if (marked == null) {
        throw fail(source, "", SourceLocation.UNKNOWN, "cannot read the mock file: " + e + ".");
      }
      throw fail(source, parser == null ? "" : parser.pointer, mark(marked), yamlMessage(marked));
    }
  }

  /** YAML by extension ({@code .yaml}, {@code .yml}), JSON for {@code .json}, else by the first character. */
  static boolean isYaml(String source, String text) {
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return true;
    }
    if (lower.endsWith(".json")) {
      return false;
    }
    String t = text.stripLeading();
    return !(t.startsWith("{") || t.startsWith("["));
  }

  private static MockFileException syntax(String source, JsonProcessingException e, Recorder parser, boolean yaml) {
    String pointer = parser == null ? "" : parser.pointer;
    MarkedYAMLException marked = findCause(e, MarkedYAMLException.class);
    if (marked != null) {
      return fail(source, pointer, mark(marked), yamlMessage(marked));
    }
    JsonLocation loc = e.getLocation();
    SourceLocation at = loc == null ? SourceLocation.UNKNOWN : new SourceLocation(loc.getLineNr(), loc.getColumnNr());
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Matcher dup = DUPLICATE.matcher(original);
    if (dup.find()) {
      String parent = parser == null ? "" : parser.openPointer();
      return fail(source, Pointers.child(parent, dup.group(1)), at, "duplicate field \"" + dup.group(1)
          + "\" in " + (parent.isEmpty() ? "the top-level object" : "the object at " + parent)
          + ": each field may appear only once.");
    }
    if (e instanceof JsonEOFException) {
      String what = clean(original).replaceFirst("^Unexpected end-of-input:?\\s*", "");
      return fail(source, pointer, at, "unexpected end of input" + (what.isEmpty() ? "" : ": " + what)
          + ". Is the file truncated?");
    }
    return fail(source, pointer, at, (yaml ? "invalid YAML: " : "invalid JSON: ") + clean(original) + ".");
  }

  private static SourceLocation mark(MarkedYAMLException marked) {
    return marked.getProblemMark() == null ? SourceLocation.UNKNOWN
        : new SourceLocation(marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
  }

  private static String yamlMessage(MarkedYAMLException marked) {
    String problem = marked.getProblem() == null ? "syntax error" : marked.getProblem().trim();
    String context = marked.getContext() == null || marked.getContext().isBlank() ? ""
        : " (" + marked.getContext().trim() + (marked.getContextMark() == null ? "" : " at line "
            + (marked.getContextMark().getLine() + 1) + ", column " + (marked.getContextMark().getColumn() + 1))
            + ")";
    return "invalid YAML: " + problem + context + ".";
  }

  private static String clean(String message) {
    String m = SOURCE_NOISE.matcher(message).replaceAll("").trim();
    while (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    return m.replace('\n', ' ');
  }

  private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static MockFileException fail(String source, String pointer, SourceLocation at, String message) {
    return new MockFileException(source,
        List.of(new MockFileProblem("Mock file", pointer, at.line(), at.column(), message)));
  }

  /** Records the location of every field name and value while Jackson builds the tree. */
  private static final class Recorder extends JsonParserDelegate {
    final Map<String, SourceLocation> keys = new HashMap<>();
    final Map<String, SourceLocation> values = new HashMap<>();
    /** Open containers: pointer, and for arrays the last index (-1 before the first element). */
    private final List<String> open = new ArrayList<>();
    private final List<int[]> index = new ArrayList<>();
    private String field;
    String pointer = "";

    Recorder(JsonParser delegate) {
      super(delegate);
    }

    String openPointer() {
      return open.isEmpty() ? "" : open.get(open.size() - 1);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken t = delegate.nextToken();
      if (t == null) {
        return null;
      }
      switch (t) {
        case FIELD_NAME:
          field = delegate.currentName();
          pointer = Pointers.child(openPointer(), field);
          keys.put(pointer, here());
          break;
        case END_OBJECT:
        case END_ARRAY:
          open.remove(open.size() - 1);
          index.remove(index.size() - 1);
          break;
        default:
          if (!open.isEmpty()) {
            int[] i = index.get(index.size() - 1);
            pointer = i[0] >= -1 ? Pointers.child(openPointer(), ++i[0]) : Pointers.child(openPointer(), field);
          } else {
            pointer = "";
          }
          values.putIfAbsent(pointer, here());
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            open.add(pointer);
            index.add(new int[] {t == JsonToken.START_ARRAY ? -1 : -2});
          }
      }
      return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public String nextFieldName() throws IOException {
      return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    private SourceLocation here() {
      JsonLocation loc = delegate.currentTokenLocation();
      return new SourceLocation(loc.getLineNr(), loc.getColumnNr());
    }
  }
}
