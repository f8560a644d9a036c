package io.github.sfntestkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declares the state machine a test class works on and registers {@link StateMachineExtension}.
 * The definition is loaded and validated once and shared by every class that names the same source;
 * each test gets fresh {@link io.github.sfntestkit.mock.Mocks}.
 *
 * <pre>{@code
 * @StateMachineTest("orders.asl.json")
 * class OrderWorkflowTest {
 *   @Test
 *   void should_ship_a_paid_order(Mocks mocks, StateMachineRunner sfn) {
 *     mocks.task("Charge").returnsPayload("{\"chargeId\": \"ch-1\"}");
 *     assertThat(sfn.run("{\"orderId\": 1}").succeeded()).isTrue();
 *   }
 * }
 * }</pre>
 *
 * <p>{@code @Nested} classes inherit the definition of their enclosing class unless they declare
 * their own {@code @StateMachineTest}. Attributes left at their default fall back to the
 * {@code sfntestkit.*} configuration parameters (see {@link StateMachineExtension}).
 *
 * @since 0.1
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StateMachineExtension.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface StateMachineTest {

  /** Alias for {@link #definition()}. */
  String value() default "";

  /**
   * The definition: a classpath resource (looked up first, a leading {@code /} is ignored) or a file
   * path (absolute, or relative to the working directory) of an {@code .asl.json} or
   * {@code .asl.yaml} file.
   */
  String definition() default "";

  /**
   * A SAM, CloudFormation or CDK-synthesized template (classpath resource or file path) holding the
   * state machine; use with {@link #logicalId()}. Not together with {@link #definition()}.
   */
  String template() default "";

  /** The logical id of the state machine resource in {@link #template()}. */
  String logicalId() default "";

  /**
   * The random seed of every execution, e.g. {@code "42"}; empty means the {@code sfntestkit.seed}
   * configuration parameter, or 0.
   */
  String seed() default "";

  /**
   * Where the virtual clock starts, an ISO-8601 instant such as {@code "2025-03-01T12:00:00Z"};
   * empty means the {@code sfntestkit.startTime} configuration parameter, or 2024-01-01T00:00:00Z.
   */
  String startTime() default "";

  /**
   * Whether a Task call no mock answers fails the execution (true) or succeeds with an empty payload
   * (false). Lenient when this is false or the {@code sfntestkit.strictMocks} configuration parameter
   * is false.
   */
  boolean strictMocks() default true;
}
