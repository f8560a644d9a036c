package io.github.sfntestkit.mock;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A failure to inject into a Task state's calls without touching its mock: an error, a timeout (the
 * task never answers, so its TimeoutSeconds fires) or throttling (the service's throttling error).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Failure {
  enum Kind {
    ERROR,
    TIMEOUT,
    THROTTLING
  }

  private final Kind kind;
  private final String error;
  private final String cause;

  private Failure(Kind kind, String error, String cause) {
    this.kind = kind;
    this.error = error;
    this.cause = cause;
  }

  public static Failure error(String error, String cause) {
    return new Failure(Kind.ERROR, Objects.requireNonNull(error, "error"), cause);
  }

  /** The task never answers; its TimeoutSeconds (or AWS's default) ends it with States.Timeout. */
  public static Failure timeout() {
    return new Failure(Kind.TIMEOUT, "States.Timeout", null);
  }

  /** The service throttles the call (e.g. Lambda.TooManyRequestsException for Lambda). */
  public static Failure throttling() {
    return new Failure(Kind.THROTTLING, null, "Rate exceeded");
  }

  TaskResponse response(TaskCall call) {
    switch (kind) {
      case TIMEOUT:
        return TaskResponse.never();
      case THROTTLING:
        return TaskResponse.failure(throttlingError(call.resource()), cause);
      default:
        return TaskResponse.failure(error, cause);
    }
  }

  /** The error name a throttled call of this resource raises. */
  static String throttlingError(String resource) {
    if (resource.startsWith("arn:aws:lambda:") || resource.contains(":lambda:")) {
      return "Lambda.TooManyRequestsException";
    }
    if (resource.contains(":dynamodb:")) {
      return "DynamoDB.ProvisionedThroughputExceededException";
    }
    String[] parts = resource.split(":");
    if (parts.length > 6 && "aws-sdk".equals(parts[5])) {
      return capitalize(parts[6]) + ".ThrottlingException";
    }
    if (parts.length > 5) {
      return capitalize(parts[5]) + ".ThrottlingException";
    }
    return "ThrottlingException";
  }

  private static String capitalize(String service) {
    switch (service) {
      case "sqs":
      case "sns":
      case "ecs":
        return service.toUpperCase(Locale.ROOT);
      case "states":
        return "StepFunctions";
      default:
        return service.isEmpty() ? service : Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case TIMEOUT:
        return "timeout";
      case THROTTLING:
        return "throttling";
      default:
        return "error " + error;
    }
  }
}
