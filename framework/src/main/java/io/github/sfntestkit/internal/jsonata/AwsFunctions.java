package io.github.sfntestkit.internal.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata.Frame;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The functions Step Functions adds to JSONata ({@code $partition, $range, $hash, $random, $uuid,
 * $parse}), {@code $eval} made unavailable as on AWS, and {@code $now}/{@code $millis} read from the
 * virtual clock (the state's entered time) instead of the wall clock.
 */
final class AwsFunctions {
  static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");
  /** Largest array {@code $range} builds (the engine's own range operator stops at 1e6 too). */
  static final int MAX_RANGE = 1_000_000;

  private static final JFunction PARTITION = new JFunction(AwsFunctions::partition, "<an:a>");
  private static final JFunction RANGE = new JFunction(AwsFunctions::range, "<nnn:a>");
  private static final JFunction HASH = new JFunction(AwsFunctions::hash, "<ss:s>");
  private static final JFunction PARSE = new JFunction(AwsFunctions::parse, "<s:x>");
  private static final JFunction EVAL =
      new JFunction(
          (input, args) -> {
            throw new JException("T1006", -1);
          },
          "<x-o?:x>");

  private AwsFunctions() {}

  /** Binds the functions an expression mentions (by {@code $name}) into its evaluation frame. */
  static void bind(Frame frame, Set<String> mentioned, Scope scope) {
    for (String name : mentioned) {
      switch (name) {
        case "partition":
          frame.bind(name, PARTITION);
          break;
        case "range":
          frame.bind(name, RANGE);
          break;
        case "hash":
          frame.bind(name, HASH);
          break;
        case "parse":
          frame.bind(name, PARSE);
          break;
        case "eval":
          frame.bind(name, EVAL);
          break;
        case "random":
          frame.bind(name, new JFunction((in, args) -> random(scope.random(), args), "<n?:n>"));
          break;
        case "uuid":
          frame.bind(name, new JFunction((in, args) -> uuid(scope.random()), "<:s>"));
          break;
        case "now":
          frame.bind(name, new JFunction((in, args) -> now(scope, args), "<s?s?:s>"));
          break;
        case "millis":
          frame.bind(name, new JFunction((in, args) -> virtualMillis(scope), "<:n>"));
          break;
        default:
          break;
      }
    }
  }

  static Object partition(Object input, List<?> args) {
    List<?> array = (List<?>) args.get(0);
    double size = ((Number) args.get(1)).doubleValue();
    if (size < 1 || size != Math.rint(size)) {
      throw new FunctionFailure(
          "The chunk size of $partition must be a positive integer, but was " + Values.jsNumber(size));
    }
    int chunk = (int) Math.min(size, Integer.MAX_VALUE);
    List<Object> result = new ArrayList<>();
    for (int from = 0; from < array.size(); from += chunk) {
      result.add(new ArrayList<>(array.subList(from, Math.min(array.size(), from + chunk))));
    }
    return result;
  }

  static Object range(Object input, List<?> args) {
    double start = ((Number) args.get(0)).doubleValue();
    double end = ((Number) args.get(1)).doubleValue();
    double step = ((Number) args.get(2)).doubleValue();
    if (step == 0) {
      throw new FunctionFailure("The step of $range must not be 0");
    }
    double count = Math.floor((end - start) / step) + 1;
    if (count > MAX_RANGE) {
      throw new FunctionFailure(
          "$range would create "
              + Values.jsNumber(count)
              + " items; at most "
              + MAX_RANGE
              + " are allowed");
    }
    List<Object> seq = Utils.createSequence(); // a sequence: one item collapses to the item, as on AWS
    for (int i = 0; i < count; i++) {
      seq.add(engineNumber(start + i * step));
    }
    return seq;
  }

  static Object hash(Object input, List<?> args) {
    if (!(args.get(0) instanceof String) || !(args.get(1) instanceof String)) {
      throw new FunctionFailure("$hash takes a string value and a string algorithm name");
    }
    String value = (String) args.get(0);
    String algorithm = (String) args.get(1);
    if (!HASH_ALGORITHMS.contains(algorithm)) {
      throw new FunctionFailure(
          "The hash algorithm of $hash must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was '"
              + algorithm
              + "'");
    }
    try {
      byte[] digest =
          MessageDigest.getInstance(algorithm).digest(value.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new FunctionFailure("The hash algorithm " + algorithm + " is not available");
    }
  }

  static Object parse(Object input, List<?> args) {
    String text = (String) args.get(0);
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new FunctionFailure(
          "$parse could not parse its argument as JSON: " + e.getOriginalMessage());
    }
    if (node == null || node.isMissingNode()) {
      throw new FunctionFailure("$parse could not parse its argument as JSON: no content");
    }
    return Values.toEngine(node);
  }

  static Object random(Random scopeRandom, List<?> args) {
    Object seed = args.isEmpty() ? null : args.get(0);
    if (seed == null) {
      return scopeRandom.nextDouble();
    }
    double s = ((Number) seed).doubleValue();
    long bits = s == Math.rint(s) ? (long) s : Double.doubleToLongBits(s);
    return new Random(bits).nextDouble();
  }

  static Object uuid(Random random) {
    byte[] b = new byte[16];
    random.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40); // version 4
    b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
    StringBuilder s = new StringBuilder(36);
    for (int i = 0; i < 16; i++) {
      if (i == 4 || i == 6 || i == 8 || i == 10) {
        s.append('-');
      }
      s.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append(Character.forDigit(b[i] & 0xf, 16));
    }
    return s.toString();
  }

  static Object now(Scope scope, List<?> args) {
    String picture = args.size() > 0 ? (String) args.get(0) : null;
    String zone = args.size() > 1 ? (String) args.get(1) : null;
    return Functions.dateTimeFromMillis(virtualMillis(scope), picture, zone);
  }

  /**
   * The virtual "now" in epoch milliseconds: the state's {@code EnteredTime} from the context object,
   * else the execution's {@code StartTime}, else 0. Never the wall clock.
   */
  static long virtualMillis(Scope scope) {
    JsonNode context = scope.context();
    if (context != null) {
      Long t = timestamp(context.path("State").path("EnteredTime"));
      if (t == null) {
        t = timestamp(context.path("Execution").path("StartTime"));
      }
      if (t != null) {
        return t;
      }
    }
    return 0L;
  }

  private static Long timestamp(JsonNode node) {
    if (!node.isTextual()) {
      return null;
    }
    try {
      return Instant.parse(node.textValue()).toEpochMilli();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(node.textValue()).toInstant().toEpochMilli();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static Number engineNumber(double d) {
    if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
      return (int) d;
    }
    if (d == Math.rint(d) && Math.abs(d) <= 9007199254740991d) {
      return (long) d;
    }
    return d;
  }
}
