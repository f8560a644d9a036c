package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.ANY;
import static io.github.sfntestkit.internal.intrinsic.ArgType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code States.Format(template, values...)}: replaces each {@code {}} of the template with the next
 * value. Strings are inserted without quotes; see {@link Values#formatText} for the other types. In a
 * literal template an escaped {@code \{\}} is not a placeholder.
 */
final class Format extends IntrinsicFunction {
  Format() {
    super("States.Format", Param.of("template", STRING), Param.of("values", ANY).variadic());
  }

  @Override
  JsonNode apply(Args args) {
    List<String> parts = templateParts(args);
    int placeholders = parts.size() - 1;
    int values = args.size() - 1;
    if (placeholders != values) {
      throw args.fail(
          "the template has " + placeholders + " placeholder" + (placeholders == 1 ? "" : "s")
              + " {} but " + values + " value" + (values == 1 ? " was" : "s were") + " given");
    }
    StringBuilder out = new StringBuilder(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      out.append(Values.formatText(args.value(i))).append(parts.get(i));
    }
    return Json.NODES.textNode(out.toString());
  }

  private static List<String> templateParts(Args args) {
    Argument source = args.source(0);
    if (source instanceof LiteralArgument) {
      return ((LiteralArgument) source).templateParts();
    }
    String template = args.string(0);
    List<String> parts = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = template.indexOf("{}", from)) >= 0) {
      parts.add(template.substring(from, at));
      from = at + 2;
    }
    parts.add(template.substring(from));
    return parts;
  }
}
