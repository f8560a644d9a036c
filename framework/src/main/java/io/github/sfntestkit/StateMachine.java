package io.github.sfntestkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.coverage.CoverageRecorder;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.load.DefinitionLoader;
import io.github.sfntestkit.internal.load.LoadedDefinition;
import io.github.sfntestkit.internal.load.SourceNames;
import java.nio.file.Path;
import io.github.sfntestkit.internal.runtime.Execution;
import io.github.sfntestkit.internal.state.StateGraph;
import io.github.sfntestkit.internal.state.StateParser;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A loaded, validated and compiled state machine. Immutable and thread-safe: compile once, execute
 * many times.
 *
 * <pre>{@code
 * StateMachine sm = StateMachine.fromJson(definitionText);
 * ExecutionResult r = sm.execute("{\"orderId\": 1}", ExecutionOptions.defaults().withIntegration(mocks));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateMachine {
  private final JsonNode definition;
  private final StateGraph graph;
  private final Integer timeoutSeconds;
  private final String name;
  private final String source;
  private final java.util.Map<String, Integer> stateLines;

  private StateMachine(JsonNode definition, String name, String source, java.util.Map<String, Integer> stateLines) {
    this.definition = definition;
    this.graph = StateParser.parse(definition);
    this.timeoutSeconds = StateParser.timeoutSeconds(definition);
    this.name = name;
    this.source = source;
    this.stateLines = stateLines;
  }

  /** Compiles an already parsed definition tree. */
  public static StateMachine of(JsonNode definition) {
    return load(DefinitionLoader.fromTree(Objects.requireNonNull(definition, "definition"), "<tree>"));
  }

  /**
   * Parses, validates and compiles a JSON or YAML definition.
   *
   * @throws io.github.sfntestkit.definition.DefinitionException listing every problem found
   */
  public static StateMachine fromString(String text) {
    return load(DefinitionLoader.load(text));
  }

  /** Like {@link #fromString}; kept for readability when the text is JSON. */
  public static StateMachine fromJson(String json) {
    return fromString(json);
  }

  /** Loads a {@code .asl.json} / {@code .asl.yaml} file. */
  public static StateMachine fromFile(Path file) {
    return load(DefinitionLoader.load(file));
  }

  /** Loads a classpath resource. */
  public static StateMachine fromResource(String name) {
    return load(DefinitionLoader.loadResource(name));
  }

  /**
   * Loads, validates and compiles a state machine of a SAM or CloudFormation template (YAML or
   * JSON, CDK synth output included).
   *
   * <pre>{@code
   * StateMachine sm = StateMachine.fromTemplate(Path.of("template.yaml"), "OrderStateMachine");
   * }</pre>
   *
   * @throws io.github.sfntestkit.template.TemplateException when the template cannot be read, names
   *     no such state machine or a value of the definition cannot be resolved offline; use {@link
   *     #fromTemplate(io.github.sfntestkit.template.Template, String)} to supply it
   * @throws io.github.sfntestkit.definition.DefinitionException listing every problem of the definition
   * @since 0.1
   */
  public static StateMachine fromTemplate(Path template, String logicalId) {
    return fromTemplate(io.github.sfntestkit.template.Template.load(template), logicalId);
  }

  /**
   * Loads, validates and compiles a state machine of a template, with the values the test supplied
   * for what the template cannot resolve offline.
   *
   * <pre>{@code
   * Template template = Template.load(Path.of("template.yaml")).withParameter("Stage", "test");
   * StateMachine sm = StateMachine.fromTemplate(template, "OrderStateMachine");
   * }</pre>
   *
   * @throws io.github.sfntestkit.template.TemplateException when the template names no such state
   *     machine or a value of the definition cannot be resolved
   * @throws io.github.sfntestkit.definition.DefinitionException listing every problem of the definition
   * @since 0.1
   */
  public static StateMachine fromTemplate(io.github.sfntestkit.template.Template template, String logicalId) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(logicalId, "logicalId");
    JsonNode tree = template.definition(logicalId);
    String definitionSource = template.definitionSource(logicalId);
    return load(DefinitionLoader.fromTree(tree, definitionSource), logicalId,
        SourceNames.templatePath(definitionSource, logicalId));
  }

  private static StateMachine load(LoadedDefinition loaded) {
    return load(loaded, SourceNames.displayName(loaded.source()), SourceNames.path(loaded.source()));
  }

  private static StateMachine load(LoadedDefinition loaded, String name, String source) {
    Validation.check(loaded);
    try {
      return new StateMachine(loaded.root(), name, source, SourceNames.stateLines(loaded));
    } catch (IllegalArgumentException e) {
      // the validator should have reported it; never let a compile problem escape as a stack trace
      throw new io.github.sfntestkit.definition.DefinitionException(loaded.source(), java.util.List.of(
          new io.github.sfntestkit.definition.DefinitionProblem(java.util.List.of(), "", -1, -1,
              String.valueOf(e.getMessage()))));
    }
  }

  /** The definition as loaded. */
  public JsonNode definition() {
    return definition;
  }

  /**
   * A display name for reports: the file or resource name without {@code .asl.json}, {@code .json},
   * {@code .yaml} (...), the template's logical id, or {@code state-machine} for a string or tree.
   *
   * @since 0.1
   */
  public String name() {
    return name;
  }

  /**
   * Where the definition was read from: the file path or classpath resource name as given, the
   * template file; null for a string or a tree.
   *
   * @since 0.1
   */
  public String source() {
    return source;
  }

  /** The 1-based source line of each state, by coverage node id; empty when unknown. */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public java.util.Map<String, Integer> stateLines() {
    return stateLines;
  }

  /** Runs one execution (recorded for coverage when {@link CoverageRecorder} is enabled). */
  public ExecutionResult execute(JsonNode input, ExecutionOptions options) {
    ExecutionResult result = new Execution(graph, timeoutSeconds, input, options).run();
    CoverageRecorder.record(this, result);
    return result;
  }

  public ExecutionResult execute(String inputJson, ExecutionOptions options) {
    return execute(Json.parse(inputJson), options);
  }

  /**
   * Runs one top-level state on its own, the offline twin of AWS's TestState API: starts at
   * {@code stateName} with {@code input} and the given variables, and stops when the state is left
   * (SUCCEEDED, with the next state), caught (CAUGHT_ERROR), failed (FAILED), or about to be retried
   * (RETRIABLE).
   *
   * @param variables workflow variables in scope (an object of name to value), or null
   * @throws IllegalArgumentException when no top-level state has that name
   */
  public StateTestResult testState(String stateName, JsonNode input, JsonNode variables,
      ExecutionOptions options) {
    if (graph.get(stateName) == null) {
      throw new IllegalArgumentException("No top-level state \"" + stateName + "\". States: "
          + String.join(", ", graph.states().keySet()));
    }
    Execution run = new Execution(graph, null, input, options).singleState(stateName, variables);
    ExecutionResult result = run.run();
    StateVisit visit = result.visits().isEmpty() ? null : result.visits().get(0);
    StateTestResult.Status status;
    if (run.retriable()) {
      status = StateTestResult.Status.RETRIABLE;
    } else if (visit != null && visit.caughtError() != null) {
      status = StateTestResult.Status.CAUGHT_ERROR;
    } else if (result.succeeded()) {
      status = StateTestResult.Status.SUCCEEDED;
    } else {
      status = StateTestResult.Status.FAILED;
    }
    return new StateTestResult(status, visit, result);
  }

  /** {@link #testState(String, JsonNode, JsonNode, ExecutionOptions)} without variables. */
  public StateTestResult testState(String stateName, JsonNode input, ExecutionOptions options) {
    return testState(stateName, input, null, options);
  }

  public ExecutionResult execute(JsonNode input) {
    return execute(input, ExecutionOptions.defaults());
  }
}
