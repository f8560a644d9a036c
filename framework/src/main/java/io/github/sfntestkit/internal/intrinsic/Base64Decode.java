package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code States.Base64Decode(base64)}: decodes Base64 to UTF-8 text; ≤10,000 chars. */
final class Base64Decode extends IntrinsicFunction {
  Base64Decode() {
    super("States.Base64Decode", Param.of("base64", STRING).maxLength(Base64Encode.MAX_CHARS));
  }

  @Override
  JsonNode apply(Args args) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(args.string(0));
    } catch (IllegalArgumentException e) {
      throw args.fail(
          "argument 1 (base64) is not valid Base64 (" + e.getMessage() + "): "
              + Json.quote(args.value(0)));
    }
    try {
      return Json.NODES.textNode(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      throw args.fail("argument 1 (base64) does not decode to UTF-8 text: " + Json.quote(args.value(0)));
    }
  }
}
