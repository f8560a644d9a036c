package io.github.sfntestkit.internal.intrinsic;

import io.github.sfntestkit.internal.text.EditDistance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Every intrinsic function, registered under its ASL name. */
final class IntrinsicRegistry {
  private static final Map<String, IntrinsicFunction> FUNCTIONS = new LinkedHashMap<>();

  static {
    register(new Format());
    register(new StringToJson());
    register(new JsonToString());
    register(new Array());
    register(new ArrayPartition());
    register(new ArrayContains());
    register(new ArrayRange());
    register(new ArrayGetItem());
    register(new ArrayLength());
    register(new ArrayUnique());
    register(new Base64Encode());
    register(new Base64Decode());
    register(new Hash());
    register(new JsonMerge());
    register(new MathRandom());
    register(new MathAdd());
    register(new StringSplit());
    register(new UUID());
  }

  private IntrinsicRegistry() {}

  private static void register(IntrinsicFunction function) {
    FUNCTIONS.put(function.name(), function);
  }

  /** The function with this exact name, or null. */
  static IntrinsicFunction find(String name) {
    return FUNCTIONS.get(name);
  }

  static Set<String> names() {
    return Collections.unmodifiableSet(FUNCTIONS.keySet());
  }

  /** The message for an unknown name, with the nearest known name when one is close. */
  static String unknownFunction(String name) {
    String nearest = null;
    int best = Integer.MAX_VALUE;
    for (String candidate : FUNCTIONS.keySet()) {
      int distance = EditDistance.distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < best) {
        best = distance;
        nearest = candidate;
      }
    }
    String message = "unknown function \"" + name + "\".";
    if (nearest != null && best <= 3) {
      return message + " Did you mean \"" + nearest + "\"?";
    }
    return message + " Known functions: " + String.join(", ", FUNCTIONS.keySet());
  }

}
