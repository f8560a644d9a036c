package io.github.sfntestkit.docs.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.docs.check.Repository;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.template.Template;
import io.github.sfntestkit.template.TemplateException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/templates.md: the two loading examples on templates of docs/examples/templates, and the
 * messages for values that cannot be known offline, on the framework's own fixture
 * (framework/src/test/resources/templates/unresolvable/template.yaml, shown as template.yaml).
 */
class TemplatesDocsTest {
  private static final Repository REPOSITORY = Repository.find();

  @Test
  void loads_the_state_machine_a_template_deploys() {
    Path templateFile = REPOSITORY.resolve("docs/examples/templates/orders/template.yaml");
    Mocks mocks = Mocks.create();
    mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Ship").returns("{}");
    // tag::templates-load[]
    StateMachine sm = StateMachine.fromTemplate(templateFile, "OrderStateMachine");
    ExecutionResult result = sm.execute("{\"orderId\": 42}", ExecutionOptions.defaults().withIntegration(mocks));
    // end::templates-load[]
    assertThat(result.succeeded()).as("%s", result).isTrue();
    assertThat(mocks.calls("Charge").get(0).call().input().get("FunctionName").asText())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:charge-dev");
    assertThat(mocks.calls("Ship").get(0).call().input().get("QueueUrl").asText())
        .isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/shipping-dev");
  }

  @Test
  void takes_the_values_only_a_deployment_knows_from_the_test() {
    Path templateFile = REPOSITORY.resolve("docs/examples/templates/orders-deploy-time/template.yaml");
    // tag::templates-values[]
    Template template = Template.load(templateFile)
        .withParameter("Stage", "test")                                 // a parameter without Default
        .withSubstitution("PaymentsApiUrl", "http://localhost:8080")     // a ${PaymentsApiUrl} placeholder
        .withResourceValue("OrdersQueue", "Ref", "https://sqs.us-east-1.amazonaws.com/123456789012/q")
        .withImportValue("shared-EventBusName", "orders-bus");          // Fn::ImportValue
    StateMachine sm = StateMachine.fromTemplate(template, "OrderStateMachine");
    // end::templates-values[]
    Mocks mocks = Mocks.create();
    mocks.task("Charge").returns("{\"ResponseBody\": {\"id\": \"ch-9\"}}");
    mocks.task("Ship").returns("{}");
    mocks.task("Announce").returns("{}");
    ExecutionResult result = sm.execute("{}", ExecutionOptions.defaults().withIntegration(mocks));
    assertThat(result.succeeded()).as("%s", result).isTrue();
    assertThat(mocks.calls("Charge").get(0).call().input().get("ApiEndpoint").asText())
        .isEqualTo("http://localhost:8080/charges");
    assertThat(mocks.calls("Charge").get(0).call().input().at("/Authentication/ConnectionArn").asText())
        .isEqualTo("arn:aws:events:us-east-1:123456789012:connection/payments-test/1");
    assertThat(mocks.calls("Ship").get(0).call().input().get("QueueUrl").asText())
        .isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/q");
    assertThat(mocks.calls("Announce").get(0).call().input().at("/Entries/0/EventBusName").asText())
        .isEqualTo("orders-bus");
  }

  @Test
  void without_the_values_the_template_says_which_value_is_missing() {
    Template template = Template.load(REPOSITORY.resolve("docs/examples/templates/orders-deploy-time/template.yaml"));
    TemplateException e = catchThrowableOfType(TemplateException.class,
        () -> StateMachine.fromTemplate(template, "OrderStateMachine"));
    assertThat(e.getMessage()).contains("parameter \"Stage\" has no Default and no value was supplied.")
        .doesNotContain("\tat ");
  }

  @Test
  void needs_parameter() {
    assertMessage("NeedsParameter",
        // tag::templates-needs-parameter[]
        """
        Template template.yaml, state machine "NeedsParameter", at /Resources/NeedsParameter/Properties/Definition/States/Call/Parameters/SecretId/Ref (line 20, column 25):
          parameter "ApiKeySecretArn" has no Default and no value was supplied.
          Supply one with template.withParameter("ApiKeySecretArn", "...").
        """
        // end::templates-needs-parameter[]
    );
  }

  @Test
  void needs_import() {
    assertMessage("NeedsImport",
        // tag::templates-needs-import[]
        """
        Template template.yaml, state machine "NeedsImport", at /Resources/NeedsImport/Properties/DefinitionSubstitutions/BusName/Fn::ImportValue (line 28, column 18):
          Fn::ImportValue "shared-infra-EventBusName" reads an export of another stack, which cannot be known offline.
          Supply it with template.withImportValue("shared-infra-EventBusName", "...").
        """
        // end::templates-needs-import[]
    );
  }

  @Test
  void definition_in_s3() {
    assertMessage("DefinitionInS3",
        // tag::templates-definition-in-s3[]
        """
        Template template.yaml, state machine "DefinitionInS3", at /Resources/DefinitionInS3/Properties/DefinitionUri (line 34, column 9):
          DefinitionUri points to an S3 object (s3://my-artifacts/statemachines/orders.asl.json), which cannot be read offline.
          Supply the definition file with template.withDefinitionFile("DefinitionInS3", Path.of("statemachine/definition.asl.json")).
        """
        // end::templates-definition-in-s3[]
    );
  }

  @Test
  void missing_substitution() {
    assertMessage("MissingSubstitution",
        // tag::templates-missing-substitution[]
        """
        Template template.yaml, state machine "MissingSubstitution", at /Resources/MissingSubstitution/Properties/DefinitionSubstitutions (line 47, column 9):
          placeholder ${BusName} (definition.asl.json, line 8, column 40) has no value: DefinitionSubstitutions has no "BusName". Did you mean "BusNam"?
          Supply one with template.withSubstitution("BusName", "...").
        """
        // end::templates-missing-substitution[]
    );
  }

  @Test
  void unknown_attribute() {
    assertMessage("UnknownAttribute",
        // tag::templates-unknown-attribute[]
        """
        Template template.yaml, state machine "UnknownAttribute", at /Resources/UnknownAttribute/Properties/DefinitionSubstitutions/BusName/Fn::GetAtt (line 54, column 18):
          no synthetic value for attribute "Policy" of AWS::Events::EventBus "OrdersBus".
          Supply one with template.withResourceValue("OrdersBus", "Policy", "...").
        """
        // end::templates-unknown-attribute[]
    );
  }

  /** The message for the state machine of the framework's fixture, its folder left out of names. */
  private static void assertMessage(String logicalId, String expected) {
    Path dir = REPOSITORY.resolve("framework/src/test/resources/templates/unresolvable");
    Template template = Template.load(dir.resolve("template.yaml"));
    TemplateException e = catchThrowableOfType(TemplateException.class,
        () -> StateMachine.fromTemplate(template, logicalId));
    assertThat(e).as("loading %s", logicalId).isNotNull();
    assertThat(e.getMessage().replace(dir + java.io.File.separator, "")).isEqualTo(expected.strip());
  }
}
