package io.github.sfntestkit.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Workflow variables of one scope: the execution's, or a Parallel branch's / Map iteration's, which
 * reads its parent's variables but writes only its own (AWS forbids assigning an outer name inside).
 */
public final class VariableScope {
  private final VariableScope parent;
  private Map<String, JsonNode> own;

  public VariableScope(VariableScope parent) {
    this.parent = parent;
  }

  public VariableScope child() {
    return new VariableScope(this);
  }

  /** The value, or null when no scope up the chain defines the name. */
  public JsonNode get(String name) {
    for (VariableScope s = this; s != null; s = s.parent) {
      if (s.own != null) {
        JsonNode v = s.own.get(name);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /** Sets every field of {@code values} as a variable of this scope, all at once. */
  public void assignAll(JsonNode values) {
    if (values == null || values.size() == 0) {
      return;
    }
    if (own == null) {
      own = new HashMap<>();
    }
    Iterator<Map.Entry<String, JsonNode>> it = values.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      own.put(e.getKey(), e.getValue());
    }
  }

  /** All visible variables, inner scopes winning. */
  public Map<String, JsonNode> visible() {
    if (own == null && parent == null) {
      return Collections.emptyMap();
    }
    Map<String, JsonNode> all = parent == null ? new HashMap<>() : new HashMap<>(parent.visible());
    if (own != null) {
      all.putAll(own);
    }
    return all;
  }
}
