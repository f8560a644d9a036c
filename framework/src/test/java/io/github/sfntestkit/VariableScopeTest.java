package io.github.sfntestkit;

import static io.github.sfntestkit.TestRuns.json;
import static io.github.sfntestkit.TestRuns.run;
import static io.github.sfntestkit.TestRuns.visit;
import static io.github.sfntestkit.TestRuns.visits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.definition.DefinitionException;
import org.junit.jupiter.api.Test;

/**
 * Variable scopes: each Map iteration and Parallel branch reads the variables of the enclosing scopes
 * and keeps its own assignments to itself. Reads of names that may be undefined use JSONata
 * ({@code $exists}), which AWS does not check when the state machine is created.
 */
class VariableScopeTest {

  @Test
  void should_read_outer_variables_inside_map_iterations() {
    // GIVEN
    String definition = """
        {"StartAt": "State0", "States": {
          "State0": {"Type": "Pass", "Assign": {"x": 42, "items": [1, 2, 3]}, "Next": "State1"},
          "State1": {"Type": "Map", "ItemsPath": "$items", "MaxConcurrency": 1,
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Inner", "States": {
              "Inner": {"Type": "Pass", "Assign": {"innerX.$": "$x"},
                        "Parameters": {"item.$": "$", "x.$": "$x"}, "End": true}}},
            "Next": "State2"},
          "State2": {"Type": "Pass", "Assign": {"final.$": "$x"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"input_value\": \"input_value_literal\"}");
    // THEN
    assertThat(result.path()).containsExactly("State0", "State1", "Inner", "Inner", "Inner", "State2");
    assertThat(visits(result, "Inner")).extracting(StateVisit::assigned)
        .containsOnly(json("{\"innerX\": 42}"));
    assertThat(result.output())
        .isEqualTo(json("[{\"item\": 1, \"x\": 42}, {\"item\": 2, \"x\": 42}, {\"item\": 3, \"x\": 42}]"));
    assertThat(visit(result, "State2").assigned()).isEqualTo(json("{\"final\": 42}"));
  }

  @Test
  void should_read_outer_variables_inside_parallel_branches() {
    // GIVEN
    String definition = """
        {"StartAt": "State0", "States": {
          "State0": {"Type": "Pass", "Assign": {"x": 42}, "Next": "State1"},
          "State1": {"Type": "Parallel", "End": true, "Branches": [
            {"StartAt": "Branch1", "States": {"Branch1": {"Type": "Pass",
              "Assign": {"innerX.$": "$x", "value.$": "$"}, "Parameters": {"b1.$": "$x"}, "End": true}}},
            {"StartAt": "Branch2", "States": {"Branch2": {"Type": "Pass",
              "Assign": {"innerX.$": "$x", "value.$": "$"}, "Parameters": {"b2.$": "$x"}, "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.output()).isEqualTo(json("[{\"b1\": 42}, {\"b2\": 42}]"));
    assertThat(visit(result, "Branch1").assigned()).isEqualTo(json("{\"innerX\": 42, \"value\": {\"b1\": 42}}"));
    assertThat(visit(result, "Branch2").assigned()).isEqualTo(json("{\"innerX\": 42, \"value\": {\"b2\": 42}}"));
  }

  @Test
  void should_keep_the_variables_of_an_iteration_from_the_other_iterations() {
    // GIVEN: each iteration reports whether "mine" already exists, then assigns it
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 1, "End": true,
          "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Look", "States": {
            "Look": {"Type": "Pass", "QueryLanguage": "JSONata",
                     "Output": {"item": "{% $states.input %}", "sawMine": "{% $exists($mine) %}"},
                     "Assign": {"mine": "{% $states.input %}"}, "Next": "Again"},
            "Again": {"Type": "Pass", "QueryLanguage": "JSONata",
                      "Output": {"item": "{% $states.input.item %}", "sawMine": "{% $states.input.sawMine %}",
                                 "mine": "{% $mine %}"}, "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[\"a\", \"b\", \"c\"]");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("""
        [{"item": "a", "sawMine": false, "mine": "a"},
         {"item": "b", "sawMine": false, "mine": "b"},
         {"item": "c", "sawMine": false, "mine": "c"}]"""));
  }

  @Test
  void should_not_let_variables_assigned_in_an_iteration_leak_to_the_outer_scope() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", "Next": "After",
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Inner", "States": {
              "Inner": {"Type": "Pass", "Assign": {"inner.$": "$"}, "End": true}}}},
          "After": {"Type": "Pass", "QueryLanguage": "JSONata",
                    "Output": {"innerExists": "{% $exists($inner) %}"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[1, 2]");
    // THEN
    assertThat(visits(result, "Inner")).extracting(StateVisit::assigned)
        .containsExactly(json("{\"inner\": 1}"), json("{\"inner\": 2}"));
    assertThat(result.output()).isEqualTo(json("{\"innerExists\": false}"));
  }

  @Test
  void should_fail_a_jsonata_read_of_an_inner_variable_after_the_map() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", "Next": "After",
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Inner", "States": {
              "Inner": {"Type": "Pass", "Assign": {"inner.$": "$"}, "End": true}}}},
          "After": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $inner %}", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[1]");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'After' (entered at"
        + " the event id #10). The JSONata expression '$inner' specified for the field 'Output' returned"
        + " nothing (undefined).");
  }

  @Test
  void should_reject_a_jsonpath_read_of_an_inner_variable_after_the_map() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", "Next": "After",
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Inner", "States": {
              "Inner": {"Type": "Pass", "Assign": {"inner.$": "$"}, "End": true}}}},
          "After": {"Type": "Pass", "Parameters": {"v.$": "$inner"}, "End": true}}}""";
    // WHEN / THEN
    assertThatThrownBy(() -> StateMachine.fromJson(definition))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("inner")
        .hasMessageContaining("is not assigned by any state in this scope or an enclosing one");
  }

  @Test
  void should_not_let_sibling_parallel_branches_see_each_others_variables() {
    // GIVEN: branch A assigns "a" at once; branch B looks for it a second later
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Next": "After", "Branches": [
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"a": "from A"}, "Next": "A2"},
                                      "A2": {"Type": "Wait", "Seconds": 2, "End": true}}},
          {"StartAt": "B1", "States": {"B1": {"Type": "Wait", "Seconds": 1, "Next": "B"},
            "B": {"Type": "Pass", "QueryLanguage": "JSONata",
                  "Output": {"sawA": "{% $exists($a) %}"}, "End": true}}}]},
          "After": {"Type": "Pass", "QueryLanguage": "JSONata",
                    "Output": {"branches": "{% $states.input %}", "aOutside": "{% $exists($a) %}"},
                    "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(visit(result, "A").assigned()).isEqualTo(json("{\"a\": \"from A\"}"));
    assertThat(result.output())
        .isEqualTo(json("{\"branches\": [{}, {\"sawA\": false}], \"aOutside\": false}"));
  }

  @Test
  void should_let_later_states_of_the_same_iteration_read_its_variables() {
    // GIVEN
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
          "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Set", "States": {
            "Set": {"Type": "Pass", "Assign": {"doubled.$": "States.MathAdd($, $)"}, "Next": "Use"},
            "Use": {"Type": "Pass", "Parameters": {"doubled.$": "$doubled"}, "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[1, 5, 10]");
    // THEN
    assertThat(result.output())
        .isEqualTo(json("[{\"doubled\": 2}, {\"doubled\": 10}, {\"doubled\": 20}]"));
  }

  @Test
  void should_let_a_nested_map_read_the_variables_of_both_outer_levels() {
    // GIVEN
    String definition = """
        {"StartAt": "Input", "States": {
          "Input": {"Type": "Pass", "Result": [[9, 44, 6], [82, 25, 76]], "Assign": {"bias": 4},
                    "Next": "IterateLevels"},
          "IterateLevels": {"Type": "Map", "MaxConcurrency": 1, "End": true,
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "AssignCurrentVector",
              "States": {
                "AssignCurrentVector": {"Type": "Pass", "Next": "Calculate",
                  "Assign": {"xCurrent.$": "$[0]", "yCurrent.$": "$[1]", "zCurrent.$": "$[2]"}},
                "Calculate": {"Type": "Map", "MaxConcurrency": 1, "End": true,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Summate",
                    "States": {"Summate": {"Type": "Pass", "End": true, "Parameters": {
                      "item.$": "$",
                      "sum.$": "States.MathAdd(States.MathAdd(States.MathAdd($yCurrent, $xCurrent), $zCurrent), $bias)"
                    }}}}}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{}");
    // THEN
    assertThat(result.path()).containsExactly("Input", "IterateLevels",
        "AssignCurrentVector", "Calculate", "Summate", "Summate", "Summate",
        "AssignCurrentVector", "Calculate", "Summate", "Summate", "Summate");
    assertThat(result.output()).isEqualTo(json("""
        [[{"item": 9, "sum": 63}, {"item": 44, "sum": 63}, {"item": 6, "sum": 63}],
         [{"item": 82, "sum": 187}, {"item": 25, "sum": 187}, {"item": 76, "sum": 187}]]"""));
  }

  @Test
  void should_let_a_parallel_branch_inside_a_map_iteration_read_the_iteration_and_machine_variables() {
    // GIVEN
    String definition = """
        {"StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"prefix": "item-"}, "Next": "M"},
          "M": {"Type": "Map", "End": true,
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Name", "States": {
              "Name": {"Type": "Pass", "Assign": {"n.$": "$"}, "Next": "Par"},
              "Par": {"Type": "Parallel", "End": true, "Branches": [
                {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true,
                  "Parameters": {"label.$": "States.Format('{}{}', $prefix, $n)"}}}}]}}}}}}""";
    // WHEN
    ExecutionResult result = run(definition, "[1, 2]");
    // THEN
    assertThat(result.output())
        .isEqualTo(json("[[{\"label\": \"item-1\"}], [{\"label\": \"item-2\"}]]"));
  }

  @Test
  void should_start_every_map_visit_with_fresh_iteration_scopes() {
    // GIVEN: the Map runs twice; the second run must not see the first run's iteration variables
    String definition = """
        {"StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"round": 1}, "Next": "M"},
          "M": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": "$.seen", "Next": "Check",
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Look", "States": {
              "Look": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $exists($mine) %}",
                       "Assign": {"mine": true}, "End": true}}}},
          "Check": {"Type": "Choice", "Default": "Again",
                    "Choices": [{"Variable": "$round", "NumericEquals": 2, "Next": "Done"}]},
          "Again": {"Type": "Pass", "Assign": {"round": 2}, "Next": "M"},
          "Done": {"Type": "Pass", "OutputPath": "$.seen", "End": true}}}""";
    // WHEN
    ExecutionResult result = run(definition, "{\"items\": [1]}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo(json("[false]"));
    assertThat(visits(result, "Look")).hasSize(2);
  }
}
