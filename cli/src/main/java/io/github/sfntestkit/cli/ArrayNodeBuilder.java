package io.github.sfntestkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.definition.DefinitionProblem;

/** Renders definition problems as JSON. */
final class ArrayNodeBuilder {
  private ArrayNodeBuilder() {}

  static void problems(ObjectNode result, DefinitionException e) {
    ArrayNode list = result.putArray("validationErrors");
    for (DefinitionProblem p : e.problems()) {
      list.add(p.toString());
    }
  }
}
