package io.github.sfntestkit.junit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.ResponseShapes;
import io.github.sfntestkit.mock.TaskIntegration;
import io.github.sfntestkit.mock.TaskResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What belongs to one test (one invocation of a parameterized test): fresh mocks, the options that use
 * them, and the runner that remembers the results. Lives in the test's store.
 */
final class TestScope {
  /**
   * Lenient mode: a call no mock answers succeeds with an empty payload in the resource's response
   * shape, e.g. {@code {"Payload": {}, "StatusCode": 200, ...}} for {@code lambda:invoke}.
   */
  static final TaskIntegration LENIENT =
      call -> TaskResponse.success(ResponseShapes.wrap(call, JsonNodeFactory.instance.objectNode()));

  private final Settings settings;
  private final StateMachineRunner runner;

  private TestScope(Settings settings, StateMachineRunner runner) {
    this.settings = settings;
    this.runner = runner;
  }

  /**
   * Builds the mocks in this order: lenient fallback, the builder's setup, the HTTP base URL, then
   * the {@link InjectFailure}s of the enclosing classes, the class and the method.
   */
  static TestScope create(Settings settings, Class<?> testClass, Method testMethod) {
    Mocks mocks = Mocks.create();
    if (!settings.strictMocks()) {
      mocks.fallbackTo(LENIENT);
    }
    for (Consumer<Mocks> setup : settings.config().mockSetup()) {
      setup.accept(mocks);
    }
    Supplier<String> http = settings.config().httpBaseUrl();
    if (http != null) {
      mocks.http(http.get());
    }
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> c = testClass; c != null; c = StateMachineExtension.enclosingOf(c)) {
      classes.add(0, c);
    }
    for (Class<?> c : classes) {
      FailureAnnotations.apply(AnnotationSupport.findRepeatableAnnotations(c, InjectFailure.class), mocks,
          settings.machine(), "class " + c.getName());
    }
    FailureAnnotations.apply(AnnotationSupport.findRepeatableAnnotations(testMethod, InjectFailure.class), mocks,
        settings.machine(), "method " + testMethod.getName() + "()");
    ExecutionOptions options = settings.baseOptions().withIntegration(mocks);
    return new TestScope(settings, new StateMachineRunner(settings.machine(), mocks, options));
  }

  Settings settings() {
    return settings;
  }

  StateMachineRunner runner() {
    return runner;
  }

  /** The report of the last run, or null when nothing ran. */
  String report() {
    StateMachineRunner.Run last = runner.lastRun();
    if (last == null) {
      return null;
    }
    return ExecutionReport.of("Last execution of " + settings.label(), last.result(), last.options(), settings.historyEvents());
  }
}
