package io.github.sfntestkit.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.internal.json.Json;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TemplateLoaderTest {

  private static final String SAM = "templates/sam-orders/template.yaml";
  private static final String REPORT = "templates/cfn/report.template.json";
  private static final String CLEANUP = "templates/cfn/cleanup.template.json";
  private static final String INLINE = "templates/conditions/template.yaml";
  private static final String CDK = "templates/cdk.out/PaymentsStack.template.json";
  private static final String UNRESOLVABLE = "templates/unresolvable/template.yaml";

  static JsonNode json(String text) {
    return Json.parse(text);
  }

  static Path file(String resource) {
    try {
      return Path.of(TemplateLoaderTest.class.getClassLoader().getResource(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Nested
  class Sam_template_with_definition_uri_and_substitutions {

    @Test
    void should_list_the_state_machines_of_the_template() {
      // WHEN
      Template template = Template.loadResource(SAM);
      // THEN
      assertThat(template.stateMachines()).containsExactly("OrderStateMachine");
      assertThat(template.source()).isEqualTo(SAM);
    }

    @Test
    void should_replace_placeholders_with_synthetic_values_of_the_referenced_resources() {
      // WHEN
      JsonNode definition = Template.loadResource(SAM).definition("OrderStateMachine");
      // THEN
      assertThat(definition.at("/States/Validate Order/Resource").asText())
          .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:validate-order-dev");
      assertThat(definition.at("/States/Charge Card/Parameters/FunctionName").asText())
          .isEqualTo("ChargeCardFunction");
      assertThat(definition.at("/States/Record Order/Parameters/TableName").asText()).isEqualTo("orders-dev");
      assertThat(definition.at("/States/Record Order/Parameters/Item/audit/S").asText())
          .isEqualTo("s3://audit-123456789012-us-east-1/dev/orders");
      assertThat(definition.at("/States/Record Order/Parameters/Item/retentionDays/N").asText()).isEqualTo("7");
      assertThat(definition.at("/States/Request Shipping/Parameters/QueueUrl").asText())
          .isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/shipping-requests");
      assertThat(definition.at("/States/Notify Failure/Parameters/TopicArn").asText())
          .isEqualTo("arn:aws:sns:us-east-1:123456789012:NotificationTopic");
      assertThat(definition.at("/States/Charge Card/Retry/0/MaxAttempts").intValue()).isEqualTo(3);
    }

    @Test
    void should_use_the_values_the_test_supplies() {
      // GIVEN
      Template template =
          Template.loadResource(SAM)
              .withParameter("Stage", "prod")
              .withParameter("AWS::AccountId", "111111111111")
              .withParameter("AWS::Region", "eu-west-1")
              .withSubstitution("ShippingQueueUrl", "http://localhost:9324/queue/shipping")
              .withResourceValue("NotificationTopic", "Ref", "arn:aws:sns:eu-west-1:111111111111:alerts")
              .withResourceValue("ValidateOrderFunction", "Arn", "arn:aws:lambda:eu-west-1:111111111111:function:v:live");
      // WHEN
      JsonNode definition = template.definition("OrderStateMachine");
      // THEN
      assertThat(definition.at("/States/Validate Order/Resource").asText())
          .isEqualTo("arn:aws:lambda:eu-west-1:111111111111:function:v:live");
      assertThat(definition.at("/States/Record Order/Parameters/TableName").asText()).isEqualTo("orders-prod");
      assertThat(definition.at("/States/Record Order/Parameters/Item/audit/S").asText())
          .isEqualTo("s3://audit-111111111111-eu-west-1/prod/orders");
      assertThat(definition.at("/States/Request Shipping/Parameters/QueueUrl").asText())
          .isEqualTo("http://localhost:9324/queue/shipping");
      assertThat(definition.at("/States/Notify Failure/Parameters/TopicArn").asText())
          .isEqualTo("arn:aws:sns:eu-west-1:111111111111:alerts");
    }

    @Test
    void should_read_the_definition_file_relative_to_a_template_file() {
      // WHEN
      Template template = Template.load(file(SAM));
      // THEN
      assertThat(template.definition("OrderStateMachine"))
          .isEqualTo(Template.loadResource(SAM).definition("OrderStateMachine"));
      assertThat(template.definitionSource("OrderStateMachine"))
          .isEqualTo(file("templates/sam-orders/statemachine/orders.asl.json").toString());
    }

    @Test
    void should_build_a_validated_state_machine_through_the_facade() {
      // WHEN
      StateMachine fromPath = StateMachine.fromTemplate(file(SAM), "OrderStateMachine");
      StateMachine fromTemplate =
          StateMachine.fromTemplate(Template.loadResource(SAM).withParameter("Stage", "prod"), "OrderStateMachine");
      // THEN
      assertThat(fromPath.definition().at("/StartAt").asText()).isEqualTo("Validate Order");
      assertThat(fromTemplate.definition().at("/States/Record Order/Parameters/TableName").asText())
          .isEqualTo("orders-prod");
    }
  }

  @Nested
  class CloudFormation_definition_string {

    @Test
    void should_resolve_fn_sub_with_a_variables_map() {
      // WHEN
      JsonNode definition = Template.loadResource(REPORT).definition("ReportStateMachine");
      // THEN
      assertThat(definition)
          .isEqualTo(
              json(
                  "{\"StartAt\": \"Build\", \"States\": {"
                      + "\"Build\": {\"Type\": \"Task\","
                      + " \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:sfn-testkit-stack-build-report\","
                      + " \"Parameters\": {\"bucket\": \"nightly-reports\", \"region\": \"us-east-1\","
                      + " \"literal\": \"${NotAVariable}\"}, \"Next\": \"Pause\"},"
                      + "\"Pause\": {\"Type\": \"Wait\", \"Seconds\": 300, \"Next\": \"Done\"},"
                      + "\"Done\": {\"Type\": \"Succeed\"}}}"));
    }

    @Test
    void should_resolve_fn_join_of_strings_and_references() {
      // WHEN
      JsonNode definition = Template.loadResource(CLEANUP).definition("CleanupStateMachine");
      // THEN
      assertThat(definition)
          .isEqualTo(
              json(
                  "{\"StartAt\": \"Scan\", \"States\": {\"Scan\": {\"Type\": \"Task\","
                      + " \"Resource\": \"arn:aws:states:::aws-sdk:dynamodb:scan\","
                      + " \"Parameters\": {\"TableName\": \"sessions\"}, \"End\": true}}}"));
    }

    @Test
    void should_read_cdk_synth_output() {
      // WHEN
      Template template = Template.loadResource(CDK);
      JsonNode definition = template.definition("PaymentsStateMachine5F4E3D2C");
      // THEN
      assertThat(template.stateMachines()).containsExactly("PaymentsStateMachine5F4E3D2C");
      assertThat(definition)
          .isEqualTo(
              json(
                  "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Next\":\"Send Receipt\",\"Retry\":[{\"ErrorEquals\":"
                      + "[\"Lambda.ClientExecutionTimeoutException\",\"Lambda.ServiceException\",\"Lambda.AWSLambdaException\","
                      + "\"Lambda.SdkClientException\"],\"IntervalSeconds\":2,\"MaxAttempts\":6,\"BackoffRate\":2}],"
                      + "\"Type\":\"Task\",\"OutputPath\":\"$.Payload\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
                      + "\"Parameters\":{\"FunctionName\":\"arn:aws:lambda:us-east-1:123456789012:function:ChargeHandler1B2A3C4D\","
                      + "\"Payload.$\":\"$\"}},\"Send Receipt\":{\"End\":true,\"Type\":\"Task\","
                      + "\"Resource\":\"arn:aws:states:::sns:publish\",\"Parameters\":{\"TopicArn\":"
                      + "\"arn:aws:sns:us-east-1:123456789012:ReceiptsTopicD5E6F7A8\",\"Message.$\":\"$.receipt\"}}},"
                      + "\"TimeoutSeconds\":300}"));
      assertThat(StateMachine.fromTemplate(template, "PaymentsStateMachine5F4E3D2C").definition()).isEqualTo(definition);
    }
  }

  @Nested
  class Inline_definition {

    @Test
    void should_resolve_short_form_tags_and_conditions_inside_the_definition() {
      // WHEN
      JsonNode definition = Template.loadResource(INLINE).definition("PaymentsStateMachine");
      // THEN
      assertThat(definition)
          .isEqualTo(
              json(
                  "{\"Comment\": \"Payments (staging) in us-east-1\", \"StartAt\": \"Approve\", \"States\": {"
                      + "\"Approve\": {\"Type\": \"Task\","
                      + " \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:ApproveFunction\","
                      + " \"TimeoutSeconds\": 600, \"Next\": \"Fan Out\"},"
                      + "\"Fan Out\": {\"Type\": \"Map\", \"ItemsPath\": \"$.payments\", \"MaxConcurrency\": 2,"
                      + " \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"INLINE\"}, \"StartAt\": \"Enqueue\","
                      + " \"States\": {\"Enqueue\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sqs:sendMessage\","
                      + " \"Parameters\": {\"QueueUrl\": \"https://sqs.us-east-1.amazonaws.com/123456789012/payments-staging\","
                      + " \"MessageBody.$\": \"$\"}, \"End\": true}}}, \"Next\": \"Notify\"},"
                      + "\"Notify\": {\"Type\": \"Pass\", \"Parameters\": {\"to\": \"ops@example.com\","
                      + " \"zone\": \"us-east-1b\", \"region\": \"us\", \"debug\": true, \"tags\": \"a,b,c\"},"
                      + " \"End\": true}}}"));
    }

    @Test
    void should_take_the_other_branch_of_fn_if_when_a_parameter_changes_the_condition() {
      // GIVEN
      Template template =
          Template.loadResource(INLINE).withParameter("Environment", "production").withParameter("AWS::Region", "eu-west-1");
      // WHEN
      JsonNode definition = template.definition("PaymentsStateMachine");
      // THEN
      assertThat(definition.at("/States/Approve/TimeoutSeconds").intValue()).isEqualTo(60);
      assertThat(definition.at("/States/Fan Out/MaxConcurrency").intValue()).isEqualTo(20);
      assertThat(definition.at("/States/Fan Out/ItemProcessor/States/Enqueue/Parameters/MessageGroupId").asText())
          .isEqualTo("payments");
      assertThat(definition.at("/States/Notify/Parameters/region").asText()).isEqualTo("elsewhere");
      assertThat(definition.at("/States/Notify/Parameters/debug").booleanValue()).isFalse();
    }

    @Test
    void should_parse_template_text_with_a_source_name() {
      // GIVEN
      String text =
          "Resources:\n"
              + "  Hello:\n"
              + "    Type: AWS::StepFunctions::StateMachine\n"
              + "    Properties:\n"
              + "      Definition:\n"
              + "        StartAt: Greet\n"
              + "        States:\n"
              + "          Greet: {Type: Pass, Result: !Sub 'hello from ${AWS::StackName}', End: true}\n";
      // WHEN
      Template template = Template.parse(text, "hello.yaml").withParameter("AWS::StackName", "greetings");
      // THEN
      assertThat(template.definition("Hello").at("/States/Greet/Result").asText()).isEqualTo("hello from greetings");
      assertThat(template.definitionSource("Hello")).isEqualTo("hello.yaml (Hello)");
    }
  }

  @Nested
  class Unresolvable_values {

    private final Template template = Template.loadResource(UNRESOLVABLE);

    @Test
    void should_name_the_parameter_without_default_and_how_to_supply_it() {
      // WHEN
      TemplateException e = catchThrowableOfType(TemplateException.class, () -> template.definition("NeedsParameter"));
      // THEN
      assertThat(e)
          .hasMessage(
              "Template templates/unresolvable/template.yaml, state machine \"NeedsParameter\","
                  + " at /Resources/NeedsParameter/Properties/Definition/States/Call/Parameters/SecretId/Ref"
                  + " (line 20, column 25):\n"
                  + "  parameter \"ApiKeySecretArn\" has no Default and no value was supplied.\n"
                  + "  Supply one with template.withParameter(\"ApiKeySecretArn\", \"...\").");
      assertThat(e.template()).isEqualTo(UNRESOLVABLE);
      assertThat(e.logicalId()).isEqualTo("NeedsParameter");
      assertThat(e.pointer()).isEqualTo("/Resources/NeedsParameter/Properties/Definition/States/Call/Parameters/SecretId/Ref");
      assertThat(
              template
                  .withParameter("ApiKeySecretArn", "arn:aws:secretsmanager:us-east-1:123456789012:secret:api")
                  .definition("NeedsParameter")
                  .at("/States/Call/Parameters/SecretId")
                  .asText())
          .isEqualTo("arn:aws:secretsmanager:us-east-1:123456789012:secret:api");
    }

    @Test
    void should_ask_for_the_value_of_an_import() {
      // WHEN
      TemplateException e = catchThrowableOfType(TemplateException.class, () -> template.definition("NeedsImport"));
      // THEN
      assertThat(e)
          .hasMessage(
              "Template templates/unresolvable/template.yaml, state machine \"NeedsImport\","
                  + " at /Resources/NeedsImport/Properties/DefinitionSubstitutions/BusName/Fn::ImportValue"
                  + " (line 28, column 18):\n"
                  + "  Fn::ImportValue \"shared-infra-EventBusName\" reads an export of another stack,"
                  + " which cannot be known offline.\n"
                  + "  Supply it with template.withImportValue(\"shared-infra-EventBusName\", \"...\").");
      assertThat(
              template
                  .withImportValue("shared-infra-EventBusName", "shared-bus")
                  .definition("NeedsImport")
                  .at("/States/Publish/Parameters/Entries/0/EventBusName")
                  .asText())
          .isEqualTo("shared-bus");
    }

    @Test
    void should_ask_for_a_local_copy_of_a_definition_in_s3() {
      // WHEN
      TemplateException object = catchThrowableOfType(TemplateException.class, () -> template.definition("DefinitionInS3"));
      TemplateException uri = catchThrowableOfType(TemplateException.class, () -> template.definition("DefinitionAtS3Uri"));
      // THEN
      assertThat(object)
          .hasMessage(
              "Template templates/unresolvable/template.yaml, state machine \"DefinitionInS3\","
                  + " at /Resources/DefinitionInS3/Properties/DefinitionUri (line 34, column 9):\n"
                  + "  DefinitionUri points to an S3 object (s3://my-artifacts/statemachines/orders.asl.json),"
                  + " which cannot be read offline.\n"
                  + "  Supply the definition file with template.withDefinitionFile(\"DefinitionInS3\","
                  + " Path.of(\"statemachine/definition.asl.json\")).");
      assertThat(uri)
          .hasMessage(
              "Template templates/unresolvable/template.yaml, state machine \"DefinitionAtS3Uri\","
                  + " at /Resources/DefinitionAtS3Uri/Properties/DefinitionUri (line 40, column 22):\n"
                  + "  DefinitionUri points to an S3 object (s3://my-artifacts/statemachines/orders.asl.json),"
                  + " which cannot be read offline.\n"
                  + "  Supply the definition file with template.withDefinitionFile(\"DefinitionAtS3Uri\","
                  + " Path.of(\"statemachine/definition.asl.json\")).");
      assertThat(
              template
                  .withDefinitionFile("DefinitionInS3", file("templates/unresolvable/definition.asl.json"))
                  .withSubstitution("BusName", "orders")
                  .definition("DefinitionInS3")
                  .at("/States/Publish/Parameters/Entries/0/EventBusName")
                  .asText())
          .isEqualTo("orders");
    }

    @Test
    void should_name_a_placeholder_that_nothing_defines_and_the_nearest_substitution() {
      // WHEN
      TemplateException e = catchThrowableOfType(TemplateException.class, () -> template.definition("MissingSubstitution"));
      // THEN
      assertThat(e)
          .hasMessage(
              "Template templates/unresolvable/template.yaml, state machine \"MissingSubstitution\","
                  + " at /Resources/MissingSubstitution/Properties/DefinitionSubstitutions (line 47, column 9):\n"
                  + "  placeholder ${BusName} (templates/unresolvable/definition.asl.json, line 8, column 40)"
                  + " has no value: DefinitionSubstitutions has no \"BusName\"."
                  + " Did you mean \"BusNam\"?\n"
                  + "  Supply one with template.withSubstitution(\"BusName\", \"...\").");
    }

    @Test
    void should_ask_for_an_attribute_without_a_synthetic_value() {
      // WHEN
      TemplateException e = catchThrowableOfType(TemplateException.class, () -> template.definition("UnknownAttribute"));
      // THEN
      assertThat(e)
          .hasMessage(
              "Template templates/unresolvable/template.yaml, state machine \"UnknownAttribute\","
                  + " at /Resources/UnknownAttribute/Properties/DefinitionSubstitutions/BusName/Fn::GetAtt"
                  + " (line 54, column 18):\n"
                  + "  no synthetic value for attribute \"Policy\" of AWS::Events::EventBus \"OrdersBus\".\n"
                  + "  Supply one with template.withResourceValue(\"OrdersBus\", \"Policy\", \"...\").");
    }

    @Test
    void should_name_the_nearest_resource_of_a_misspelt_reference() {
      // WHEN
      TemplateException e = catchThrowableOfType(TemplateException.class, () -> template.definition("UnknownReference"));
      // THEN
      assertThat(e)
          .hasMessage(
              "Template templates/unresolvable/template.yaml, state machine \"UnknownReference\","
                  + " at /Resources/UnknownReference/Properties/Definition/States/Done/Result/Ref (line 64, column 21):\n"
                  + "  Ref names no parameter or resource of the template: \"OrdersBuss\". Did you mean \"OrdersBus\"?\n"
                  + "  Supply a value with template.withParameter(\"OrdersBuss\", \"...\").");
    }

    @Test
    void should_name_a_definition_file_that_does_not_exist() {
      // WHEN
      TemplateException e = catchThrowableOfType(TemplateException.class, () -> template.definition("MissingFile"));
      // THEN
      assertThat(e)
          .hasMessage(
              "Template templates/unresolvable/template.yaml, state machine \"MissingFile\","
                  + " at /Resources/MissingFile/Properties/DefinitionUri (line 70, column 22):\n"
                  + "  DefinitionUri \"statemachine/missing.asl.json\" names no file:"
                  + " templates/unresolvable/statemachine/missing.asl.json does not exist.\n"
                  + "  Check the path (it is relative to the template's folder) or supply the definition with"
                  + " template.withDefinitionFile(\"MissingFile\", Path.of(\"...\")).");
    }

    @Test
    void should_list_the_state_machines_when_the_logical_id_names_none() {
      // WHEN
      TemplateException unknown = catchThrowableOfType(TemplateException.class, () -> template.definition("NeedsImports"));
      TemplateException notAMachine = catchThrowableOfType(TemplateException.class, () -> template.definition("OrdersBus"));
      // THEN
      String machines =
          "\"NeedsParameter\", \"NeedsImport\", \"DefinitionInS3\", \"DefinitionAtS3Uri\", \"MissingSubstitution\","
              + " \"UnknownAttribute\", \"UnknownReference\", \"MissingFile\"";
      assertThat(unknown)
          .hasMessage(
              "Template templates/unresolvable/template.yaml, state machine \"NeedsImports\", at /Resources:\n"
                  + "  no resource has the logical id \"NeedsImports\". Did you mean \"NeedsImport\"?\n"
                  + "  State machines in this template: " + machines + ".");
      assertThat(notAMachine)
          .hasMessage(
              "Template templates/unresolvable/template.yaml, state machine \"OrdersBus\","
                  + " at /Resources/OrdersBus/Type (line 73, column 11):\n"
                  + "  resource \"OrdersBus\" is a AWS::Events::EventBus, not an AWS::StepFunctions::StateMachine"
                  + " or AWS::Serverless::StateMachine.\n"
                  + "  State machines in this template: " + machines + ".");
    }

    @Test
    void should_report_where_template_text_is_not_valid_yaml() {
      // WHEN
      TemplateException e =
          catchThrowableOfType(
              TemplateException.class,
              () -> Template.parse("Resources:\n  Machine:\n    Type: [unclosed\n", "broken.yaml"));
      // THEN
      assertThat(e)
          .hasMessage(
              "Template broken.yaml (line 4, column 1):\n"
                  + "  invalid YAML: expected ',' or ']', but got <stream end>.");
    }

    @Test
    void should_report_a_missing_template_file() {
      // WHEN
      TemplateException e =
          catchThrowableOfType(TemplateException.class, () -> Template.load(Path.of("no/such/template.yaml")));
      // THEN
      assertThat(e).hasMessage("Template no/such/template.yaml:\n  cannot read the template: no such file.");
    }

    @Test
    void should_report_an_invalid_definition_through_the_facade() {
      // GIVEN
      Template broken =
          Template.parse(
              "Resources:\n  Broken:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n"
                  + "      Definition: {StartAt: Missing, States: {Only: {Type: Succeed}}}\n",
              "broken.yaml");
      // WHEN
      DefinitionException e = catchThrowableOfType(DefinitionException.class, () -> StateMachine.fromTemplate(broken, "Broken"));
      // THEN
      assertThat(e.getMessage()).startsWith("Invalid state machine definition (broken.yaml (Broken))");
    }
  }
}
