package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code States.Base64Encode(data)}: Base64 (RFC 4648, padded) of the UTF-8 bytes; ≤10,000 chars. */
final class Base64Encode extends IntrinsicFunction {
  static final int MAX_CHARS = 10_000;

  Base64Encode() {
    super("States.Base64Encode", Param.of("data", STRING).maxLength(MAX_CHARS));
  }

  @Override
  JsonNode apply(Args args) {
    byte[] bytes = args.string(0).getBytes(StandardCharsets.UTF_8);
    return Json.NODES.textNode(Base64.getEncoder().encodeToString(bytes));
  }
}
