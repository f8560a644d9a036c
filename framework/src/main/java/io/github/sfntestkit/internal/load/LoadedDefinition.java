package io.github.sfntestkit.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A state machine definition as read: the Jackson tree, where each value sits in the source (by RFC
 * 6901 JSON pointer) and the name of the source.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LoadedDefinition {

  private final JsonNode root;
  private final Map<String, SourceLocation> locations;
  private final String source;

  LoadedDefinition(JsonNode root, Map<String, SourceLocation> locations, String source) {
    this.root = Objects.requireNonNull(root, "root");
    this.locations = Objects.requireNonNull(locations, "locations");
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The definition's JSON tree; an object for every definition the loader returns. */
  public JsonNode root() {
    return root;
  }

  /** The source's name: file path, classpath resource name or a caller-given label. */
  public String source() {
    return source;
  }

  /** Locations of the values in the source, keyed by JSON pointer; empty for a built tree. */
  public Map<String, SourceLocation> locations() {
    return locations;
  }

  /**
   * The location of the value at a pointer or, when the pointer names nothing in the source, of its
   * nearest ancestor that does.
   *
   * @param pointer an RFC 6901 JSON pointer ({@code ""} for the whole document)
   * @return the location, or {@link SourceLocation#UNKNOWN}
   */
  public SourceLocation location(String pointer) {
    String p = pointer;
    while (true) {
      SourceLocation found = locations.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return SourceLocation.UNKNOWN;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  @Override
  public String toString() {
    return "LoadedDefinition[" + source + "]";
  }
}
