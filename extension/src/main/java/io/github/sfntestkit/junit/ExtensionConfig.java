package io.github.sfntestkit.junit;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What the user asked for, from {@link StateMachineTest} or {@link StateMachineExtension.Builder};
 * immutable. Values left null fall back to configuration parameters, then to built-in defaults.
 *
 * @param origin how messages name the configuration, e.g. {@code @StateMachineTest on OrderTest}
 * @param source where the definition comes from, or null when {@code machine} is given
 * @param machine a state machine given to the builder, or null
 * @param seed the seed as written ({@code "42"}), or null
 * @param startTime the clock start as written, or null
 * @param strictMocks false for lenient mocks, or null
 * @param mockSetup applied to each test's fresh mocks, in order
 * @param httpBaseUrl where HTTP tasks go (read once per test), or null
 * @param options applied to each test's options before the mocks are set, never null
 */
record ExtensionConfig(String origin, DefinitionSource source, StateMachine machine, String seed,
    String startTime, Boolean strictMocks, List<Consumer<Mocks>> mockSetup, Supplier<String> httpBaseUrl,
    UnaryOperator<ExecutionOptions> options) {

  /**
   * Reads the annotation found on {@code annotated}.
   *
   * @throws ExtensionConfigurationException when it names no definition, or two
   */
  static ExtensionConfig from(StateMachineTest a, Class<?> annotated) {
    String origin = "@StateMachineTest on " + annotated.getName();
    String definition = a.definition().isEmpty() ? a.value() : a.definition();
    if (!a.value().isEmpty() && !a.definition().isEmpty() && !a.value().equals(a.definition())) {
      throw misuse(origin + " names two definitions, value = \"" + a.value() + "\" and definition = \""
          + a.definition() + "\". Keep one.");
    }
    DefinitionSource source;
    if (!a.template().isEmpty()) {
      if (!definition.isEmpty()) {
        throw misuse(origin + " names both a definition (\"" + definition + "\") and a template (\""
            + a.template() + "\"). Keep one.");
      }
      if (a.logicalId().isEmpty()) {
        throw misuse(origin + " names the template \"" + a.template() + "\" but no logicalId. Add logicalId ="
            + " \"<the state machine's logical id>\".");
      }
      source = DefinitionSource.template(a.template(), a.logicalId());
    } else {
      if (definition.isEmpty()) {
        throw misuse(origin + " names no state machine. Add @StateMachineTest(\"orders.asl.json\") or"
            + " @StateMachineTest(template = \"template.yaml\", logicalId = \"OrderFlow\").");
      }
      if (!a.logicalId().isEmpty()) {
        throw misuse(origin + " has logicalId = \"" + a.logicalId() + "\" without a template. Add template ="
            + " \"template.yaml\", or remove logicalId.");
      }
      source = DefinitionSource.definition(definition);
    }
    return new ExtensionConfig(origin, source, null, a.seed().isEmpty() ? null : a.seed(),
        a.startTime().isEmpty() ? null : a.startTime(), a.strictMocks() ? null : Boolean.FALSE, List.of(), null,
        UnaryOperator.identity());
  }

  /** Parses {@link #seed()}, or returns null when unset. */
  Long parsedSeed() {
    return seed == null ? null : Settings.parseSeed(seed, origin + ": seed");
  }

  /** Parses {@link #startTime()}, or returns null when unset. */
  Instant parsedStartTime() {
    return startTime == null ? null : Settings.parseInstant(startTime, origin + ": startTime");
  }

  static ExtensionConfigurationException misuse(String message) {
    ExtensionConfigurationException e = new ExtensionConfigurationException(message);
    e.setStackTrace(new StackTraceElement[0]);
    return e;
  }
}
