package io.github.sfntestkit.samples.approval;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static io.github.sfntestkit.samples.SampleFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.samples.SampleFiles;
import io.github.sfntestkit.template.Template;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The approval workflow from its SAM template. The template takes a {@code Stage} parameter
 * (default {@code test}) that names the queue, the function and the topic.
 */
@StateMachineTest(template = "human-approval/template.yaml", logicalId = "ExpenseApprovalStateMachine")
class ExpenseApprovalTemplateTest {

  static final String EXPENSE = SampleFiles.text("human-approval/input.json");

  @Test
  void should_deploy_the_asl_file_with_the_test_stage_resources() {
    // WHEN
    Template template = Template.load(Path.of("human-approval/template.yaml"));
    // THEN
    assertThat(template.definition("ExpenseApprovalStateMachine")).isEqualTo(SampleFiles.substituted(
        "human-approval/approval.asl.json", Map.of(
            "ApprovalQueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/expense-approvals-test",
            "PayOutFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:pay-out-expense-test",
            "RequesterTopicArn", "arn:aws:sns:us-east-1:123456789012:expense-updates-test")));
  }

  @Test
  void should_send_the_request_to_the_queue_of_the_stage(Mocks mocks, StateMachineRunner sfn) {
    // GIVEN
    mocks.resource("arn:aws:states:::sqs:sendMessage.waitForTaskToken")
        .callback(Duration.ofHours(2), json("{\"decision\": \"APPROVED\", \"approver\": \"grace@example.com\"}"),
            Duration.ofMinutes(55), Duration.ofMinutes(110));
    mocks.lambda("pay-out-expense-test").returnsPayload("{\"paymentId\": \"pay-1\"}");
    mocks.resource("arn:aws:states:::sns:publish").returnsPayload("{}");
    // WHEN
    ExecutionResult result = sfn.run(EXPENSE);
    // THEN
    assertThat(result).succeeded().tookExactly(Duration.ofHours(2));
    assertThat(result).calls(mocks, "RequestApproval").call(1).input().at("$.QueueUrl")
        .hasText("https://sqs.us-east-1.amazonaws.com/123456789012/expense-approvals-test");
  }

  @Test
  void should_use_the_prod_resources_with_the_prod_stage() {
    // GIVEN: a parameter value the annotation cannot give; load the template yourself
    StateMachine prod = StateMachine.fromTemplate(
        Template.load(Path.of("human-approval/template.yaml")).withParameter("Stage", "prod"),
        "ExpenseApprovalStateMachine");
    Mocks mocks = Mocks.create();
    mocks.task("RequestApproval").callback(Duration.ofMinutes(10),
        json("{\"decision\": \"REJECTED\", \"approver\": \"grace@example.com\", \"comment\": \"duplicate\"}"));
    mocks.resource("arn:aws:states:::sns:publish").returnsPayload("{}");
    // WHEN
    ExecutionResult result = prod.execute(EXPENSE, ExecutionOptions.defaults().withIntegration(mocks));
    // THEN
    assertThat(result).succeeded().visited("NotifyRejected");
    assertThat(result).calls(mocks, "NotifyRejected").call(1).input().at("$.TopicArn")
        .hasText("arn:aws:sns:us-east-1:123456789012:expense-updates-prod");
  }
}
