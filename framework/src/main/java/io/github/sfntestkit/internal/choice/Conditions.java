package io.github.sfntestkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;

/** Compiles Choice rules. (Placeholder, being written.) */
public final class Conditions {
  private Conditions() {}

  public static Condition compile(JsonNode rule) {
    throw new UnsupportedOperationException("choice rules not implemented yet");
  }
}
