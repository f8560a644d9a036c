package io.github.sfntestkit.junit;

import io.github.sfntestkit.report.TraceView;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.IncompleteExecutionException;

/**
 * The HTML trace of a failing test's last execution: written to {@code
 * <dir>/<test class>/<method>.html} ({@code dir} from {@value StateMachineExtension#TRACE_DIR_KEY},
 * default {@value #DEFAULT_DIR}), and named on the last line of the failure's message:
 *
 * <pre>
 * order shipped: expected true but was false
 * Execution trace: file:///work/orders/target/sfn-traces/com.example.OrderTest/declined.html
 * </pre>
 *
 * <p>An assertion failure is replaced by a copy with that line added: an opentest4j {@link
 * AssertionFailedError} keeps its expected and actual values, so IDEs still show the diff; another
 * kind of {@link AssertionError} (soft assertions' multiple failures) becomes the cause of a plain
 * one. Any other exception keeps its message and gets a suppressed {@link TraceLocation} saying
 * where the trace is. Aborted tests (failed assumptions) are left alone.
 */
final class TraceFiles {
  static final String DEFAULT_DIR = "target/sfn-traces";
  static final String LINE_PREFIX = "Execution trace: ";

  private TraceFiles() {}

  /** Whether traces are written: {@value StateMachineExtension#TRACE_ENABLED_KEY}, default true. */
  static boolean enabled(ExtensionContext context) {
    return parameter(context, StateMachineExtension.TRACE_ENABLED_KEY)
        .map(s -> Settings.parseBoolean(s, "Configuration parameter " + StateMachineExtension.TRACE_ENABLED_KEY))
        .orElse(true);
  }

  /**
   * Where the test's trace goes: {@code <dir>/<class name>/<method>[-<invocation>].html}; {@code dir}
   * is the configuration parameter, else the system property of that name (also when the launcher
   * ignores system properties, as EngineTestKit does), else {@value #DEFAULT_DIR}.
   */
  static Path path(ExtensionContext context) {
    String dir = parameter(context, StateMachineExtension.TRACE_DIR_KEY)
        .or(() -> Optional.ofNullable(System.getProperty(StateMachineExtension.TRACE_DIR_KEY)))
        .filter(s -> !s.isBlank()).orElse(DEFAULT_DIR);
    String method = context.getRequiredTestMethod().getName() + invocation(context.getUniqueId());
    return Path.of(dir).resolve(safe(context.getRequiredTestClass().getName())).resolve(safe(method) + ".html")
        .toAbsolutePath().normalize();
  }

  /** Whether a failure gets a trace: not when the test was aborted (a failed assumption). */
  static boolean applies(Throwable failure) {
    return !(failure instanceof IncompleteExecutionException);
  }

  /** Writes the trace of {@code run} unless traces are off; the returned path is absolute, or null when off. */
  static Path writeIfEnabled(ExtensionContext context, Settings settings, StateMachineRunner.Run run) {
    return enabled(context) ? TraceView.write(settings.machine(), run.result(), path(context)) : null;
  }

  /** The failure to report instead of {@code failure}: the same, pointing at the trace. */
  static Throwable pointTo(Throwable failure, Path trace) {
    String line = LINE_PREFIX + trace.toUri();
    if (failure.getClass() == AssertionFailedError.class) {
      AssertionFailedError a = (AssertionFailedError) failure;
      AssertionFailedError copy = a.isExpectedDefined() || a.isActualDefined()
          ? new AssertionFailedError(withLine(a.getMessage(), line),
              a.isExpectedDefined() ? a.getExpected().getEphemeralValue() : null,
              a.isActualDefined() ? a.getActual().getEphemeralValue() : null, a.getCause())
          : new AssertionFailedError(withLine(a.getMessage(), line), a.getCause());
      return sameTrace(a, copy);
    }
    if (failure.getClass() == AssertionError.class) {
      return sameTrace(failure, new AssertionError(withLine(failure.getMessage(), line), failure.getCause()));
    }
    if (failure instanceof AssertionError) {
      // another kind of assertion error (soft assertions' MultipleFailuresError...): kept as the cause
      AssertionError wrapper = new AssertionError(withLine(failure.getMessage(), line), failure);
      wrapper.setStackTrace(failure.getStackTrace());
      return wrapper;
    }
    failure.addSuppressed(new TraceLocation(line));
    return failure;
  }

  /** The failure, with a suppressed exception saying why no trace was written. */
  static Throwable notWritten(Throwable failure, RuntimeException why) {
    failure.addSuppressed(new TraceLocation(LINE_PREFIX + "not written: " + why));
    return failure;
  }

  private static String withLine(String message, String line) {
    return message == null || message.isEmpty() ? line : message + (message.endsWith("\n") ? "" : "\n") + line;
  }

  private static <T extends Throwable> T sameTrace(Throwable original, T copy) {
    copy.setStackTrace(original.getStackTrace());
    for (Throwable s : original.getSuppressed()) {
      copy.addSuppressed(s);
    }
    return copy;
  }

  /** {@code -3} for the third invocation of a parameterized or repeated test, else empty. */
  static String invocation(String uniqueId) {
    int at = uniqueId.lastIndexOf("-invocation:#");
    if (at < 0) {
      return "";
    }
    int end = uniqueId.indexOf(']', at);
    return "-" + uniqueId.substring(at + "-invocation:#".length(), end < 0 ? uniqueId.length() : end);
  }

  /** A file-name-safe form: letters, digits, {@code . _ - $} kept, anything else as {@code _}. */
  static String safe(String name) {
    String s = name.replaceAll("[^A-Za-z0-9._$-]", "_");
    return s.toLowerCase(Locale.ROOT).equals(".") || s.equals("..") ? "_" : s;
  }

  private static Optional<String> parameter(ExtensionContext context, String key) {
    return context.getConfigurationParameter(key).filter(s -> !s.isBlank());
  }

  /** Carries the trace's location on a failure that is not an assertion error. */
  static final class TraceLocation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TraceLocation(String message) {
      super(message, null, false, false);
    }
  }
}
