package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.STRING;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.sfntestkit.internal.json.Json;

/**
 * {@code States.StringToJson(jsonString)}: parses JSON text. An empty or blank string gives
 * {@code null} (recorded on AWS).
 */
final class StringToJson extends IntrinsicFunction {
  private static final ObjectReader READER =
      Json.MAPPER.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  StringToJson() {
    super("States.StringToJson", Param.of("jsonString", STRING));
  }

  @Override
  JsonNode apply(Args args) {
    String text = args.string(0);
    if (text.isBlank()) {
      return Json.NODES.nullNode();
    }
    try {
      JsonNode parsed = READER.readTree(text);
      return parsed == null || parsed.isMissingNode() ? Json.NODES.nullNode() : parsed;
    } catch (JsonProcessingException e) {
      throw args.fail(
          "argument 1 (jsonString) is not valid JSON: " + e.getOriginalMessage() + " in "
              + Json.quote(args.value(0)));
    }
  }
}
