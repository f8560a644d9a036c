package io.github.sfntestkit.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Short descriptions of Choice rules for reports: {@code $.total NumericGreaterThan 100}. */
final class ChoiceLabels {
  private static final int MAX = 120;

  private ChoiceLabels() {
  }

  static String describe(JsonNode rule) {
    String text = condition(rule);
    return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "\u2026";
  }

  private static String condition(JsonNode rule) {
    if (rule.has("Condition")) {
      return rule.get("Condition").asText();
    }
    if (rule.has("And")) {
      return junction("And", rule.get("And"));
    }
    if (rule.has("Or")) {
      return junction("Or", rule.get("Or"));
    }
    if (rule.has("Not")) {
      return "Not(" + condition(rule.get("Not")) + ")";
    }
    String variable = rule.path("Variable").asText("?");
    for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("Variable") && !key.equals("Next") && !key.equals("Assign") && !key.equals("Comment")
          && !key.equals("Output")) {
        return variable + " " + key + " " + rule.get(key).toString();
      }
    }
    return variable;
  }

  private static String junction(String op, JsonNode rules) {
    List<String> parts = new ArrayList<>();
    for (JsonNode r : rules) {
      parts.add(condition(r));
    }
    return op + "(" + String.join(", ", parts) + ")";
  }
}
