package io.github.sfntestkit.docs.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.UnmockedTaskException;
import io.github.sfntestkit.template.Template;
import io.github.sfntestkit.template.TemplateException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every message docs/faq.md quotes, produced here by the situation the answer describes. */
class FaqDocsTest {
  private static final StateMachine ORDERS = StateMachine.fromResource("orders.asl.json");

  @Test
  void unmocked_task() {
    // GIVEN: Ship is not mocked
    Mocks mocks = Mocks.create();
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-1\"}");
    mocks.task("Shipp").returns("{}");
    // WHEN
    UnmockedTaskException e = catchThrowableOfType(UnmockedTaskException.class,
        () -> ORDERS.execute("{}", ExecutionOptions.defaults().withIntegration(mocks)));
    // THEN
    assertThat(e.getMessage()).isEqualTo(
        // tag::faq-unmocked[]
        """
        No mock answers Task state "Ship" (resource arn:aws:states:::sqs:sendMessage, call #1).
        Mocks registered: mocks.task("Validate"), mocks.task("Charge"), mocks.task("Shipp").
        Add one: mocks.task("Ship").returns(...).
        """
        // end::faq-unmocked[]
        .strip());
  }

  @Test
  void resource_not_found() {
    DefinitionException e = catchThrowableOfType(DefinitionException.class,
        () -> StateMachine.fromResource("order.asl.json"));
    assertThat(e.getMessage()).isEqualTo(
        // tag::faq-no-resource[]
        """
        Invalid state machine definition (order.asl.json): 1 problem
          State machine
            cannot read the definition: no such classpath resource.
        """
        // end::faq-no-resource[]
        .strip());
  }

  @Test
  void jsonpath_field_in_a_jsonata_state() {
    DefinitionException e = catchThrowableOfType(DefinitionException.class, () -> StateMachine.fromString("""
        {"QueryLanguage": "JSONata", "StartAt": "Charge", "States": {
          "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
            "Output": "{% $states.result.Payload %}", "End": true}}}
        """));
    assertThat(e.getMessage()).isEqualTo(
        // tag::faq-query-language[]
        """
        Invalid state machine definition (<string>): 1 problem
          State "Charge" at /States/Charge/Parameters (line 3, column 19)
            "Parameters" is only valid in JSONPath states, but this Task state uses JSONata. Use "Arguments" instead.
        """
        // end::faq-query-language[]
        .strip());
  }

  @Test
  void template_import_value() {
    Template template = Template.parse("""
        Resources:
          Orders:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              DefinitionString: !Sub
                - '{"StartAt": "Put", "States": {"Put": {"Type": "Task", "Resource": "arn:aws:states:::events:putEvents", "Parameters": {"Entries": [{"EventBusName": "${Bus}", "Detail": {}}]}, "End": true}}}'
                - Bus: !ImportValue shared-EventBusName
        """, "template.yaml");
    TemplateException e = catchThrowableOfType(TemplateException.class,
        () -> StateMachine.fromTemplate(template, "Orders"));
    assertThat(e.getMessage()).isEqualTo(
        // tag::faq-template[]
        """
        Template template.yaml, state machine "Orders", at /Resources/Orders/Properties/DefinitionString/Fn::Sub/1/Bus/Fn::ImportValue (line 7, column 16):
          Fn::ImportValue "shared-EventBusName" reads an export of another stack, which cannot be known offline.
          Supply it with template.withImportValue("shared-EventBusName", "...").
        """
        // end::faq-template[]
        .strip());
    StateMachine supplied = StateMachine.fromTemplate(template.withImportValue("shared-EventBusName", "orders-bus"), "Orders");
    assertThat(supplied.definition().at("/States/Put/Parameters/Entries/0/EventBusName").asText()).isEqualTo("orders-bus");
  }

  @Test
  void jsonata_error() {
    StateMachine sm = StateMachine.fromString("""
        {"QueryLanguage": "JSONata", "StartAt": "Total", "States": {
          "Total": {"Type": "Pass", "Output": {"total": "{% $states.input.price * $states.input.quantity %}"}, "End": true}}}
        """);
    ExecutionResult result = sm.execute("{\"price\": 10, \"quantity\": \"two\"}", ExecutionOptions.defaults());
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error() + ": " + result.cause()).isEqualTo(
        // tag::faq-jsonata[]
        """
        States.QueryEvaluationError: An error occurred while executing the state 'Total' (entered at the event id #2). The JSONata expression '$states.input.price * $states.input.quantity' specified for the field 'Output/total' threw an error during evaluation. T2002: The right side of the "*" operator must evaluate to a number
        """
        // end::faq-jsonata[]
        .strip());
  }

  @Test
  void a_jsonata_expression_that_does_not_parse_is_reported_when_the_definition_is_loaded() {
    DefinitionException e = catchThrowableOfType(DefinitionException.class, () -> StateMachine.fromString("""
        {"QueryLanguage": "JSONata", "StartAt": "Total", "States": {
          "Total": {"Type": "Pass", "Output": {"total": "{% $states.input.price * %}"}, "End": true}}}
        """));
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).pointer()).isEqualTo("/States/Total/Output/total");
  }

  @Test
  void payload_limit() {
    StateMachine sm = StateMachine.fromString("""
        {"StartAt": "Fetch", "States": {
          "Fetch": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
        """);
    Mocks mocks = Mocks.create();
    mocks.task("Fetch").returns("{\"body\": \"" + "x".repeat(300_000) + "\"}");
    ExecutionResult result = sm.execute("{}", ExecutionOptions.defaults().withIntegration(mocks));
    assertThat(result.error() + ": " + result.cause()).isEqualTo(
        // tag::faq-payload[]
        """
        States.DataLimitExceeded: The state/task 'lambda' returned a result with a size exceeding the maximum number of bytes service limit.
        """
        // end::faq-payload[]
        .strip());
    ExecutionResult unlimited = sm.execute("{}", ExecutionOptions.defaults().withIntegration(mocks).withPayloadLimit(0));
    assertThat(unlimited.succeeded()).isTrue();
  }

  @Test
  void virtual_time() {
    StateMachine sm = StateMachine.fromString("""
        {"StartAt": "Sleep", "States": {"Sleep": {"Type": "Wait", "Seconds": 604800, "End": true}}}
        """);
    ExecutionResult result = sm.execute("{}", ExecutionOptions.defaults());
    assertThat(result.duration()).isEqualTo(Duration.ofDays(7));
  }
}
