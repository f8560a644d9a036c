package io.github.sfntestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.junit.fixtures.MisuseFixtures;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class StateMachineExtensionMisuseTest {

  static final String INVALID_REPORT = "Invalid state machine definition (junit-invalid.asl.json): 3 problems\n"
      + "  State \"Charge\" at /States/Charge/Next (line 7, column 15)\n"
      + "    \"Next\" names no state: \"ShipOrder\". Expected one of: \"Ship\".\n"
      + "  State \"Ship\" at /States/Ship (line 9, column 13)\n"
      + "    unreachable state: no transition leads here from the start state \"Charge\".\n"
      + "  State \"Ship\" at /States/Ship/ResultsPath (line 11, column 22)\n"
      + "    unknown field \"ResultsPath\" for a Pass state. Did you mean \"ResultPath\"?";

  @Test
  void should_fail_the_class_with_the_validation_report_and_no_stack_trace() {
    // WHEN
    EngineExecutionResults results = Engine.run(MisuseFixtures.InvalidDefinition.class);
    // THEN
    results.testEvents().assertStatistics(s -> s.started(0));
    Throwable failure = Engine.onlyFailure(results.containerEvents());
    assertThat(failure).isInstanceOf(DefinitionException.class).hasMessage(INVALID_REPORT);
    assertThat(failure.getStackTrace()).isEmpty();
    assertThat(failure.getCause()).isNull();
  }

  @Test
  void should_report_a_bad_definition_to_every_class_that_uses_it() {
    // WHEN
    EngineExecutionResults results = Engine.run(MisuseFixtures.InvalidDefinition.class,
        MisuseFixtures.SameInvalidDefinition.class);
    // THEN
    assertThat(Engine.failures(results.containerEvents())).containsExactly(
        "MisuseFixtures$InvalidDefinition: " + DefinitionException.class.getName() + ": " + INVALID_REPORT,
        "MisuseFixtures$SameInvalidDefinition: " + DefinitionException.class.getName() + ": " + INVALID_REPORT);
  }

  @Test
  void should_say_where_a_missing_definition_was_looked_for() {
    assertClassFails(MisuseFixtures.MissingDefinition.class, ExtensionConfigurationException.class,
        "Cannot find the state machine definition \"junit-no-such.asl.json\": there is no classpath resource of"
            + " that name and no file " + Paths.get("junit-no-such.asl.json").toAbsolutePath() + ". Put it under"
            + " src/test/resources or give a path relative to " + Paths.get("").toAbsolutePath() + ".");
  }

  @Test
  void should_ask_for_a_definition_when_the_annotation_names_none() {
    assertClassFails(MisuseFixtures.NoDefinition.class, ExtensionConfigurationException.class,
        "@StateMachineTest on " + MisuseFixtures.NoDefinition.class.getName() + " names no state machine. Add"
            + " @StateMachineTest(\"orders.asl.json\") or @StateMachineTest(template = \"template.yaml\","
            + " logicalId = \"OrderFlow\").");
  }

  @Test
  void should_explain_both_registrations_when_the_extension_has_no_configuration() {
    assertClassFails(MisuseFixtures.ExtendWithOnly.class, ExtensionConfigurationException.class,
        MisuseFixtures.ExtendWithOnly.class.getName() + " uses StateMachineExtension without a state machine."
            + " Annotate it with @StateMachineTest(\"orders.asl.json\"), or register the extension with"
            + " @RegisterExtension static StateMachineExtension sfn = StateMachineExtension.builder()"
            + ".definition(\"orders.asl.json\").build();");
  }

  @Test
  void should_refuse_the_annotation_together_with_a_registered_extension() {
    assertClassFails(MisuseFixtures.AnnotationAndRegisterExtension.class, ExtensionConfigurationException.class,
        MisuseFixtures.AnnotationAndRegisterExtension.class.getName() + " has both @StateMachineTest and"
            + " @RegisterExtension field [static io.github.sfntestkit.junit.StateMachineExtension "
            + MisuseFixtures.AnnotationAndRegisterExtension.class.getName() + ".sfn]. Use one: the annotation,"
            + " or the builder.");
  }

  @Test
  void should_ask_for_the_logical_id_of_a_template() {
    assertClassFails(MisuseFixtures.TemplateWithoutLogicalId.class, ExtensionConfigurationException.class,
        "@StateMachineTest on " + MisuseFixtures.TemplateWithoutLogicalId.class.getName() + " names the template"
            + " \"junit-orders.asl.json\" but no logicalId. Add logicalId = \"<the state machine's logical id>\".");
  }

  @Test
  void should_refuse_a_seed_that_is_not_a_number() {
    assertClassFails(MisuseFixtures.BadSeed.class, ExtensionConfigurationException.class,
        "@StateMachineTest on " + MisuseFixtures.BadSeed.class.getName() + ": seed = \"forty-two\" is not a whole"
            + " number; expected a seed such as 42.");
  }

  @Test
  void should_refuse_a_start_time_that_is_not_an_instant() {
    assertClassFails(MisuseFixtures.BadStartTime.class, ExtensionConfigurationException.class,
        "@StateMachineTest on " + MisuseFixtures.BadStartTime.class.getName() + ": startTime = \"yesterday\" is"
            + " not an ISO-8601 instant; expected a UTC time such as 2024-01-01T00:00:00Z.");
  }

  @Test
  void should_refuse_a_bad_configuration_parameter() {
    // WHEN
    EngineExecutionResults results = Engine.run(java.util.Map.of(StateMachineExtension.STRICT_MOCKS_KEY, "yes"),
        io.github.sfntestkit.junit.fixtures.LifecycleFixtures.SecondOrdersClass.class);
    // THEN
    assertThat(Engine.onlyFailure(results.containerEvents())).isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Configuration parameter sfntestkit.strictMocks = \"yes\" is neither true nor false.");
  }

  private static void assertClassFails(Class<?> fixture, Class<? extends Throwable> type, String message) {
    EngineExecutionResults results = Engine.run(fixture);
    results.testEvents().assertStatistics(s -> s.started(0));
    List<String> failures = Engine.failures(results.containerEvents());
    assertThat(failures).as("container failures").hasSize(1);
    assertThat(Engine.onlyFailure(results.containerEvents())).isInstanceOf(type).hasMessage(message);
  }
}
