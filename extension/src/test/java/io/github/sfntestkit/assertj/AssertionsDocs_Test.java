package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The snippets of docs/assertions.md, compiled and run; the last test checks the page copies them. */
class AssertionsDocs_Test {
  private final Mocks mocks = Mocks.create();

  @Test
  void status() {
    ExecutionResult paid = Executions.paid();
    ExecutionResult declined = Executions.declined();
    ExecutionResult slow = Executions.timedOut();
    // tag::status[]
    assertThat(paid).succeeded();
    assertThat(declined).failed();
    assertThat(declined).failedWith("Payment.Declined").withCause("card declined");
    assertThat(declined).failedWith("Payment.Declined").withCauseContaining("declined");
    assertThat(slow).timedOut();
    // end::status[]
  }

  @Test
  void output() {
    ExecutionResult paid = Executions.paid();
    // tag::output[]
    // output is {"status":"PAID","total":42}
    assertThat(paid).hasOutput("{\"total\": 42.0, \"status\": \"PAID\"}");   // key order and 42 vs 42.0 ignored
    assertThat(paid).hasOutputStrictly("{\"status\":\"PAID\",\"total\":42}"); // same key order, integers stay integers
    assertThat(paid).hasOutputContaining("{\"status\": \"PAID\"}");           // extra fields allowed
    assertThat(paid).outputAt("$.total").isNumber().isEqualTo("42");
    assertThat(paid).outputAt("$.status").isString().hasText("PAID");
    assertThat(paid).outputAt("$.coupon").isMissing();
    assertThat(paid).output().isObject().containsJson("{\"total\": 42}").at("$.status").hasText("PAID");
    // end::output[]
  }

  @Test
  void path() {
    ExecutionResult paid = Executions.paid();
    // tag::path[]
    assertThat(paid).path().containsExactly("Start", "ChargeCard", "Done");
    assertThat(paid).visited("ChargeCard", "Done");
    assertThat(paid).neverVisited("PaymentFailed");
    assertThat(paid).visitedInOrder("Start", "Done");
    // end::path[]
  }

  @Test
  void states() {
    ExecutionResult declined = Executions.declined();
    ExecutionResult items = Executions.items();
    // tag::states[]
    assertThat(declined).state("ChargeCard")
        .wasEntered()
        .wasEnteredTimes(1)
        .wasRetried(2)
        .hasInput("{\"id\": 1, \"order\": {\"amount\": 42}}")
        .caught("Payment.Declined")
        .wentTo("PaymentFailed")
        .returnToExecution()
        .failed();
    assertThat(declined).state("ChargeCard").retries().isBetween(1, 3);
    assertThat(declined).state("ChargeCard").input().at("$.order.amount").isEqualTo("42");
    assertThat(declined).state("Start").hasOutput("{\"id\": 1, \"order\": {\"amount\": 42}}");
    assertThat(declined).state("Start").output().containsJson("{\"order\": {}}");
    // a state entered several times: assertions look at the latest visit, or the one visit(n) picks
    assertThat(items).state("Validate").wasEnteredTimes(3).visit(2).hasInput("2");
    assertThat(items).state("Remember").assigned("count", "3").assigned("$first", "1");
    // end::states[]
  }

  @Test
  void calls() {
    ExecutionResult declined = Executions.declined(mocks);
    // tag::calls[]
    assertThat(declined).calls(mocks, "ChargeCard")
        .hasSize(3)
        .wereMadeInOrder("{\"Payload\": {\"amount\": 42}}")
        .allSatisfy(call -> assertThat(call.resource()).isEqualTo("arn:aws:states:::lambda:invoke"))
        .call(1)
        .hasInput("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 42}}")
        .hasInputContaining("{\"Payload\": {\"amount\": 42}}");
    assertThat(declined).usingMocks(mocks).calls("ChargeCard").call(3).input().at("$.Payload.amount").isEqualTo("42");
    // end::calls[]
  }

  @Test
  void timeAndHistory() {
    ExecutionResult declined = Executions.declined();
    // tag::time-and-history[]
    assertThat(declined).tookExactly(Duration.ofSeconds(3)); // retry delays of 1 s and 2 s, virtual time
    assertThat(declined).tookAtMost(Duration.ofMinutes(1));
    assertThat(declined).history()
        .containsEventTypes("TaskScheduled", "TaskFailed", "ExecutionFailed")
        .doesNotContainEventTypes("ExecutionSucceeded")
        .hasEventCount(16)
        .hasEventCount("TaskFailed", 3);
    // end::time-and-history[]
  }

  @Test
  void soft() {
    ExecutionResult paid = Executions.paid();
    // tag::soft[]
    SoftStateMachineAssertions.assertSoftly(softly -> {
      softly.assertThat(paid).succeeded();
      softly.assertThat(paid).state("ChargeCard").wentTo("Done");
      softly.assertThat(paid).outputAt("$.total").isEqualTo("42");
    });
    // end::soft[]
  }

  @Test
  void loading() {
    // tag::loading[]
    Mocks mocks = Mocks.create();
    mocks.task("ChargeCard").returnsPayload("{\"status\": \"PAID\", \"total\": 42}");
    ExecutionResult result = StateMachine.fromJson(Executions.PAYMENT)
        .execute("{\"id\": 1}", ExecutionOptions.defaults().withIntegration(mocks));

    assertThat(result).succeeded().hasOutput("{\"status\": \"PAID\", \"total\": 42}");
    // end::loading[]
  }

  @Test
  void docs_page_contains_every_tagged_snippet_verbatim() throws IOException {
    // GIVEN
    String source = Files.readString(
        Path.of("src/test/java/io/github/sfntestkit/assertj/AssertionsDocs_Test.java"), StandardCharsets.UTF_8);
    String page = Files.readString(Path.of("../docs/assertions.md"), StandardCharsets.UTF_8);
    // WHEN
    List<String> snippets = snippets(source);
    // THEN
    assertThat(snippets).hasSize(8);
    assertThat(page).as("docs/assertions.md must copy the tagged snippets of %s", getClass().getSimpleName())
        .contains(snippets);
  }

  private static List<String> snippets(String source) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("// tag::([\\w-]+)\\[]\\R(.*?)[ \\t]*// end::\\1\\[]", Pattern.DOTALL).matcher(source);
    while (m.find()) {
      out.add(dedent(m.group(2)));
    }
    return out;
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      b.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return b.toString();
  }
}
