package io.github.sfntestkit.internal.validate;

import static io.github.sfntestkit.internal.validate.V.report;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariableRulesTest {

  /** JSON with backquotes for double quotes, to keep the definitions readable. */
  private static String j(String text) {
    return text.replace('`', '"');
  }

  // ---- where Assign may appear ----

  @Test
  void should_accept_assign_on_every_state_type_that_allows_it() {
    assertThat(
            report(
                j(
                    "{`StartAt`:`P`,`States`:{"
                        + "`P`:{`Type`:`Pass`,`Assign`:{`a`:1},`Next`:`T`},"
                        + "`T`:{`Type`:`Task`,`Resource`:`arn:aws:states:::lambda:invoke`,`Assign`:{`b.$`:`$.Payload`},"
                        + "`Catch`:[{`ErrorEquals`:[`States.ALL`],`Assign`:{`err.$`:`$.Error`},`Next`:`W`}],`Next`:`W`},"
                        + "`W`:{`Type`:`Wait`,`Seconds`:1,`Assign`:{`c`:1},`Next`:`C`},"
                        + "`C`:{`Type`:`Choice`,`Choices`:[{`Variable`:`$a`,`NumericEquals`:1,`Assign`:{`d`:1},`Next`:`M`}],"
                        + "`Assign`:{`d`:2},`Default`:`M`},"
                        + "`M`:{`Type`:`Map`,`Assign`:{`e`:1},`ItemProcessor`:{`StartAt`:`I`,`States`:{`I`:{`Type`:`Succeed`}}},`Next`:`Par`},"
                        + "`Par`:{`Type`:`Parallel`,`Assign`:{`f`:1},`Branches`:[{`StartAt`:`B`,`States`:{`B`:{`Type`:`Succeed`}}}],`Next`:`Done`},"
                        + "`Done`:{`Type`:`Succeed`}}}")))
        .isEmpty();
  }

  @Test
  void should_not_accept_assign_on_succeed_or_fail() {
    assertThat(
            report(
                j(
                    "{`StartAt`:`S`,`States`:{`S`:{`Type`:`Succeed`,`Assign`:{`a`:1}},"
                        + "`F`:{`Type`:`Fail`,`Assign`:{`a`:1}}}}")))
        .anySatisfy(p -> assertThat(p).startsWith("/States/S/Assign: unknown field \"Assign\" for a Succeed state."))
        .anySatisfy(p -> assertThat(p).startsWith("/States/F/Assign: unknown field \"Assign\" for a Fail state."));
  }

  // ---- names ----

  @Test
  void should_accept_unicode_identifiers_as_variable_names() {
    assertThat(
            report(
                V.machine(
                    j(
                        "{`Type`:`Pass`,`Assign`:{`préférence`:1,`_tmp`:2,`नमस्ते`:3,`x1_y`:4,`Ⅻ`:5,`"
                            + "x".repeat(80)
                            + "`:6},`End`:true}"))))
        .isEmpty();
  }

  @Test
  void should_report_invalid_reserved_and_too_long_names() {
    assertThat(
            report(
                V.machine(
                    j(
                        "{`Type`:`Pass`,`Assign`:{`states.$`:`$`,`a-b`:1,`a\u200bb`:1,`"
                            + "é".repeat(81)
                            + "`:1},`End`:true}"))))
        .containsExactly(
            "/States/S/Assign/states.$: variable name \"states\" is reserved; choose another name.",
            "/States/S/Assign/a-b: invalid variable name \"a-b\": a name starts with a letter or \"_\" and contains only letters, digits and \"_\".",
            "/States/S/Assign/a\u200bb: invalid variable name \"a\u200bb\": a name starts with a letter or \"_\" and contains only letters, digits and \"_\".",
            "/States/S/Assign/" + "é".repeat(81) + ": variable name is too long: 81 characters, at most 80 are allowed.");
  }

  // ---- scopes ----

  @Test
  void should_accept_reading_outer_variables_inside_map_and_parallel() {
    assertThat(
            report(
                j(
                    "{`StartAt`:`Init`,`States`:{"
                        + "`Init`:{`Type`:`Pass`,`Assign`:{`x`:42,`items`:[1,2]},`Next`:`M`},"
                        + "`M`:{`Type`:`Map`,`ItemsPath`:`$items`,`ItemProcessor`:{`StartAt`:`I`,`States`:{"
                        + "`I`:{`Type`:`Pass`,`Assign`:{`inner.$`:`$x`},`Next`:`I2`},"
                        + "`I2`:{`Type`:`Pass`,`Parameters`:{`v.$`:`States.MathAdd($inner, $x)`},`End`:true}}},`Next`:`P`},"
                        + "`P`:{`Type`:`Parallel`,`Branches`:["
                        + "{`StartAt`:`A`,`States`:{`A`:{`Type`:`Pass`,`Assign`:{`inner.$`:`$x`},`End`:true}}},"
                        + "{`StartAt`:`B`,`States`:{`B`:{`Type`:`Pass`,`Assign`:{`inner.$`:`$x`},`End`:true}}}],"
                        + "`Assign`:{`final.$`:`$[0]`},`End`:true}}}")))
        .isEmpty();
  }

  @Test
  void should_report_a_map_state_assigning_an_outer_variable() {
    assertThat(
            report(
                j(
                    "{`StartAt`:`Init`,`States`:{"
                        + "`Init`:{`Type`:`Pass`,`Assign`:{`total`:0},`Next`:`M`},"
                        + "`M`:{`Type`:`Map`,`ItemProcessor`:{`StartAt`:`I`,`States`:{"
                        + "`I`:{`Type`:`Pass`,`Assign`:{`total.$`:`$`},`End`:true}}},`End`:true}}}")))
        .containsExactly(
            "/States/M/ItemProcessor/States/I/Assign/total.$: variable \"total\" is already assigned outside this Map iteration, by state \"Init\"; states in a Map iteration can read it but cannot assign it. Use another name, or assign it from the result of the Map state \"M\".");
  }

  @Test
  void should_report_a_parallel_branch_assigning_a_variable_of_a_later_outer_state_or_catcher() {
    assertThat(
            report(
                j(
                    "{`QueryLanguage`:`JSONata`,`StartAt`:`P`,`States`:{"
                        + "`P`:{`Type`:`Parallel`,`Branches`:[{`StartAt`:`A`,`States`:{"
                        + "`A`:{`Type`:`Pass`,`Assign`:{`result`:1,`failed`:true},`End`:true}}}],"
                        + "`Catch`:[{`ErrorEquals`:[`States.ALL`],`Assign`:{`failed`:true},`Next`:`Done`}],`Next`:`Later`},"
                        + "`Later`:{`Type`:`Pass`,`Assign`:{`result`:`{% $states.input %}`},`Next`:`Done`},"
                        + "`Done`:{`Type`:`Succeed`}}}")))
        .containsExactly(
            "/States/P/Branches/0/States/A/Assign/result: variable \"result\" is already assigned outside this Parallel branch, by state \"Later\"; states in a Parallel branch can read it but cannot assign it. Use another name, or assign it from the result of the Parallel state \"P\".",
            "/States/P/Branches/0/States/A/Assign/failed: variable \"failed\" is already assigned outside this Parallel branch, by state \"P\"; states in a Parallel branch can read it but cannot assign it. Use another name, or assign it from the result of the Parallel state \"P\".");
  }

  @Test
  void should_report_a_nested_map_assigning_a_variable_of_any_enclosing_scope() {
    assertThat(
            report(
                j(
                    "{`StartAt`:`Init`,`States`:{"
                        + "`Init`:{`Type`:`Pass`,`Assign`:{`bias`:4},`Next`:`Outer`},"
                        + "`Outer`:{`Type`:`Map`,`ItemProcessor`:{`StartAt`:`Inner`,`States`:{"
                        + "`Inner`:{`Type`:`Map`,`ItemProcessor`:{`StartAt`:`Leaf`,`States`:{"
                        + "`Leaf`:{`Type`:`Pass`,`Assign`:{`bias`:5},`End`:true}}},`End`:true}}},`End`:true}}}")))
        .containsExactly(
            "/States/Outer/ItemProcessor/States/Inner/ItemProcessor/States/Leaf/Assign/bias: variable \"bias\" is already assigned outside this Map iteration, by state \"Init\"; states in a Map iteration can read it but cannot assign it. Use another name, or assign it from the result of the Map state \"Inner\".");
  }

  @Test
  void should_let_sibling_branches_and_iterations_use_the_same_names() {
    assertThat(
            report(
                j(
                    "{`StartAt`:`P`,`States`:{`P`:{`Type`:`Parallel`,`Branches`:["
                        + "{`StartAt`:`A`,`States`:{`A`:{`Type`:`Pass`,`Assign`:{`v`:1},`Next`:`A2`},`A2`:{`Type`:`Pass`,`InputPath`:`$v`,`End`:true}}},"
                        + "{`StartAt`:`B`,`States`:{`B`:{`Type`:`Pass`,`Assign`:{`v`:2},`End`:true}}}],`End`:true}}}")))
        .isEmpty();
  }

  // ---- JSONPath references ----

  @Test
  void should_report_jsonpath_reads_of_variables_assigned_nowhere_in_scope() {
    assertThat(
            report(
                j(
                    "{`StartAt`:`Init`,`States`:{"
                        + "`Init`:{`Type`:`Pass`,`Assign`:{`count`:1,`limit`:3},`Next`:`S`},"
                        + "`S`:{`Type`:`Pass`,`InputPath`:`$cuont`,`Parameters`:{`a`:{`b.$`:`$missing.x`},`c.$`:`States.Format('{} $nope {}', $count, $other)`},"
                        + "`OutputPath`:`$.a`,`Next`:`C`},"
                        + "`C`:{`Type`:`Choice`,`Choices`:[{`Not`:{`Variable`:`$flag`,`BooleanEquals`:true},`Next`:`Done`},"
                        + "{`Variable`:`$.n`,`NumericLessThanPath`:`$limit`,`Next`:`Done`}],`Default`:`Done`},"
                        + "`Done`:{`Type`:`Succeed`}}}")))
        .containsExactly(
            "/States/S/InputPath: variable \"cuont\" read by \"$cuont\" is not assigned by any state in this scope or an enclosing one. Did you mean \"count\"?",
            "/States/S/Parameters/a/b.$: variable \"missing\" read by \"$missing.x\" is not assigned by any state in this scope or an enclosing one. Variables in scope: \"count\", \"limit\".",
            "/States/S/Parameters/c.$: variable \"other\" read by \"States.Format('{} $nope {}', $count, $other)\" is not assigned by any state in this scope or an enclosing one. Variables in scope: \"count\", \"limit\".",
            "/States/C/Choices/0/Not/Variable: variable \"flag\" read by \"$flag\" is not assigned by any state in this scope or an enclosing one. Variables in scope: \"count\", \"limit\".");
  }

  @Test
  void should_report_a_read_of_a_variable_only_assigned_inside_a_branch() {
    assertThat(
            report(
                j(
                    "{`StartAt`:`M`,`States`:{"
                        + "`M`:{`Type`:`Map`,`ItemProcessor`:{`StartAt`:`I`,`States`:{`I`:{`Type`:`Pass`,`Assign`:{`inner`:1},`End`:true}}},`Next`:`After`},"
                        + "`After`:{`Type`:`Pass`,`Parameters`:{`v.$`:`$inner`},`End`:true}}}")))
        .containsExactly(
            "/States/After/Parameters/v.$: variable \"inner\" read by \"$inner\" is not assigned by any state in this scope or an enclosing one. No state in this scope or an enclosing one has an \"Assign\" field.");
  }

  @Test
  void should_check_map_fields_in_the_scope_of_the_map_state() {
    assertThat(
            report(
                j(
                    "{`StartAt`:`Init`,`States`:{"
                        + "`Init`:{`Type`:`Pass`,`Assign`:{`items`:[1],`max`:2},`Next`:`M`},"
                        + "`M`:{`Type`:`Map`,`ItemsPath`:`$items`,`MaxConcurrencyPath`:`$max`,"
                        + "`ItemSelector`:{`v.$`:`$$.Map.Item.Value`,`w.$`:`$wrong`},"
                        + "`ItemProcessor`:{`StartAt`:`I`,`States`:{`I`:{`Type`:`Pass`,`End`:true}}},`End`:true}}}")))
        .containsExactly(
            "/States/M/ItemSelector/w.$: variable \"wrong\" read by \"$wrong\" is not assigned by any state in this scope or an enclosing one. Variables in scope: \"items\", \"max\".");
  }

  @Test
  void should_not_read_literal_fields_or_paths_inside_arrays_of_payloads() {
    assertThat(
            report(
                V.machine(
                    j(
                        "{`Type`:`Pass`,`Result`:{`x.$`:`$nope`},`Parameters`:{`InputPath`:`$nope`,`list`:[{`y.$`:`$nope`}]},`End`:true}"))))
        .isEmpty();
  }

  @Test
  void should_accept_jsonpath_reads_of_variables_assigned_by_jsonata_states() {
    assertThat(
            report(
                j(
                    "{`StartAt`:`A`,`States`:{"
                        + "`A`:{`Type`:`Pass`,`QueryLanguage`:`JSONata`,`Assign`:{`v`:`{% 1 + 1 %}`},`Next`:`B`},"
                        + "`B`:{`Type`:`Pass`,`Parameters`:{`v.$`:`$v`},`End`:true}}}")))
        .isEmpty();
  }

  // ---- JSONata references: not checked, as AWS accepts them ----

  @Test
  void should_accept_jsonata_reads_of_unassigned_variables_as_aws_does() {
    // AWS creates this machine and fails its execution with States.QueryEvaluationError:
    // "The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing".
    assertThat(
            report(
                V.jsonata(
                    "{`Type`:`Pass`,`Output`:{`r`:`{% $doesNotExist %}`,`s`:`{% $sum([1,2]) %}`,`f`:`{% ($f := function($v){$v * 2}; $f(3)) %}`},`Next`:`Done`}"
                        .replace('`', '"'))))
        .isEmpty();
  }
}
