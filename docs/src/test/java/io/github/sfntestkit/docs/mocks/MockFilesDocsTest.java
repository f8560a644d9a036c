package io.github.sfntestkit.docs.mocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.ExecutionStatus;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Failure;
import io.github.sfntestkit.mock.MockFile;
import io.github.sfntestkit.mock.MockFileException;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.TaskCall;
import io.github.sfntestkit.mock.TaskResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of docs/mock-files.md: loading, the file/DSL equivalence and the error report. */
class MockFilesDocsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final String REVIEW = "arn:aws:states:us-east-1:123456789012:activity:review";
  private static final String INVOKE = "arn:aws:states:::lambda:invoke";

  @Test
  void loads_a_file_from_the_classpath_a_path_or_text() throws Exception {
    StateMachine sm = StateMachine.fromResource("orders.asl.json");
    String input = "{\"orderId\": \"o-1\"}";
    String text = Files.readString(Path.of("src/test/resources/mocks/orders.yaml"));
    // tag::mock-files-loading[]
    Mocks fromClasspath = MockFile.loadResource("mocks/orders.yaml");          // classpath
    Mocks fromFile = MockFile.load(Path.of("src/test/resources/mocks/orders.yaml"));   // file
    Mocks fromText = MockFile.parse(text, "orders.yaml");   // text; the name is used in messages

    // add a file's mocks to a registry that already has some (a later mock of the same kind wins)
    Mocks mocks = Mocks.create();
    mocks.task("Validate").returnsPayload("{\"valid\": true}");
    MockFile.readResource("mocks/orders.yaml").apply(mocks);

    ExecutionResult r = sm.execute(input, ExecutionOptions.defaults().withIntegration(mocks));
    // end::mock-files-loading[]
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(mocks.calls("Charge")).hasSize(2);
    for (Mocks other : List.of(fromClasspath, fromFile, fromText)) {
      other.task("Validate").returnsPayload("{\"valid\": true}");
      ExecutionResult same = sm.execute(input, ExecutionOptions.defaults().withIntegration(other));
      assertThat(same.history().toJson()).isEqualTo(r.history().toJson());
    }
  }

  @Test
  void the_example_file_answers_every_call_as_the_dsl_does() {
    // GIVEN
    Mocks file = MockFile.loadResource("mocks/example.yaml");
    Mocks mocks = Mocks.create();
    // tag::mock-files-dsl[]
    mocks.task("ChargeCard")
        .throwsError("Payment.Throttled", "slow down").times(2)
        .thenReturnsPayload("{\"chargeId\": \"ch-1\"}").after(Duration.ofSeconds(2))
        .thenNeverAnswers()
        .thenReturns("{\"raw\": true}");
    mocks.task("WaitForApproval").callback(Duration.ofHours(1), json("{\"approved\": true}"),
        Duration.ofMinutes(10), Duration.ofMinutes(20));
    mocks.lambda("send-email").returnsPayload("{\"sent\": true}");
    mocks.resource("arn:aws:states:::aws-sdk:s3:*").returns("{\"ETag\": \"\\\"abc\\\"\"}");
    mocks.activity("arn:aws:states:us-east-1:123456789012:activity:review").returns("{\"reviewed\": true}");
    mocks.inject(Failure.timeout()).into("Notify").onCall(1);
    mocks.inject(Failure.error("Notify.Failed", "smtp down")).into("Notify").onCall(2);
    mocks.inject(Failure.error("Notify.Failed", "smtp down")).into("Notify").onCalls(4, 5);
    mocks.inject(Failure.throttling()).into("Ship").always();
    // end::mock-files-dsl[]
    for (Mocks registry : List.of(file, mocks)) {
      registry.task("Notify").returns("{\"notified\": true}");
      registry.task("Ship").returns("{\"shipped\": true}");
    }
    // WHEN
    List<String> fromDsl = answers(mocks);
    // THEN
    assertThat(answers(file)).containsExactlyElementsOf(fromDsl);
    assertThat(fromDsl).contains("ChargeCard #2: fails Payment.Throttled / slow down", "ChargeCard #4: never",
        "ChargeCard #6: returns {\"raw\":true}", "Notify #3: returns {\"notified\":true}",
        "WaitForApproval #1: returns {\"approved\":true} after PT1H heartbeats [PT10M, PT20M]");
  }

  @Test
  void a_broken_file_reports_every_problem_with_its_place() {
    String text =
        // tag::mock-files-broken[]
        """
        inject:
          - into: Notify
            failure: {timeout: true}
            onCall: 0
        mocks:
          - task: ChargeCard
            answers:
              - returnPayload: {}
              - returns: {}
                after: 2 min
        """;
        // end::mock-files-broken[]
    MockFileException e = catchThrowableOfType(MockFileException.class, () -> MockFile.parse(text, "orders.yaml"));
    assertThat(e.getMessage()).isEqualTo(
        // tag::mock-files-report[]
        """
        Invalid mock file (orders.yaml): 3 problems
          Injection into "Notify" at /inject/0/onCall (line 4, column 13)
            "onCall" must be a call number, 1 or more (1 is the first call); found number 0.
          Mock task "ChargeCard" at /mocks/0/answers/0/returnPayload (line 8, column 9)
            unknown field "returnPayload" in an answer. Did you mean "returnsPayload"?
          Mock task "ChargeCard" at /mocks/0/answers/1/after (line 10, column 16)
            "after" must be an ISO-8601 duration such as "PT2S" or "PT1H30M"; found string "2 min". Did you mean "PT2M"?"""
        // end::mock-files-report[]
    );
  }

  /** What each registry answers to the same calls, one line per call. */
  private static List<String> answers(Mocks mocks) {
    List<String> out = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    String[][] script = {
        {"ChargeCard", INVOKE, "{\"FunctionName\": \"charge\"}"},
        {"ChargeCard", INVOKE, "{\"FunctionName\": \"charge\"}"},
        {"ChargeCard", INVOKE, "{\"FunctionName\": \"charge\"}"},
        {"ChargeCard", INVOKE, "{\"FunctionName\": \"charge\"}"},
        {"ChargeCard", INVOKE, "{\"FunctionName\": \"charge\"}"},
        {"ChargeCard", INVOKE, "{\"FunctionName\": \"charge\"}"},
        {"WaitForApproval", "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "{}"},
        {"Email", INVOKE, "{\"FunctionName\": \"send-email\"}"},
        {"PutObject", "arn:aws:states:::aws-sdk:s3:putObject", "{}"},
        {"Review", REVIEW, "{}"},
        {"Notify", "arn:aws:states:::sns:publish", "{}"},
        {"Notify", "arn:aws:states:::sns:publish", "{}"},
        {"Notify", "arn:aws:states:::sns:publish", "{}"},
        {"Notify", "arn:aws:states:::sns:publish", "{}"},
        {"Notify", "arn:aws:states:::sns:publish", "{}"},
        {"Ship", "arn:aws:states:::dynamodb:putItem", "{}"},
    };
    for (String[] c : script) {
      int i = index.merge(c[0], 1, Integer::sum) - 1;
      TaskCall call = new TaskCall(c[0], c[1], json(c[2]), i, 0, T0.plusSeconds(out.size()),
          c[0].equals("WaitForApproval") ? "token-1" : null);
      TaskResponse r = mocks.call(call);
      String what = r.isNever() ? "never"
          : r.isFailure() ? "fails " + r.error() + " / " + r.cause() : "returns " + r.result();
      out.add(c[0] + " #" + (i + 1) + ": " + what + (r.latency().isZero() ? "" : " after " + r.latency())
          + (r.heartbeats().isEmpty() ? "" : " heartbeats " + r.heartbeats()));
    }
    return out;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
