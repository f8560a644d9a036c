package io.github.sfntestkit.assertj;

import io.github.sfntestkit.ExecutionResult;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;

/**
 * Soft assertions: every failure is collected, including those after navigation
 * ({@code state(...)}, {@code output()}, {@code calls(...)}), and reported together by
 * {@link #assertAll()}. It also offers AssertJ's standard soft assertions. Works with AssertJ's
 * {@code SoftAssertionsExtension} (inject it as a parameter or an {@code @InjectSoftAssertions}
 * field) and with {@link #assertSoftly(Consumer)}.
 *
 * <pre>{@code
 * SoftStateMachineAssertions.assertSoftly(softly -> {
 *   softly.assertThat(result).succeeded();                      // passes
 *   softly.assertThat(result).state("ChargeCard").wasRetried(5); // fails, collected
 *   softly.assertThat(result).visited("ShipOrder");             // fails, collected
 * }); // throws one error listing both failures
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class SoftStateMachineAssertions extends AbstractSoftAssertions implements StandardSoftAssertionsProvider {

  /** Creates an empty collection of soft assertions. */
  public SoftStateMachineAssertions() {
    super();
  }

  /**
   * Starts soft assertions on an execution.
   *
   * <pre>{@code
   * softly.assertThat(result).succeeded();  // passes for a SUCCEEDED execution
   * softly.assertThat(result).timedOut();   // collected, reported by assertAll()
   * }</pre>
   *
   * @param actual the execution
   * @return the soft assertion object
   */
  public ExecutionAssert assertThat(ExecutionResult actual) {
    return proxy(ExecutionAssert.class, ExecutionResult.class, actual)
        .collectingSoftly(Navigation.of(this, actual));
  }

  /**
   * BDD alias of {@link #assertThat(ExecutionResult)}.
   *
   * <pre>{@code
   * softly.then(result).succeeded(); // passes for a SUCCEEDED execution
   * softly.then(result).failed();    // collected, reported by assertAll()
   * }</pre>
   *
   * @param actual the execution
   * @return the soft assertion object
   */
  public ExecutionAssert then(ExecutionResult actual) {
    return assertThat(actual);
  }

  /**
   * Runs the assertions softly and reports every failure at the end.
   *
   * <pre>{@code
   * SoftStateMachineAssertions.assertSoftly(softly -> softly.assertThat(result).succeeded()); // passes
   * SoftStateMachineAssertions.assertSoftly(softly -> {
   *   softly.assertThat(result).failed();
   *   softly.assertThat(result).timedOut();
   * }); // fails with both messages
   * }</pre>
   *
   * @param softly the assertions
   */
  public static void assertSoftly(Consumer<SoftStateMachineAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(SoftStateMachineAssertions.class, softly);
  }
}
