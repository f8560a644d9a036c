package io.github.sfntestkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a field (or, optionally, a parameter) that {@link StateMachineExtension} fills in. Supported
 * types: {@link io.github.sfntestkit.StateMachine}, {@link io.github.sfntestkit.mock.Mocks}, {@link
 * StateMachineRunner}, {@link io.github.sfntestkit.ExecutionOptions} and (in {@code @AfterEach}
 * methods) {@link io.github.sfntestkit.ExecutionResult}.
 *
 * <pre>{@code
 * @StateMachineTest("orders.asl.json")
 * class OrderWorkflowTest {
 *   @SfnInject Mocks mocks;          // fresh for each test
 *   @SfnInject StateMachineRunner sfn;
 * }
 * }</pre>
 *
 * <p>Instance fields are set before each test, before {@code @BeforeEach} methods run; static fields
 * may only hold the {@code StateMachine} and are set before {@code @BeforeAll} methods. Parameters
 * of supported types need no annotation; annotating one makes an unsupported type an error that
 * names the supported types.
 *
 * @since 0.1
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface SfnInject {}
