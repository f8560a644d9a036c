package io.github.sfntestkit.internal.intrinsic;

import static io.github.sfntestkit.internal.intrinsic.ArgType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code States.Hash(data, algorithm)}: lowercase hex digest of the UTF-8 bytes (recorded on AWS);
 * data ≤10,000 chars; algorithm MD5, SHA-1, SHA-256, SHA-384 or SHA-512 (Java names them alike).
 */
final class Hash extends IntrinsicFunction {
  Hash() {
    super(
        "States.Hash",
        Param.of("data", STRING).maxLength(Base64Encode.MAX_CHARS),
        Param.of("algorithm", STRING).oneOf("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"));
  }

  @Override
  JsonNode apply(Args args) {
    byte[] digest;
    try {
      digest =
          MessageDigest.getInstance(args.string(1))
              .digest(args.string(0).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks " + args.string(1), e);
    }
    StringBuilder hex = new StringBuilder(digest.length * 2);
    for (byte b : digest) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return Json.NODES.textNode(hex.toString());
  }
}
