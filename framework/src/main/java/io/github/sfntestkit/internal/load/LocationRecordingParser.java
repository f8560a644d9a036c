package io.github.sfntestkit.internal.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Wraps a streaming parser and records, for every value it passes on, the value's JSON pointer and
 * start location, so that the tree and the location map come from a single pass over the text.
 */
final class LocationRecordingParser extends JsonParserDelegate {

  /** An open object or array. */
  private static final class Frame {
    final String pointer;
    final boolean array;
    final SourceLocation start;
    String fieldName;
    int index = -1;

    Frame(String pointer, boolean array, SourceLocation start) {
      this.pointer = pointer;
      this.array = array;
      this.start = start;
    }
  }

  private final Map<String, SourceLocation> locations = new HashMap<>(256);
  private final List<Frame> stack = new ArrayList<>();
  private boolean rootSeen;

  LocationRecordingParser(JsonParser delegate) {
    super(delegate);
  }

  Map<String, SourceLocation> locations() {
    return locations;
  }

  /** The pointer of the innermost open container, or null when none is open. */
  String openPointer() {
    return stack.isEmpty() ? null : stack.get(stack.size() - 1).pointer;
  }

  /** Where the innermost open container started, or null when none is open. */
  SourceLocation openStart() {
    return stack.isEmpty() ? null : stack.get(stack.size() - 1).start;
  }

  /** True when the innermost open container is an object. */
  boolean openIsObject() {
    return !stack.isEmpty() && !stack.get(stack.size() - 1).array;
  }

  /** The pointer of the value being read when reading stopped, for error reports. */
  String currentPointer() {
    if (stack.isEmpty()) {
      return "";
    }
    Frame top = stack.get(stack.size() - 1);
    if (top.array) {
      return top.index < 0 ? top.pointer : top.pointer + "/" + top.index;
    }
    return top.fieldName == null ? top.pointer : top.pointer + "/" + Pointers.escape(top.fieldName);
  }

  boolean rootSeen() {
    return rootSeen;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = delegate.nextToken();
    if (t == null) {
      return null;
    }
    switch (t) {
      case FIELD_NAME:
        if (!stack.isEmpty()) {
          stack.get(stack.size() - 1).fieldName = delegate.currentName();
        }
        break;
      case END_OBJECT:
      case END_ARRAY:
        if (!stack.isEmpty()) {
          stack.remove(stack.size() - 1);
        }
        break;
      default:
        String pointer;
        if (stack.isEmpty()) {
          pointer = "";
          rootSeen = true;
        } else {
          Frame top = stack.get(stack.size() - 1);
          if (top.array) {
            top.index++;
            pointer = top.pointer + "/" + top.index;
          } else {
            pointer = top.pointer + "/" + Pointers.escape(top.fieldName);
          }
        }
        JsonLocation loc = delegate.currentTokenLocation();
        SourceLocation here = new SourceLocation(loc.getLineNr(), loc.getColumnNr());
        locations.putIfAbsent(pointer, here);
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          stack.add(new Frame(pointer, t == JsonToken.START_ARRAY, here));
        }
    }
    return t;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    if (t == JsonToken.FIELD_NAME) {
      t = nextToken();
    }
    return t;
  }
}
