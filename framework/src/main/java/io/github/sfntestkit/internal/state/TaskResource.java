package io.github.sfntestkit.internal.state;

/** A Task state's Resource ARN, classified the way the history reports it. */
final class TaskResource {
  enum Kind {
    LAMBDA_FUNCTION,
    ACTIVITY,
    SERVICE
  }

  enum Pattern {
    REQUEST_RESPONSE,
    SYNC,
    WAIT_FOR_TASK_TOKEN
  }

  final String arn;
  final Kind kind;
  final Pattern pattern;
  /** For SERVICE: e.g. "lambda", "aws-sdk:s3". */
  final String resourceType;
  /** For SERVICE: e.g. "invoke", "putItem.sync". */
  final String resource;

  private TaskResource(String arn, Kind kind, Pattern pattern, String resourceType, String resource) {
    this.arn = arn;
    this.kind = kind;
    this.pattern = pattern;
    this.resourceType = resourceType;
    this.resource = resource;
  }

  /** How AWS names the resource in causes such as States.DataLimitExceeded's. */
  String nameInMessages() {
    return kind == Kind.SERVICE ? resourceType : arn;
  }

  static TaskResource parse(String arn) {
    String[] parts = arn.split(":", -1);
    if (parts.length >= 7 && "lambda".equals(parts[2]) && "function".equals(parts[5])) {
      return new TaskResource(arn, Kind.LAMBDA_FUNCTION, Pattern.REQUEST_RESPONSE, "lambda", arn);
    }
    if (parts.length >= 7 && "states".equals(parts[2]) && "activity".equals(parts[5])) {
      return new TaskResource(arn, Kind.ACTIVITY, Pattern.REQUEST_RESPONSE, "activity", arn);
    }
    Pattern pattern = Pattern.REQUEST_RESPONSE;
    if (arn.endsWith(".waitForTaskToken")) {
      pattern = Pattern.WAIT_FOR_TASK_TOKEN;
    } else if (arn.endsWith(".sync") || arn.contains(".sync:")) {
      pattern = Pattern.SYNC;
    }
    String type = "unknown";
    String resource = arn;
    if (parts.length >= 7 && "states".equals(parts[2])) {
      if ("aws-sdk".equals(parts[5]) && parts.length >= 8) {
        type = "aws-sdk:" + parts[6];
        resource = join(parts, 7);
      } else {
        type = parts[5];
        resource = join(parts, 6);
      }
    }
    return new TaskResource(arn, Kind.SERVICE, pattern, type, resource);
  }

  private static String join(String[] parts, int from) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < parts.length; i++) {
      if (i > from) {
        b.append(':');
      }
      b.append(parts[i]);
    }
    return b.toString();
  }
}
