package io.github.sfntestkit.internal.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.PathExpr;
import io.github.sfntestkit.internal.path.Scope;
import io.github.sfntestkit.internal.runtime.ErrorNames;
import io.github.sfntestkit.internal.runtime.StatesError;

/** {@code StringMatches}: a string value against a {@link WildcardPattern}; other types are false. */
final class StringMatch extends DataTest {
  private final WildcardPattern pattern;

  StringMatch(PathExpr variable, WildcardPattern pattern) {
    super(variable);
    this.pattern = pattern;
  }

  @Override
  boolean test(JsonNode value, Scope scope) {
    if (pattern.openEscape() >= 0) {
      throw new StatesError(
          ErrorNames.RUNTIME,
          "Invalid StringMatches pattern "
              + quoted()
              + ": open escape at index "
              + pattern.openEscape()
              + "; a backslash may only escape '*' or '\\'.");
    }
    return value.isTextual() && pattern.matches(value.textValue());
  }

  private String quoted() {
    return Json.write(Json.NODES.textNode(pattern.toString()));
  }

  @Override
  public String toString() {
    return variable() + " StringMatches " + quoted();
  }
}
