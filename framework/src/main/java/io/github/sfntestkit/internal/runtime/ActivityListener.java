package io.github.sfntestkit.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/** Told when an activity (execution, branch or iteration) ends. */
public interface ActivityListener {
  void succeeded(Activity activity, JsonNode output);

  void failed(Activity activity, StatesError error);
}
