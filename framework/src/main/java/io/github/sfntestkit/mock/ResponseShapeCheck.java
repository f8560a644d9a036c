package io.github.sfntestkit.mock;

import io.github.sfntestkit.internal.text.EditDistance;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.SfnTestKitException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Checks mocked Task results against the AWS SDK for Java v2 model of the called API, offline:
 * unknown fields (with the closest member name) and wrong types are reported, like AWS's TestState
 * validates mocks. Opt in with {@link Mocks#checkResponsesAgainstSdk(Mode)}; it reads the SDK's
 * model classes by reflection, so it checks a service only when its SDK module (e.g. {@code
 * software.amazon.awssdk:lambda}) is on the test classpath, and says once per module when not.
 *
 * <pre>{@code
 * Mocks mocks = Mocks.create().checkResponsesAgainstSdk(ResponseShapeCheck.Mode.STRICT);
 * mocks.task("Invoke").returns("{\"StatusCod\": 200}");   // the run fails: did you mean "StatusCode"?
 * }</pre>
 *
 * <p>Which class a resource maps to, and how leniently, is described in docs/mock-shape-check.md:
 * {@code aws-sdk:<service>:<action>} is checked strictly against {@code <Action>Response};
 * optimized integrations allow the fields Step Functions adds ({@code SdkHttpMetadata}, {@code
 * SdkResponseMetadata}, {@code lambda:invoke}'s JSON {@code Payload}). Failures, never-answers,
 * {@code .waitForTaskToken} results, Lambda function ARNs and activities are not checked.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ResponseShapeCheck {

  /** How a mismatch is reported. */
  public enum Mode {
    /** No check (the default). */
    OFF,
    /** Mismatches are collected as warnings: {@link Mocks#responseShapeWarnings()}. */
    LENIENT,
    /** A mismatching response fails the run with an {@link SfnTestKitException} listing each problem. */
    STRICT
  }

  private static final int MAX_LISTED_MEMBERS = 12;

  private Mode mode;
  private final Set<String> warnings = new LinkedHashSet<>();
  private final Set<String> toldOnce = new HashSet<>();
  private final Map<String, Object> classes = new HashMap<>();
  private SdkModel model;
  private ClassLoader modelLoader;

  ResponseShapeCheck(Mode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  void mode(Mode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  Mode mode() {
    return mode;
  }

  /** The warnings so far, each once, in the order found. */
  List<String> warnings() {
    return Collections.unmodifiableList(new ArrayList<>(warnings));
  }

  /**
   * Checks one answered call: adds warnings (LENIENT, or a missing SDK module), or throws (STRICT).
   *
   * @throws SfnTestKitException in STRICT mode when the result does not match the SDK model
   */
  void check(TaskCall call, TaskResponse response) {
    if (mode == Mode.OFF || response == null || response.isFailure() || response.isNever()
        || response.result() == null) {
      return;
    }
    SdkResponseTarget target = SdkResponseTarget.of(call.resource());
    if (target == null) {
      return;
    }
    if (target.notCheckedReason() != null) {
      tellOnce("reason:" + call.resource(), "Task state \"" + call.stateName() + "\" (" + call.resource()
          + "): response shape not checked: " + target.notCheckedReason() + ".");
      return;
    }
    SdkModel.Shape shape = shape(call, target);
    if (shape == null) {
      return;
    }
    List<Problem> problems = new ArrayList<>();
    new Walk(target, problems).value(response.result(), shape, "", null);
    if (problems.isEmpty()) {
      return;
    }
    if (mode == Mode.STRICT) {
      StringBuilder b = new StringBuilder();
      b.append("Mocked response of Task state \"").append(call.stateName()).append("\" (resource ")
          .append(call.resource()).append(", call #").append(call.callIndex() + 1)
          .append(") does not match the AWS SDK model ").append(target.className()).append(':');
      for (Problem p : problems) {
        b.append("\n  ").append(p);
      }
      b.append("\nFix the mock, or collect these as warnings with"
          + " mocks.checkResponsesAgainstSdk(ResponseShapeCheck.Mode.LENIENT).");
      throw new SfnTestKitException(b.toString());
    }
    for (Problem p : problems) {
      warnings.add("Task state \"" + call.stateName() + "\" (" + call.resource() + ") " + p);
    }
  }

  /** The model shape of the target, or null (after saying why, once) when it cannot be read. */
  private SdkModel.Shape shape(TaskCall call, SdkResponseTarget target) {
    ClassLoader loader = loader();
    Object known = classes.get(target.className());
    if (known == null) {
      known = load(target.className(), loader);
      classes.put(target.className(), known);
    }
    if (known instanceof Class<?>) {
      SdkModel m = model(loader);
      if (m == null) {
        tellOnce("core", "Response shapes are not checked: software.amazon.awssdk:sdk-core is not on the"
            + " classpath although " + target.className() + " is.");
        return null;
      }
      try {
        SdkModel.Shape s = m.structure((Class<?>) known);
        s.members();
        return s;
      } catch (RuntimeException e) {
        tellOnce("read:" + target.className(), "Response shapes of " + target.className()
            + " are not checked: its SDK model could not be read (" + e.getMessage() + ").");
        return null;
      }
    }
    if (!moduleOnClasspath(target, loader)) {
      tellOnce("module:" + target.artifact(), "Response shapes of " + target.service()
          + " tasks are not checked: the AWS SDK module " + target.coordinates()
          + " is not on the classpath (first needed by Task state \"" + call.stateName() + "\", resource "
          + call.resource() + "). Add it as a test dependency to check them.");
    } else if (target.strict()) {
      tellOnce("class:" + target.className(), "Task state \"" + call.stateName() + "\" (" + call.resource()
          + "): response shape not checked: " + target.coordinates() + " has no class "
          + target.className() + ".");
    }
    return null;
  }

  private void tellOnce(String key, String warning) {
    if (toldOnce.add(key)) {
      warnings.add(warning);
    }
  }

  private SdkModel model(ClassLoader loader) {
    if (model == null || modelLoader != loader) {
      model = SdkModel.load(loader);
      modelLoader = loader;
    }
    return model;
  }

  private static ClassLoader loader() {
    ClassLoader l = Thread.currentThread().getContextClassLoader();
    return l != null ? l : ResponseShapeCheck.class.getClassLoader();
  }

  /** The class, or a marker string when it is not there. */
  private static Object load(String className, ClassLoader loader) {
    try {
      return Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return "absent";
    }
  }

  private static boolean moduleOnClasspath(SdkResponseTarget target, ClassLoader loader) {
    String pkg = String.format(Locale.ROOT, SdkResponseTarget.MODEL_PACKAGE, target.artifact());
    return loader.getResource(pkg.replace('.', '/')) != null
        || loader.getResource("META-INF/maven/software.amazon.awssdk/" + target.artifact() + "/pom.properties")
        != null;
  }

  /** One mismatch at a JSON pointer. */
  private record Problem(String pointer, String found, String expected, String closest) {
    @Override
    public String toString() {
      return "at " + (pointer.isEmpty() ? "(root)" : pointer) + ": found " + found + ", expected " + expected
          + (closest == null ? "" : " (did you mean \"" + closest + "\"?)");
    }
  }

  /** Walks a result along its model shape, collecting problems. */
  private static final class Walk {
    private final SdkResponseTarget target;
    private final List<Problem> problems;

    Walk(SdkResponseTarget target, List<Problem> problems) {
      this.target = target;
      this.problems = problems;
    }

    /**
     * @param context what the value is in the model, e.g. {@code InvokeResponse.StatusCode} or
     *     {@code value of GetItemResponse.Item}; null at the root
     */
    void value(JsonNode node, SdkModel.Shape shape, String pointer, String context) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        return;
      }
      boolean ok;
      switch (shape.kind) {
        case ANY:
          return;
        case STRING:
          ok = node.isTextual();
          break;
        case INTEGER:
          ok = node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToInt();
          break;
        case LONG:
          ok = node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToLong();
          break;
        case NUMBER:
          ok = node.isNumber();
          break;
        case BOOLEAN:
          ok = node.isBoolean();
          break;
        case INSTANT:
          ok = node.isTextual() || node.isNumber();
          break;
        case BYTES:
          ok = target.bytesAsJson() || node.isTextual();
          break;
        case LIST:
          ok = node.isArray();
          if (ok) {
            for (int i = 0; i < node.size(); i++) {
              value(node.get(i), shape.element, pointer + "/" + i, "element of " + context);
            }
          }
          break;
        case MAP:
          ok = node.isObject();
          if (ok) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
              value(e.getValue(), shape.element, pointer + "/" + escape(e.getKey()), "value of " + context);
            }
          }
          break;
        case POJO:
          ok = node.isObject();
          if (ok) {
            structure(node, shape, pointer);
          }
          break;
        default:
          return;
      }
      if (!ok) {
        problems.add(new Problem(pointer, found(node),
            expected(shape) + (context == null ? "" : " for " + context), null));
      }
    }

    private void structure(JsonNode node, SdkModel.Shape shape, String pointer) {
      boolean top = pointer.isEmpty();
      Map<String, SdkModel.Shape> members = shape.members();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String name = e.getKey();
        String at = pointer + "/" + escape(name);
        if (top && (target.extras().contains(name) || target.anyJson().contains(name))) {
          continue;
        }
        SdkModel.Shape member = shape.member(name);
        if (member != null) {
          value(e.getValue(), member, at, shape.pojoName + "." + name);
        } else if (target.strict()) {
          String closest = closest(name, members.keySet());
          String expected = "a member of " + shape.pojoName;
          if (closest == null && !members.isEmpty() && members.size() <= MAX_LISTED_MEMBERS) {
            expected += ": " + String.join(", ", members.keySet());
          }
          problems.add(new Problem(at, "unknown field \"" + name + "\"", expected, closest));
        }
      }
    }

    private static String expected(SdkModel.Shape shape) {
      switch (shape.kind) {
        case STRING:
          return "a string";
        case INTEGER:
          return "an integer";
        case LONG:
          return "an integer (long)";
        case NUMBER:
          return "a number";
        case BOOLEAN:
          return "a boolean";
        case INSTANT:
          return "a timestamp (ISO-8601 string or epoch number)";
        case BYTES:
          return "a string (blob)";
        case LIST:
          return "an array";
        case MAP:
          return "an object (map)";
        case POJO:
          return "an object (" + shape.pojoName + ")";
        default:
          return "any JSON";
      }
    }

    private static String found(JsonNode node) {
      if (node.isTextual()) {
        String s = node.textValue();
        return "a string (\"" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "\")";
      }
      if (node.isNumber()) {
        return "a number (" + node.asText() + ")";
      }
      if (node.isBoolean()) {
        return "a boolean (" + node.asText() + ")";
      }
      if (node.isArray()) {
        return "an array";
      }
      if (node.isObject()) {
        return "an object";
      }
      return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    /** RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    private static String escape(String key) {
      return key.replace("~", "~0").replace("/", "~1");
    }
  }

  /**
   * The member name closest to {@code name}, or null if none is close: case-insensitive edit
   * distance (a swap of neighbours counts one) of at most a quarter of the name's length (at least
   * 1), or one name starting with the other (4 letters or more).
   */
  static String closest(String name, Iterable<String> candidates) {
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      String cl = c.toLowerCase(Locale.ROOT);
      int d = EditDistance.distance(lower, cl);
      boolean prefix = Math.min(lower.length(), cl.length()) >= 4 && (cl.startsWith(lower) || lower.startsWith(cl));
      if ((d <= Math.max(1, name.length() / 4) && d < name.length() || prefix) && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

}
