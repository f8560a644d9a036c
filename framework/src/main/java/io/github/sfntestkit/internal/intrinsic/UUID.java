package io.github.sfntestkit.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;

/**
 * {@code States.UUID()}: a version 4 UUID in lowercase, its 122 random bits drawn from the
 * execution's seeded random source, so a seed reproduces it.
 */
final class UUID extends IntrinsicFunction {
  UUID() {
    super("States.UUID");
  }

  @Override
  JsonNode apply(Args args) {
    byte[] bytes = new byte[16];
    args.scope().random().nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0F) | 0x40);
    bytes[8] = (byte) ((bytes[8] & 0x3F) | 0x80);
    StringBuilder text = new StringBuilder(36);
    for (int i = 0; i < 16; i++) {
      if (i == 4 || i == 6 || i == 8 || i == 10) {
        text.append('-');
      }
      text.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16));
      text.append(Character.forDigit(bytes[i] & 0xF, 16));
    }
    return Json.NODES.textNode(text.toString());
  }
}
