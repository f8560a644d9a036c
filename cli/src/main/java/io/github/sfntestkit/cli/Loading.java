package io.github.sfntestkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.StateMachine;
import java.nio.file.Path;

/** Loads definitions for the commands. */
final class Loading {
  private Loading() {}

  static StateMachine load(Path file) {
    return StateMachine.fromFile(file);
  }

  static StateMachine load(JsonNode tree) {
    return StateMachine.of(tree);
  }
}
