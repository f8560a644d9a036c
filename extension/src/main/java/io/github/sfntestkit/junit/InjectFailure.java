package io.github.sfntestkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Injects a failure into a Task state's calls for one test (on a method) or for every test of a
 * class, through {@link io.github.sfntestkit.mock.Mocks#inject}; the state's own mock stays as it is.
 *
 * <pre>{@code
 * @Test
 * @InjectFailure(state = "Charge", error = "Lambda.ServiceException", cause = "boom", onCall = 1)
 * @InjectFailure(state = "Ship", kind = InjectFailure.Kind.TIMEOUT)
 * void should_retry_the_charge(StateMachineRunner sfn) { ... }
 * }</pre>
 *
 * <p>A state that is not a Task state of the definition fails the test with the names of the Task
 * states there are.
 *
 * @since 0.1
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(InjectFailures.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface InjectFailure {

  /** What kind of failure to inject. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  enum Kind {
    /** The task fails with {@link InjectFailure#error()} and {@link InjectFailure#cause()}. */
    ERROR,
    /** The task never answers, so its TimeoutSeconds (or AWS's default) ends it with States.Timeout. */
    TIMEOUT,
    /** The service throttles the call, e.g. Lambda.TooManyRequestsException for Lambda. */
    THROTTLING
  }

  /** The Task state's name (nested Map and Parallel states included). */
  String state();

  /** The error name; required for {@link Kind#ERROR}, not allowed for the other kinds. */
  String error() default "";

  /** The cause; for {@link Kind#ERROR} only, may stay empty. */
  String cause() default "";

  /** The 1-based call that fails (counted per state across retries); 0 means every call. */
  int onCall() default 0;

  /** The kind of failure; {@link Kind#ERROR} unless set. */
  Kind kind() default Kind.ERROR;
}
