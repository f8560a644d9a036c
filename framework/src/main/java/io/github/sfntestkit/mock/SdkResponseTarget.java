package io.github.sfntestkit.mock;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which AWS SDK v2 model class a Task resource's result has, and how Step Functions' shape differs
 * from it.
 *
 * <ul>
 *   <li>{@code arn:aws:states:::aws-sdk:<service>:<action>}: {@code <Action>Response} of the
 *       service, checked strictly (no extra fields; blobs are strings).
 *   <li>Optimized integrations with a known shape ({@code lambda:invoke}, {@code dynamodb:getItem /
 *       putItem / updateItem / deleteItem}, {@code sns:publish}, {@code sqs:sendMessage}, {@code
 *       events:putEvents}, {@code states:startExecution(.sync(:2))}, {@code ecs:runTask(.sync)},
 *       {@code batch:submitJob(.sync)}, {@code glue:startJobRun(.sync)}): that shape, plus the
 *       {@code SdkHttpMetadata} and {@code SdkResponseMetadata} Step Functions adds at the top, with
 *       {@code lambda:invoke}'s {@code Payload} (and {@code .sync:2}'s {@code Input}/{@code Output})
 *       as any JSON.
 *   <li>Other optimized request-response integrations: {@code <Action>Response}, leniently (unknown
 *       fields are allowed, blobs may be any JSON): only the types of known members are checked.
 *   <li>Not checked: other {@code .sync} results, {@code .waitForTaskToken} (the result is what
 *       SendTaskSuccess sends), Lambda function ARNs, activities, HTTP and API Gateway tasks.
 * </ul>
 *
 * @param service the service as written in the resource ({@code events}, {@code sfn}, ...)
 * @param artifact the SDK module's artifactId, also its package segment ({@code eventbridge})
 * @param className the fully qualified model class name
 * @param strict unknown fields are problems (false: only known members' types are checked)
 * @param extras top-level fields Step Functions adds that the model lacks
 * @param anyJson top-level members whose value may be any JSON
 * @param bytesAsJson blob members may be any JSON (optimized integrations parse JSON payloads)
 * @param notCheckedReason when no shape is known for an SDK-backed resource: why (else null)
 */
record SdkResponseTarget(
    String service,
    String artifact,
    String className,
    boolean strict,
    Set<String> extras,
    Set<String> anyJson,
    boolean bytesAsJson,
    String notCheckedReason) {

  static final String MODEL_PACKAGE = "software.amazon.awssdk.services.%s.model.";
  private static final Set<String> METADATA = Set.of("SdkHttpMetadata", "SdkResponseMetadata");

  /** Step Functions service names whose SDK v2 module (and package) is named differently. */
  private static final Map<String, String> MODULES = Map.ofEntries(
      Map.entry("events", "eventbridge"),
      Map.entry("states", "sfn"),
      Map.entry("stepfunctions", "sfn"),
      Map.entry("logs", "cloudwatchlogs"),
      Map.entry("monitoring", "cloudwatch"),
      Map.entry("elasticmapreduce", "emr"),
      Map.entry("emr-containers", "emrcontainers"),
      Map.entry("emr-serverless", "emrserverless"),
      Map.entry("email", "ses"),
      Map.entry("cognito-idp", "cognitoidentityprovider"),
      Map.entry("cognito-identity", "cognitoidentity"),
      Map.entry("elasticloadbalancing", "elasticloadbalancingv2"));

  /**
   * The target of a resource ARN, or null when its result is not an SDK shape (Lambda function ARN,
   * activity, HTTP, API Gateway, {@code .waitForTaskToken}, anything unparsable).
   */
  static SdkResponseTarget of(String resource) {
    if (resource == null || resource.endsWith(".waitForTaskToken")) {
      return null;
    }
    int at = resource.indexOf(":states:::");
    if (!resource.startsWith("arn:") || at < 0) {
      return null;
    }
    String rest = resource.substring(at + ":states:::".length());
    if (rest.startsWith("aws-sdk:")) {
      String[] parts = rest.substring("aws-sdk:".length()).split(":", -1);
      if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
        return null;
      }
      String module = module(parts[0]);
      return new SdkResponseTarget(parts[0], module, className(module, parts[1] + "Response"), true,
          Set.of(), Set.of(), false, null);
    }
    int colon = rest.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String service = rest.substring(0, colon);
    String api = rest.substring(colon + 1);
    if (service.equals("http") || service.equals("apigateway")) {
      return null;
    }
    String suffix = "";
    int dot = api.indexOf('.');
    if (dot >= 0) {
      suffix = api.substring(dot);
      api = api.substring(0, dot);
    }
    String key = service + ":" + api + suffix;
    switch (key) {
      case "lambda:invoke":
        return known(service, "lambda", "InvokeResponse", Set.of("Payload"));
      case "dynamodb:getItem":
      case "dynamodb:putItem":
      case "dynamodb:updateItem":
      case "dynamodb:deleteItem":
      case "sns:publish":
      case "sqs:sendMessage":
      case "events:putEvents":
      case "states:startExecution":
      case "ecs:runTask":
      case "ecs:runTask.sync":
      case "batch:submitJob":
      case "glue:startJobRun":
        return known(service, module(service), response(api), Set.of());
      case "states:startExecution.sync":
        return known(service, "sfn", "DescribeExecutionResponse", Set.of());
      case "states:startExecution.sync:2":
        return known(service, "sfn", "DescribeExecutionResponse", Set.of("Input", "Output"));
      case "batch:submitJob.sync":
        return known(service, "batch", "JobDetail", Set.of());
      case "glue:startJobRun.sync":
        return known(service, "glue", "JobRun", Set.of());
      default:
        break;
    }
    String module = service.equals("bedrock") && api.equals("invokeModel") ? "bedrockruntime" : module(service);
    if (!suffix.isEmpty()) {
      return new SdkResponseTarget(service, module, null, false, Set.of(), Set.of(), true,
          "no known AWS SDK model for the " + suffix + " result of " + service + ":" + api);
    }
    return new SdkResponseTarget(service, module, className(module, response(api)), false, METADATA,
        Set.of(), true, null);
  }

  /** The Maven coordinates of the SDK module. */
  String coordinates() {
    return "software.amazon.awssdk:" + artifact;
  }

  /** The model class's simple name. */
  String simpleName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static SdkResponseTarget known(String service, String module, String simpleName, Set<String> anyJson) {
    return new SdkResponseTarget(service, module, className(module, simpleName), true, METADATA, anyJson,
        true, null);
  }

  private static String module(String service) {
    String s = service.toLowerCase(Locale.ROOT);
    String m = MODULES.get(s);
    return m != null ? m : s.replace("-", "");
  }

  private static String response(String action) {
    return action + "Response";
  }

  private static String className(String module, String simpleName) {
    return String.format(Locale.ROOT, MODEL_PACKAGE, module)
        + Character.toUpperCase(simpleName.charAt(0)) + simpleName.substring(1);
  }
}
