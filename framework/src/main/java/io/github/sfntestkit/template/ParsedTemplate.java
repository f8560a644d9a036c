package io.github.sfntestkit.template;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.internal.load.SourceLocation;
import java.util.Map;

/** A template as read: long-form tree (short-form tags rewritten) and where each value sits. */
record ParsedTemplate(String source, ObjectNode root, Map<String, SourceLocation> locations) {

  /** The location of the value at a pointer or, failing that, of its nearest ancestor. */
  SourceLocation location(String pointer) {
    String p = pointer == null ? "" : pointer;
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
}
