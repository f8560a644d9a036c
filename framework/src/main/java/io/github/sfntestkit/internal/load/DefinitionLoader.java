package io.github.sfntestkit.internal.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.definition.DefinitionProblem;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a state machine definition, JSON or YAML, from a string, a file or a classpath resource.
 *
 * <pre>{@code
 * LoadedDefinition d = DefinitionLoader.load(Path.of("orders.asl.json"));
 * d.root().get("StartAt");                    // the tree
 * d.location("/States/ChargeCard/Next");      // line and column in the file
 * }</pre>
 *
 * <p>Anything that cannot be read (missing file, truncated JSON, YAML syntax error, duplicate key,
 * empty text, a top-level value that is not an object) throws a {@link DefinitionException} whose
 * message names the source, line and column.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DefinitionLoader {

  /** Source name used for text given directly. */
  public static final String STRING_SOURCE = "<string>";

  private static final JsonFactory JSON = Json.MAPPER.getFactory();

  private static final YAMLFactory YAML =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*?)'(?: for `|$)", Pattern.DOTALL);
  private static final Pattern SOURCE_NOISE =
      Pattern.compile("\\s*\\(start marker at \\[Source: .*?\\]\\)|\\s*at \\[Source: .*", Pattern.DOTALL);

  private DefinitionLoader() {}

  /**
   * Reads a definition from text; YAML when the text does not start with '{' or '['.
   *
   * @throws DefinitionException when the text is not a JSON or YAML object
   */
  public static LoadedDefinition load(String text) {
    return load(text, STRING_SOURCE);
  }

  /**
   * Reads a definition from text, naming its source in reports. The source name's extension
   * ({@code .yaml}, {@code .yml}, {@code .json}) chooses the format; otherwise the content does.
   *
   * @throws DefinitionException when the text is not a JSON or YAML object
   */
  public static LoadedDefinition load(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    return parse(text, sourceName);
  }

  /**
   * Reads a definition file (UTF-8).
   *
   * @throws DefinitionException when the file cannot be read or is not a JSON or YAML object
   */
  public static LoadedDefinition load(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw single(source, "cannot read the definition: no such file.");
    } catch (AccessDeniedException e) {
      throw single(source, "cannot read the definition: permission denied.");
    } catch (CharacterCodingException e) {
      throw single(source, "cannot read the definition: the file is not valid UTF-8 text.");
    } catch (IOException e) {
      if (Files.isDirectory(file)) {
        throw single(source, "cannot read the definition: it is a directory, expected a file.");
      }
      throw single(source, "cannot read the definition: " + describe(e) + ".");
    }
    return parse(text, source);
  }

  /**
   * Reads a definition from the classpath (UTF-8), using the thread's context class loader or,
   * without one, this class's loader. A leading '/' is ignored.
   *
   * @throws DefinitionException when there is no such resource or it is not a JSON or YAML object
   */
  public static LoadedDefinition loadResource(String name) {
    Objects.requireNonNull(name, "name");
    String resource = name.startsWith("/") ? name.substring(1) : name;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = DefinitionLoader.class.getClassLoader();
    }
    byte[] bytes;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw single(resource, "cannot read the definition: no such classpath resource.");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw single(resource, "cannot read the definition: " + describe(e) + ".");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw single(resource, "cannot read the definition: the resource is not valid UTF-8 text.");
    }
    return parse(text, resource);
  }

  /**
   * Wraps a tree built in code (no source locations).
   *
   * @throws DefinitionException when the tree is not an object
   */
  public static LoadedDefinition fromTree(JsonNode root, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    if (root == null || !root.isObject()) {
      throw single(sourceName, notAnObject(root));
    }
    return new LoadedDefinition(root, Collections.emptyMap(), sourceName);
  }

  /** True when a source should be read as YAML: by extension, else when it does not look like JSON. */
  static boolean isYaml(String sourceName, String text) {
    String lower = sourceName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return true;
    }
    if (lower.endsWith(".json")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c != '{' && c != '[';
      }
    }
    return false;
  }

  private static LoadedDefinition parse(String rawText, String source) {
    String text = rawText.startsWith("\uFEFF") ? rawText.substring(1) : rawText;
    if (text.isBlank()) {
      throw single(
          source, "the definition is empty: expected a JSON object with \"StartAt\" and \"States\".");
    }
    boolean yaml = isYaml(source, text);
    LocationRecordingParser parser = null;
    try {
      JsonParser raw = yaml ? YAML.createParser(text) : JSON.createParser(text);
      parser = new LocationRecordingParser(raw);
      JsonNode root = Json.MAPPER.readTree(parser);
      if (root == null || root.isMissingNode() || (yaml && root.isTextual() && root.textValue().isBlank())) {
        throw single(
            source,
            "the definition is empty: expected a JSON object with \"StartAt\" and \"States\".");
      }
      Map<String, SourceLocation> locations = parser.locations();
      if (!root.isObject()) {
        SourceLocation at = locations.getOrDefault("", SourceLocation.UNKNOWN);
        throw new DefinitionException(
            source,
            List.of(new DefinitionProblem(List.of(), "", at.line(), at.column(), notAnObject(root))));
      }
      if (parser.nextToken() != null) {
        JsonLocation loc = parser.currentTokenLocation();
        throw new DefinitionException(
            source,
            List.of(
                new DefinitionProblem(
                    List.of(),
                    "",
                    loc.getLineNr(),
                    loc.getColumnNr(),
                    yaml
                        ? "unexpected content after the definition: expected a single YAML document."
                        : "unexpected content after the end of the definition object.")));
      }
      return new LoadedDefinition(root, locations, source);
    } catch (JsonProcessingException e) {
      throw new DefinitionException(source, List.of(problemFor(e, parser, yaml)));
    } catch (IOException e) {
      throw single(source, "cannot read the definition: " + describe(e) + ".");
    } catch (RuntimeException e) {
      if (e instanceof DefinitionException) {
        throw e;
      }
      // SnakeYAML may throw its own unchecked exceptions (for example on very deep nesting).
      MarkedYAMLException marked = findCause(e, MarkedYAMLException.class);
      if (marked != null) {
        return throwYaml(source, marked, parser);
      }
      throw single(source, "cannot read the definition: " + describe(e) + ".");
    }
  }

  private static LoadedDefinition throwYaml(
      String source, MarkedYAMLException marked, LocationRecordingParser parser) {
    int line = marked.getProblemMark() == null ? -1 : marked.getProblemMark().getLine() + 1;
    int column = marked.getProblemMark() == null ? -1 : marked.getProblemMark().getColumn() + 1;
    String pointer = parser == null ? "" : parser.currentPointer();
    throw new DefinitionException(
        source,
        List.of(new DefinitionProblem(List.of(), pointer, line, column, yamlMessage(marked))));
  }

  private static DefinitionProblem problemFor(
      JsonProcessingException e, LocationRecordingParser parser, boolean yaml) {
    String pointer = parser == null ? "" : parser.currentPointer();
    JsonLocation loc = e.getLocation();
    int line = loc == null ? -1 : loc.getLineNr();
    int column = loc == null ? -1 : loc.getColumnNr();
    MarkedYAMLException marked = findCause(e, MarkedYAMLException.class);
    if (marked != null) {
      if (marked.getProblemMark() != null) {
        line = marked.getProblemMark().getLine() + 1;
        column = marked.getProblemMark().getColumn() + 1;
      }
      return new DefinitionProblem(List.of(), pointer, line, column, yamlMessage(marked));
    }
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String message;
    Matcher dup = DUPLICATE.matcher(original);
    if (dup.find()) {
      String open = parser == null ? null : parser.openPointer();
      String name = dup.group(1);
      message =
          "duplicate field "
              + quote(name)
              + (open == null ? "" : " in the object at " + (open.isEmpty() ? "the top level" : open))
              + ": each field may appear only once in an object.";
      if (open != null) {
        pointer = Pointers.child(open, name);
      }
    } else if (e instanceof StreamConstraintsException) {
      pointer = "";
      message =
          original.contains("nesting depth")
              ? "the definition nests objects and arrays more than "
                  + StreamReadConstraints.DEFAULT_MAX_DEPTH
                  + " levels deep."
              : "the definition is too large to read: " + clean(original) + ".";
    } else if (e instanceof JsonEOFException) {
      String open = parser == null ? null : parser.openPointer();
      if (open != null) {
        pointer = open;
      }
      SourceLocation start = parser == null ? null : parser.openStart();
      if (start != null && start.line() > 0) {
        String kind = parser.openIsObject() ? "object" : "array";
        message =
            "unexpected end of input: the "
                + kind
                + " opened at line "
                + start.line()
                + ", column "
                + start.column()
                + " is not closed with "
                + (parser.openIsObject() ? "\"}\"" : "\"]\"")
                + ". Is the text truncated?";
      } else {
        message = "unexpected end of input: " + clean(original) + ". Is the text truncated?";
      }
    } else {
      message = (yaml ? "invalid YAML: " : "invalid JSON: ") + clean(original) + ".";
    }
    return new DefinitionProblem(List.of(), pointer, line, column, message);
  }

  private static String yamlMessage(MarkedYAMLException marked) {
    StringBuilder sb = new StringBuilder("invalid YAML: ");
    String problem = marked.getProblem() == null ? "syntax error" : marked.getProblem().trim();
    sb.append(problem);
    if (marked.getContext() != null && !marked.getContext().isBlank()) {
      sb.append(" (").append(marked.getContext().trim());
      if (marked.getContextMark() != null) {
        sb.append(" at line ")
            .append(marked.getContextMark().getLine() + 1)
            .append(", column ")
            .append(marked.getContextMark().getColumn() + 1);
      }
      sb.append(')');
    }
    return sb.append('.').toString();
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

  private static String notAnObject(JsonNode root) {
    return "the definition must be a JSON object with \"StartAt\" and \"States\", but was "
        + describeValue(root)
        + ".";
  }

  static String describeValue(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    return Json.typeName(node) + " " + Json.quote(node);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " " + m.trim());
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static DefinitionException single(String source, String message) {
    return new DefinitionException(
        source, List.of(new DefinitionProblem(List.of(), "", -1, -1, message)));
  }
}
