package io.github.sfntestkit.scenario;

import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.template.Template;
import java.util.List;
import java.util.Map;

/**
 * The state machine a scenario file tests: a definition file, or a state machine of a template
 * with parameter values; {@code at} is where the file names it.
 */
record DefinitionRef(String definition, String template, String stateMachine, Map<String, String> parameters,
    Location at) {

  DefinitionRef {
    parameters = Map.copyOf(parameters);
  }

  /**
   * Loads, validates and compiles the state machine.
   *
   * @throws ScenarioFileException located at the {@code definition} or {@code template} field, with
   *     the definition's or template's own report
   */
  StateMachine load(Origin origin, String source) {
    String file = definition != null ? definition : template;
    try {
      if (definition != null) {
        return origin.definition(definition);
      }
      Template t = origin.template(template);
      for (Map.Entry<String, String> p : parameters.entrySet()) {
        t = t.withParameter(p.getKey(), p.getValue());
      }
      return StateMachine.fromTemplate(t, stateMachine);
    } catch (DefinitionException | SfnTestKitException e) {
      throw failure(source, file, e.getMessage(), e);
    } catch (RuntimeException e) {
      throw failure(source, file, e.toString(), e);
    }
  }

  private ScenarioFileException failure(String source, String file, String report, RuntimeException cause) {
    String what = definition != null ? "the definition " + Problems.q(file)
        : "state machine " + Problems.q(stateMachine) + " of the template " + Problems.q(file);
    return new ScenarioFileException(source, List.of(new ScenarioFileProblem("Scenario file", at.pointer(), at.line(),
        at.column(), what + " cannot be loaded:\n" + report)), cause);
  }
}
