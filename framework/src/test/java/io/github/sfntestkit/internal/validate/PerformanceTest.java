package io.github.sfntestkit.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.load.DefinitionLoader;
import org.junit.jupiter.api.Test;

/** Loading and validating a small definition must stay cheap (target: well under 1 ms warm). */
class PerformanceTest {

  private static final String TEN_STATES =
      "{\"Comment\":\"ten states\",\"StartAt\":\"Init\",\"States\":{"
          + "\"Init\":{\"Type\":\"Pass\",\"Result\":{\"n\":1},\"ResultPath\":\"$.init\",\"Next\":\"Charge\"},"
          + "\"Charge\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f\",\"Payload.$\":\"$\"},"
          + "\"ResultSelector\":{\"body.$\":\"$.Payload\"},\"ResultPath\":\"$.charge\",\"TimeoutSeconds\":30,"
          + "\"Retry\":[{\"ErrorEquals\":[\"Lambda.ServiceException\"],\"IntervalSeconds\":2,\"MaxAttempts\":3,\"BackoffRate\":2}],"
          + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"ResultPath\":\"$.error\",\"Next\":\"Failed\"}],\"Next\":\"Check\"},"
          + "\"Check\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.charge.body.ok\",\"BooleanEquals\":true,\"Next\":\"Wait\"},"
          + "{\"And\":[{\"Variable\":\"$.n\",\"IsPresent\":true},{\"Variable\":\"$.n\",\"NumericGreaterThan\":3}],\"Next\":\"Failed\"}],\"Default\":\"Notify\"},"
          + "\"Wait\":{\"Type\":\"Wait\",\"Seconds\":5,\"Next\":\"Fanout\"},"
          + "\"Fanout\":{\"Type\":\"Parallel\",\"Branches\":[{\"StartAt\":\"B1\",\"States\":{\"B1\":{\"Type\":\"Pass\",\"End\":true}}}],\"ResultPath\":null,\"Next\":\"Items\"},"
          + "\"Items\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"ItemSelector\":{\"v.$\":\"$$.Map.Item.Value\"},\"ItemProcessor\":{\"StartAt\":\"M1\",\"States\":{\"M1\":{\"Type\":\"Pass\",\"End\":true}}},\"Next\":\"Notify\"},"
          + "\"Notify\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sns:publish\",\"Parameters\":{\"Message.$\":\"States.Format('done {}', $.init.n)\"},\"Next\":\"Done\"},"
          + "\"Failed\":{\"Type\":\"Fail\",\"Error\":\"Charge.Failed\",\"CausePath\":\"$.error.Cause\"},"
          + "\"Done\":{\"Type\":\"Succeed\"}}}";

  @Test
  void loading_and_validating_ten_states_is_cheap() {
    assertThat(DefinitionValidator.validate(DefinitionLoader.load(TEN_STATES))).isEmpty();
    for (int i = 0; i < 20_000; i++) {
      DefinitionValidator.validate(DefinitionLoader.load(TEN_STATES));
    }
    int runs = 2_000;
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      DefinitionValidator.validate(DefinitionLoader.load(TEN_STATES));
    }
    double micros = (System.nanoTime() - start) / 1_000.0 / runs;
    // Generous bound so that a loaded CI machine does not fail the build; typical is far lower.
    assertThat(micros).as("microseconds per load + validate").isLessThan(2_000.0);
    System.out.printf(java.util.Locale.ROOT, "load + validate of 10 states: %.1f us%n", micros);
  }
}
