package io.github.sfntestkit.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.choice.Condition;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.Activity;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;
import java.util.List;

/** Choice: the first rule that matches names the next state; else Default; else NoChoiceMatched. */
final class ChoiceState extends State {
  static final class Rule {
    final Condition condition;
    final String next;

    Rule(Condition condition, String next) {
      this.condition = condition;
      this.next = next;
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
    JsonNode effective = applyInputPath(a, raw);
    a.visit().recordAfterInputPath(effective);
    Scope scope = a.scope(effective);
    String target = null;
    for (Rule rule : choices) {
      if (rule.condition.test(scope)) {
        target = rule.next;
        break;
      }
    }
    if (target == null) {
      target = defaultNext;
    }
    if (target == null) {
      throw new StatesError(
          ErrorNames.NO_CHOICE_MATCHED,
          "No Matches! Failed to find a choice rule matching the input of the state '" + name + "'.");
    }
    a.exit(applyOutputPath(a, effective), target);
  }
}
