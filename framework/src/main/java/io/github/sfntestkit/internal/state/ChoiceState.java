package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.choice.Condition;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.List;

/**
 * Choice: the first rule that matches names the next state (its Assign and, in JSONata, its Output
 * replace the state's own); else Default; else States.NoChoiceMatched.
 */
final class ChoiceState extends State {
  static final class Rule {
    final Condition condition;
    final ValueTemplate jsonataCondition;
    final String next;
    final ValueTemplate assign;
    final ValueTemplate output;

    Rule(Condition condition, ValueTemplate jsonataCondition, String next, ValueTemplate assign,
        ValueTemplate output) {
      this.condition = condition;
      this.jsonataCondition = jsonataCondition;
      this.next = next;
      this.assign = assign;
      this.output = output;
    }

    boolean matches(Activity a, JsonNode raw, Scope scope) {
      if (condition != null) {
        return condition.test(scope);
      }
      JsonNode v = jsonataCondition.evaluate(a, raw, null, null);
      if (!v.isBoolean()) {
        throw new StatesError(ErrorNames.QUERY_EVALUATION_ERROR,
            "The Condition of a Choice rule must evaluate to a boolean, but returned " + Json.quote(v));
      }
      return v.booleanValue();
    }
  }

  private final List<Rule> choices;
  private final String defaultNext;

  ChoiceState(StateConfig c, List<Rule> choices, String defaultNext) {
    super(c);
    this.choices = choices;
    this.defaultNext = defaultNext;
  }

  @Override
  public void run(Activity a, JsonNode raw) {
    JsonNode effective = io.filter(a, raw);
    Scope scope = a.scope(effective);
    Rule matched = null;
    int index = -1;
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).matches(a, raw, scope)) {
        matched = choices.get(i);
        index = i;
        break;
      }
    }
    String target = matched != null ? matched.next : defaultNext;
    if (target == null) {
      throw new StatesError(
          ErrorNames.NO_CHOICE_MATCHED,
          "No Matches! Failed to find a choice rule matching the input of the state '" + name + "'.");
    }
    boolean ruleAssigns = matched != null && matched.assign != null;
    StateIo.Exit exit = io.complete(a, raw, effective, !ruleAssigns);
    JsonNode output = matched != null && matched.output != null
        ? matched.output.evaluate(a, raw, null, null)
        : exit.output;
    JsonNode assigned = ruleAssigns ? matched.assign.evaluate(a, raw, effective, null) : exit.assigned;
    a.visit().recordChoiceRule(index);
    a.exit(output, target, assigned);
  }
}
