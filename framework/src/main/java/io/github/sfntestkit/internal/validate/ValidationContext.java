package io.github.sfntestkit.internal.validate;

import io.github.sfntestkit.definition.DefinitionProblem;
import io.github.sfntestkit.internal.load.LoadedDefinition;
import io.github.sfntestkit.internal.load.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** What one validation run knows and collects: the definition, its language and the problems. */
final class ValidationContext {

  final LoadedDefinition definition;
  /** True when the top-level QueryLanguage is JSONata. */
  final boolean machineJsonata;

  private final List<DefinitionProblem> problems = new ArrayList<>();

  ValidationContext(LoadedDefinition definition, boolean machineJsonata) {
    this.definition = definition;
    this.machineJsonata = machineJsonata;
  }

  void report(List<String> chain, String pointer, String message) {
    SourceLocation at = definition.location(pointer);
    problems.add(new DefinitionProblem(chain, pointer, at.line(), at.column(), message));
  }

  List<DefinitionProblem> problems() {
    return problems;
  }
}
