package io.github.sfntestkit.template;

import java.util.Locale;
import java.util.Map;

/**
 * Synthetic, AWS-shaped values for {@code Ref} and {@code Fn::GetAtt} of a resource, derived from its
 * type and physical name (its name property, else its logical id): a function's {@code Ref} is its
 * name, a queue's its URL, a topic's or state machine's its ARN, a table's or bucket's its name.
 */
final class ResourceValues {

  /** Where the synthetic resources live: partition, region, account and URL suffix. */
  record Env(String partition, String region, String account, String urlSuffix) {}

  private static final Map<String, String> NAME_PROPERTIES =
      Map.ofEntries(
          Map.entry("AWS::Lambda::Function", "FunctionName"),
          Map.entry("AWS::Serverless::Function", "FunctionName"),
          Map.entry("AWS::SQS::Queue", "QueueName"),
          Map.entry("AWS::SNS::Topic", "TopicName"),
          Map.entry("AWS::StepFunctions::StateMachine", "StateMachineName"),
          Map.entry("AWS::Serverless::StateMachine", "Name"),
          Map.entry("AWS::StepFunctions::Activity", "Name"),
          Map.entry("AWS::DynamoDB::Table", "TableName"),
          Map.entry("AWS::DynamoDB::GlobalTable", "TableName"),
          Map.entry("AWS::Serverless::SimpleTable", "TableName"),
          Map.entry("AWS::S3::Bucket", "BucketName"),
          Map.entry("AWS::Events::EventBus", "Name"),
          Map.entry("AWS::Events::Rule", "Name"),
          Map.entry("AWS::IAM::Role", "RoleName"),
          Map.entry("AWS::ECS::Cluster", "ClusterName"),
          Map.entry("AWS::ECS::TaskDefinition", "Family"),
          Map.entry("AWS::Batch::JobQueue", "JobQueueName"),
          Map.entry("AWS::Batch::JobDefinition", "JobDefinitionName"),
          Map.entry("AWS::Logs::LogGroup", "LogGroupName"),
          Map.entry("AWS::Kinesis::Stream", "Name"),
          Map.entry("AWS::SecretsManager::Secret", "Name"),
          Map.entry("AWS::SSM::Parameter", "Name"),
          Map.entry("AWS::Glue::Job", "Name"),
          Map.entry("AWS::CodeBuild::Project", "Name"),
          Map.entry("AWS::Athena::WorkGroup", "Name"));

  private ResourceValues() {}

  /** The property holding a resource's physical name ({@code FunctionName}, ...). */
  static String nameProperty(String type) {
    return NAME_PROPERTIES.getOrDefault(type, "Name");
  }

  /** The value of {@code Ref} to a resource of this type, logical id and name. */
  static String ref(String type, String logicalId, String name, Env env) {
    switch (type) {
      case "AWS::ApiGateway::RestApi":
      case "AWS::ApiGatewayV2::Api":
      case "AWS::Serverless::Api":
      case "AWS::Serverless::HttpApi":
        return apiId(logicalId);
      case "AWS::SQS::Queue":
        return queueUrl(name, env);
      case "AWS::SNS::Topic":
      case "AWS::StepFunctions::StateMachine":
      case "AWS::Serverless::StateMachine":
      case "AWS::StepFunctions::Activity":
      case "AWS::Batch::JobQueue":
      case "AWS::Batch::JobDefinition":
      case "AWS::ECS::TaskDefinition":
      case "AWS::SecretsManager::Secret":
        return arn(type, name, env);
      default:
        return name;
    }
  }

  /**
   * The value of {@code Fn::GetAtt} for an attribute of a resource, or {@code null} when no
   * synthetic value fits the attribute.
   */
  static String attribute(String type, String logicalId, String name, String attribute, Env env) {
    switch (attribute) {
      case "Arn":
      case "TopicArn":
      case "StateMachineArn":
        return arn(type, name, env);
      case "Name":
      case "TopicName":
      case "QueueName":
      case "StateMachineName":
      case "FunctionName":
      case "TableName":
      case "BucketName":
        return name;
      case "QueueUrl":
        return queueUrl(name, env);
      case "StreamArn":
        return arn(type, name, env) + "/stream/1970-01-01T00:00:00.000";
      case "DomainName":
        return name + ".s3." + env.urlSuffix();
      case "RegionalDomainName":
        return name + ".s3." + env.region() + "." + env.urlSuffix();
      case "ApiEndpoint":
        return "https://" + apiId(logicalId) + ".execute-api." + env.region() + "." + env.urlSuffix();
      case "RootResourceId":
        return apiId(logicalId + "Root");
      default:
        return null;
    }
  }

  /** A synthetic ARN for a resource of this type and name. */
  static String arn(String type, String name, Env env) {
    String prefix = "arn:" + env.partition() + ":";
    String regional = env.region() + ":" + env.account() + ":";
    switch (type) {
      case "AWS::Lambda::Function":
      case "AWS::Serverless::Function":
        return prefix + "lambda:" + regional + "function:" + name;
      case "AWS::SQS::Queue":
        return prefix + "sqs:" + regional + name;
      case "AWS::SNS::Topic":
        return prefix + "sns:" + regional + name;
      case "AWS::StepFunctions::StateMachine":
      case "AWS::Serverless::StateMachine":
        return prefix + "states:" + regional + "stateMachine:" + name;
      case "AWS::StepFunctions::Activity":
        return prefix + "states:" + regional + "activity:" + name;
      case "AWS::DynamoDB::Table":
      case "AWS::DynamoDB::GlobalTable":
      case "AWS::Serverless::SimpleTable":
        return prefix + "dynamodb:" + regional + "table/" + name;
      case "AWS::S3::Bucket":
        return prefix + "s3:::" + name;
      case "AWS::Events::EventBus":
        return prefix + "events:" + regional + "event-bus/" + name;
      case "AWS::Events::Rule":
        return prefix + "events:" + regional + "rule/" + name;
      case "AWS::IAM::Role":
        return prefix + "iam::" + env.account() + ":role/" + name;
      case "AWS::ECS::Cluster":
        return prefix + "ecs:" + regional + "cluster/" + name;
      case "AWS::ECS::TaskDefinition":
        return prefix + "ecs:" + regional + "task-definition/" + name + ":1";
      case "AWS::Batch::JobQueue":
        return prefix + "batch:" + regional + "job-queue/" + name;
      case "AWS::Batch::JobDefinition":
        return prefix + "batch:" + regional + "job-definition/" + name + ":1";
      case "AWS::Logs::LogGroup":
        return prefix + "logs:" + regional + "log-group:" + name + ":*";
      case "AWS::Kinesis::Stream":
        return prefix + "kinesis:" + regional + "stream/" + name;
      case "AWS::SecretsManager::Secret":
        return prefix + "secretsmanager:" + regional + "secret:" + name;
      default:
        return genericArn(type, name, prefix, regional);
    }
  }

  private static String genericArn(String type, String name, String prefix, String regional) {
    String[] parts = type.split("::");
    String service = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "unknown";
    String kind = parts.length > 2 ? parts[2] : "resource";
    kind = Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
    return prefix + service + ":" + regional + kind + "/" + name;
  }

  /** An API id shaped as AWS's (ten lowercase letters and digits), taken from the logical id. */
  private static String apiId(String logicalId) {
    String id = logicalId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return id.length() > 10 ? id.substring(0, 10) : id;
  }

  private static String queueUrl(String name, Env env) {
    return "https://sqs." + env.region() + "." + env.urlSuffix() + "/" + env.account() + "/" + name;
  }
}
