package io.github.sfntestkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleTest {

  @Test
  void should_prefix_every_metric_with_the_state_machine() {
    Rule rule = new Rule(" Order* ", "1.0", "80%", null, "0.5", null);

    assertThat(rule.compact()).isEqualTo("Order*:states=1.0,Order*:transitions=80%,Order*:catches=0.5");
  }

  @Test
  void should_apply_to_all_machines_summed_without_a_state_machine() {
    assertThat(new Rule(null, null, null, "0.9", null, "1").compact()).isEqualTo("choiceBranches=0.9,retries=1");
  }

  @Test
  void should_have_no_compact_form_without_a_minimum() {
    assertThat(new Rule("x", null, "", null, null, null).compact()).isNull();
  }
}
