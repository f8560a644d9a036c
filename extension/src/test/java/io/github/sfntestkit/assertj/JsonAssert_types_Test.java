package io.github.sfntestkit.assertj;

import static io.github.sfntestkit.assertj.Executions.failure;
import static io.github.sfntestkit.assertj.Executions.run;
import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.mock.Mocks;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class JsonAssert_types_Test {
  private static final String ECHO = "{\"StartAt\":\"Echo\",\"States\":{\"Echo\":{\"Type\":\"Pass\",\"End\":true}}}";

  private static ExecutionResult echo() {
    return run(ECHO, "{\"list\":[1,2],\"flag\":true,\"none\":null,\"n\":1}", Mocks.create());
  }

  @Test
  void should_pass_for_each_json_type() {
    // GIVEN
    ExecutionResult r = echo();
    // WHEN/THEN
    assertThat(r).outputAt("$.list").isArray();
    assertThat(r).outputAt("$.flag").isBoolean();
    assertThat(r).outputAt("$.none").isJsonNull();
    assertThat(r).output().isStrictlyEqualTo("{\"list\":[1,2],\"flag\":true,\"none\":null,\"n\":1}");
  }

  @Test
  void should_fail_when_the_value_is_not_an_array() {
    ExecutionResult r = echo();
    AssertionError error = failure(() -> assertThat(r).outputAt("$.flag").isArray());
    Assertions.assertThat(error).hasMessageContaining(
        "Expecting execution output at $.flag to be a JSON array but was a JSON boolean:");
  }

  @Test
  void should_fail_when_the_value_is_not_a_boolean() {
    ExecutionResult r = echo();
    AssertionError error = failure(() -> assertThat(r).outputAt("$.n").isBoolean());
    Assertions.assertThat(error).hasMessageContaining(
        "Expecting execution output at $.n to be a JSON boolean but was a JSON number:");
  }

  @Test
  void should_fail_when_the_value_is_not_null() {
    ExecutionResult r = echo();
    AssertionError error = failure(() -> assertThat(r).outputAt("$.n").isJsonNull());
    Assertions.assertThat(error).hasMessageContaining("to be a JSON null but was a JSON number:");
  }

  @Test
  void should_fail_a_strict_comparison_when_key_order_differs() {
    ExecutionResult r = echo();
    AssertionError error = failure(() -> assertThat(r).output()
        .isStrictlyEqualTo("{\"flag\":true,\"list\":[1,2],\"none\":null,\"n\":1}"));
    Assertions.assertThat(error).hasMessageContaining("Path taken:");
    assertThat(r).output().isEqualTo("{\"flag\":true,\"list\":[1,2],\"none\":null,\"n\":1}");
  }

  @Test
  void should_return_to_the_calls_after_checking_one() {
    Mocks mocks = Mocks.create();
    ExecutionResult r = Executions.paid(mocks);
    assertThat(r).usingMocks(mocks).calls("ChargeCard").call(1).hasInputContaining("{\"Payload\":{\"amount\":42}}")
        .returnToCalls().hasSize(1);
  }
}
