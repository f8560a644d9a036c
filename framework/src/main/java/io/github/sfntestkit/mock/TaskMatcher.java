package io.github.sfntestkit.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Which Task calls a mock answers: by state name, by resource ARN (a trailing {@code *} matches any
 * suffix), by Lambda function name (legacy function ARNs and {@code lambda:invoke} with that
 * {@code FunctionName}), or by a predicate on the call.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TaskMatcher {
  /** How specific a matcher is: state names win over predicates, which win over resources. */
  enum Kind {
    STATE,
    PREDICATE,
    FUNCTION,
    RESOURCE
  }

  private final Kind kind;
  private final String value;
  private final Predicate<TaskCall> predicate;

  private TaskMatcher(Kind kind, String value, Predicate<TaskCall> predicate) {
    this.kind = kind;
    this.value = value;
    this.predicate = predicate;
  }

  public static TaskMatcher state(String stateName) {
    return new TaskMatcher(Kind.STATE, Objects.requireNonNull(stateName, "stateName"), null);
  }

  public static TaskMatcher resource(String arn) {
    return new TaskMatcher(Kind.RESOURCE, Objects.requireNonNull(arn, "arn"), null);
  }

  public static TaskMatcher lambdaFunction(String functionName) {
    return new TaskMatcher(Kind.FUNCTION, Objects.requireNonNull(functionName, "functionName"), null);
  }

  public static TaskMatcher matching(String description, Predicate<TaskCall> predicate) {
    return new TaskMatcher(Kind.PREDICATE, description, Objects.requireNonNull(predicate, "predicate"));
  }

  Kind kind() {
    return kind;
  }

  boolean matches(TaskCall call) {
    switch (kind) {
      case STATE:
        return value.equals(call.stateName());
      case RESOURCE:
        return value.endsWith("*")
            ? call.resource().startsWith(value.substring(0, value.length() - 1))
            : value.equals(call.resource());
      case FUNCTION:
        return value.equals(functionName(call));
      default:
        return predicate.test(call);
    }
  }

  /** The Lambda function a call invokes (name only), or null when it is not a Lambda call. */
  static String functionName(TaskCall call) {
    String resource = call.resource();
    if (resource.startsWith("arn:aws:lambda:")) {
      return nameFromArn(resource);
    }
    if (resource.contains(":lambda:invoke")) {
      JsonNode fn = call.input() == null ? null : call.input().get("FunctionName");
      return fn == null || !fn.isTextual() ? null : nameFromArn(fn.textValue());
    }
    return null;
  }

  /** The function name from a name, a name with alias/version ("name:prod"), or a (partial) ARN. */
  private static String nameFromArn(String arnOrName) {
    int at = arnOrName.indexOf(":function:");
    if (at < 0) {
      int colon = arnOrName.indexOf(':');
      return colon < 0 ? arnOrName : arnOrName.substring(0, colon);
    }
    String rest = arnOrName.substring(at + ":function:".length());
    int colon = rest.indexOf(':');
    return colon < 0 ? rest : rest.substring(0, colon);
  }

  /** The DSL call that builds this matcher, for messages. */
  String dsl() {
    switch (kind) {
      case STATE:
        return "mocks.task(\"" + value + "\")";
      case RESOURCE:
        return "mocks.resource(\"" + value + "\")";
      case FUNCTION:
        return "mocks.lambda(\"" + value + "\")";
      default:
        return "mocks.when(" + value + ")";
    }
  }

  @Override
  public String toString() {
    return dsl();
  }
}
