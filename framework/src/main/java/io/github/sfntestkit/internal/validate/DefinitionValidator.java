package io.github.sfntestkit.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.definition.DefinitionProblem;
import io.github.sfntestkit.internal.load.LoadedDefinition;
import io.github.sfntestkit.internal.load.Pointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Validates a definition the way AWS does when a state machine is created, reporting every problem
 * at once.
 *
 * <pre>{@code
 * List<DefinitionProblem> problems = DefinitionValidator.validate(DefinitionLoader.load(path));
 * DefinitionValidator.requireValid(DefinitionLoader.load(path)); // or throw them all
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DefinitionValidator {

  private DefinitionValidator() {}

  /**
   * Finds every problem of a definition.
   *
   * @return the problems in document order; empty when AWS would accept the definition
   */
  public static List<DefinitionProblem> validate(LoadedDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    JsonNode root = definition.root();
    ValidationContext probe = new ValidationContext(definition, false);
    boolean jsonata = QueryLanguageRules.checkTopLevel(probe, root);
    ValidationContext ctx = new ValidationContext(definition, jsonata);
    ctx.problems().addAll(probe.problems());
    StructureRules.checkTopLevel(ctx, root);
    VariableRules.Scope variables = VariableRules.Scope.root();
    scope(ctx, List.of(), "", root, "state machine", variables);
    VariableRules.check(ctx, variables);
    return DefinitionException.sorted(ctx.problems());
  }

  /**
   * Validates and returns the definition unchanged.
   *
   * @throws DefinitionException with every problem when there is at least one
   */
  public static LoadedDefinition requireValid(LoadedDefinition definition) {
    List<DefinitionProblem> problems = validate(definition);
    if (!problems.isEmpty()) {
      throw new DefinitionException(definition.source(), problems);
    }
    return definition;
  }

  /** One scope: the state machine, a Parallel branch or a Map item processor. */
  private static void scope(
      ValidationContext ctx,
      List<String> chain,
      String pointer,
      JsonNode node,
      String kind,
      VariableRules.Scope variables) {
    boolean statesOk = StructureRules.checkScope(ctx, chain, pointer, node, kind);
    List<String> names = new ArrayList<>();
    List<StateNode> typed = new ArrayList<>();
    boolean allTyped = statesOk;
    if (statesOk) {
      JsonNode states = node.get("States");
      String statesAt = pointer + "/States";
      for (Map.Entry<String, JsonNode> e : states.properties()) {
        String name = e.getKey();
        names.add(name);
        List<String> stateChain = append(chain, name);
        String at = Pointers.child(statesAt, name);
        String type = StructureRules.checkStateShape(ctx, stateChain, name, at, e.getValue());
        if (type == null) {
          allTyped = false;
          continue;
        }
        boolean jsonata = QueryLanguageRules.stateLanguage(ctx, stateChain, at, e.getValue());
        StateNode st = new StateNode(stateChain, name, at, e.getValue(), type, jsonata);
        typed.add(st);
        state(ctx, st, variables);
      }
    }
    TransitionRules.checkScope(ctx, chain, pointer, node, names, typed, allTyped);
  }

  private static void state(ValidationContext ctx, StateNode st, VariableRules.Scope variables) {
    StructureRules.checkState(ctx, st);
    VariableRules.collect(variables, st);
    QueryLanguageRules.checkState(ctx, st);
    if (!st.jsonata()) {
      PathRules.checkState(ctx, st);
    }
    if (st.has("Retry") || st.has("Catch")) {
      RetryCatchRules.checkState(ctx, st);
    }
    switch (st.type()) {
      case "Choice":
        ChoiceRules.checkState(ctx, st);
        break;
      case "Map":
        String processor = MapRules.checkState(ctx, st);
        if (processor != null) {
          scope(
              ctx, st.chain(), st.ptr(processor), st.get(processor), processor, variables.child(st));
        }
        break;
      case "Parallel":
        JsonNode branches = st.get("Branches");
        if (branches != null && branches.isArray()) {
          for (int i = 0; i < branches.size(); i++) {
            if (branches.get(i).isObject()) {
              scope(
                  ctx,
                  st.chain(),
                  st.ptr("Branches") + "/" + i,
                  branches.get(i),
                  "branch",
                  variables.child(st));
            }
          }
        }
        break;
      default:
        break;
    }
  }

  private static List<String> append(List<String> chain, String name) {
    List<String> out = new ArrayList<>(chain.size() + 1);
    out.addAll(chain);
    out.add(name);
    return List.copyOf(out);
  }
}
