package io.github.sfntestkit.assertj;

import io.github.sfntestkit.ExecutionResult;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.WritableAssertionInfo;

/**
 * What a navigation hands to the assert it creates: the execution (for the path in messages) and,
 * under soft assertions, the provider that proxies the new assert so its failures are collected too.
 * AssertJ proxies only its own navigation methods; ours create proxies through this.
 */
final class Navigation {
  static final Navigation DETACHED = new Navigation(null, null);

  final SoftAssertionsProvider soft;
  final ExecutionResult execution;

  private Navigation(SoftAssertionsProvider soft, ExecutionResult execution) {
    this.soft = soft;
    this.execution = execution;
  }

  static Navigation of(SoftAssertionsProvider soft, ExecutionResult execution) {
    return new Navigation(soft, execution);
  }

  /** A new assert on {@code value}: a soft proxy under soft assertions, else {@code plain}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  <T, A extends AbstractAssert<?, ?>> A create(Class<? super A> type, Class<? super T> actualType, T value,
      Function<T, A> plain) {
    if (soft == null) {
      return plain.apply(value);
    }
    return (A) soft.proxy((Class) type, (Class) actualType, value);
  }

  /**
   * Copies description, representation and overriding message, as AssertJ's {@code extracting}
   * does; for navigations whose subject may be absent (extracting fails first on a null subject).
   */
  static <A extends AbstractAssert<?, ?>> A keepState(AbstractAssert<?, ?> from, A to) {
    WritableAssertionInfo source = from.getWritableAssertionInfo();
    WritableAssertionInfo target = to.getWritableAssertionInfo();
    target.description(source.description());
    target.useRepresentation(source.representation());
    target.overridingErrorMessage(source.overridingErrorMessage());
    return to;
  }

  /** Sets a description when the user gave none, e.g. {@code path taken}. */
  static <A extends AbstractAssert<?, ?>> A describeIfBlank(A target, String description) {
    WritableAssertionInfo info = target.getWritableAssertionInfo();
    if (info.descriptionText() == null || info.descriptionText().isEmpty()) {
      info.description(description);
    }
    return target;
  }
}
