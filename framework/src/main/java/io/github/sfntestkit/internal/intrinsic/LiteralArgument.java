package io.github.sfntestkit.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.path.Scope;
import java.util.List;

/** A literal argument: a quoted string, a number, {@code true}, {@code false} or {@code null}. */
final class LiteralArgument implements Argument {
  private final JsonNode value;
  private final String source;
  private final List<String> templateParts;

  /**
   * @param templateParts for a string literal, its text split at every unescaped {@code {}} (an
   *     escaped {@code \{\}} is not a placeholder); null for other literals
   */
  LiteralArgument(JsonNode value, String source, List<String> templateParts) {
    this.value = value;
    this.source = source;
    this.templateParts = templateParts;
  }

  @Override
  public JsonNode evaluate(Scope scope) {
    return value;
  }

  /** The template pieces between placeholders, or null when this is not a string literal. */
  List<String> templateParts() {
    return templateParts;
  }

  @Override
  public String toString() {
    return source;
  }
}
