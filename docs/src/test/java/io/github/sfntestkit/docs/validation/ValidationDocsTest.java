package io.github.sfntestkit.docs.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.definition.DefinitionProblem;
import org.junit.jupiter.api.Test;

/** The report docs/validation.md shows, for docs/examples/cli/invalid.asl.json. */
class ValidationDocsTest {

  @Test
  void reports_every_problem_at_once() {
    // WHEN
    DefinitionException e = catchThrowableOfType(DefinitionException.class,
        () -> StateMachine.fromResource("cli/invalid.asl.json"));
    // THEN
    assertThat(e.getMessage()).isEqualTo(
        // tag::validation-report[]
        """
        Invalid state machine definition (cli/invalid.asl.json): 3 problems
          State "Charge" at /States/Charge/Next (line 7, column 15)
            "Next" names no state: "ShipOrder". Expected one of: "Ship".
          State "Ship" at /States/Ship (line 9, column 13)
            unreachable state: no transition leads here from the start state "Charge".
          State "Ship" at /States/Ship/ResultsPath (line 11, column 22)
            unknown field "ResultsPath" for a Pass state. Did you mean "ResultPath"?"""
        // end::validation-report[]
    );
    assertThat(e.problems()).extracting(DefinitionProblem::pointer)
        .containsExactly("/States/Charge/Next", "/States/Ship", "/States/Ship/ResultsPath");
    assertThat(e.getStackTrace()).isNotEmpty();   // a normal exception; its message is the whole report
  }
}
