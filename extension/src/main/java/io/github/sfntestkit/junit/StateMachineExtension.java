package io.github.sfntestkit.junit;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.SfnTestKitException;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.mock.Mocks;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The Jupiter extension behind {@link StateMachineTest}: loads and validates the definition once,
 * gives each test fresh {@link Mocks}, injects {@link StateMachine}, {@link Mocks}, {@link
 * StateMachineRunner}, {@link ExecutionOptions} and (in {@code @AfterEach}) the last {@link
 * io.github.sfntestkit.ExecutionResult} as parameters or {@link SfnInject} fields, and attaches the
 * last execution's report to a failing test as the report entry {@value ExecutionReport#REPORT_ENTRY_KEY}.
 *
 * <p>Declarative: {@code @StateMachineTest("orders.asl.json")}. Programmatic:
 *
 * <pre>{@code
 * @RegisterExtension
 * static StateMachineExtension sfn = StateMachineExtension.builder()
 *     .definition("orders.asl.json")
 *     .mocks(m -> m.task("Validate").returnsPayload("{\"valid\": true}"))
 *     .build();
 * }</pre>
 *
 * <p>Configuration parameters ({@code junit-platform.properties}), used when the annotation or
 * builder leaves the value unset:
 *
 * <ul>
 *   <li>{@value #SEED_KEY}: random seed of every run, default 0
 *   <li>{@value #START_TIME_KEY}: virtual clock start, ISO-8601, default 2024-01-01T00:00:00Z
 *   <li>{@value #STRICT_MOCKS_KEY}: false answers unmocked Task calls with an empty payload, default true
 *   <li>{@value #REPORT_HISTORY_EVENTS_KEY}: history events in a failure report, default 10
 *   <li>{@value #TRACE_ENABLED_KEY}: whether a failing test's last execution is written as an HTML
 *       trace, which the failure message's last line points to ({@code Execution trace: file:...}),
 *       default true
 *   <li>{@value #TRACE_DIR_KEY}: where traces go, as {@code <dir>/<test class>/<method>.html}, default
 *       {@code target/sfn-traces}
 * </ul>
 *
 * <p>All state lives in the {@link Store} (definitions in the root store, settings in the class's,
 * mocks and runner in the test's), so tests may run in parallel. Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StateMachineExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, ParameterResolver,
        TestExecutionExceptionHandler {

  /** Configuration parameter: the random seed of every execution; default {@code 0}. */
  public static final String SEED_KEY = "sfntestkit.seed";
  /** Configuration parameter: the virtual clock's start; default {@code 2024-01-01T00:00:00Z}. */
  public static final String START_TIME_KEY = "sfntestkit.startTime";
  /** Configuration parameter: whether an unmocked Task call fails the run; default {@code true}. */
  public static final String STRICT_MOCKS_KEY = "sfntestkit.strictMocks";
  /** Configuration parameter: how many history events a failure report shows; default {@code 10}. */
  public static final String REPORT_HISTORY_EVENTS_KEY = "sfntestkit.report.historyEvents";
  /** Configuration parameter: whether a failing test's last execution is written as HTML; default {@code true}. */
  public static final String TRACE_ENABLED_KEY = "sfntestkit.trace.enabled";
  /** Configuration parameter: the directory of execution traces; default {@code target/sfn-traces}. */
  public static final String TRACE_DIR_KEY = "sfntestkit.trace.dir";

  private static final Namespace NAMESPACE = Namespace.create(StateMachineExtension.class);

  /** Null for the declarative extension, which reads {@link StateMachineTest}. */
  private final ExtensionConfig config;

  /** Used by {@code @ExtendWith} (through {@link StateMachineTest}); reads the annotation. */
  public StateMachineExtension() {
    this(null);
  }

  private StateMachineExtension(ExtensionConfig config) {
    this.config = config;
  }

  /** Starts a programmatic configuration, for {@code @RegisterExtension}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Settings settings = settings(context);
    for (Field field : FieldInjection.fields(context.getRequiredTestClass(), true)) {
      Injectable what = FieldInjection.injectable(field);
      if (what != Injectable.STATE_MACHINE) {
        throw ExtensionConfig.misuse("Static field [" + field + "] holds a " + what.type().getSimpleName()
            + ", which is created fresh for each test; make the field non-static.");
      }
      FieldInjection.set(field, null, settings.machine());
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    TestScope scope = scope(context);
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Field field : FieldInjection.fields(instance.getClass(), false)) {
        FieldInjection.set(field, instance, value(FieldInjection.injectable(field), context, scope, "field [" + field + "]",
            ExtensionConfig::misuse));
      }
    }
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    TestScope scope = store(context).get(scopeKey(context), TestScope.class);
    String report = scope == null ? null : scope.report();
    if (report != null) {
      java.nio.file.Path trace = store(context).get(new TraceKey(context.getUniqueId()), java.nio.file.Path.class);
      context.publishReportEntry(ExecutionReport.REPORT_ENTRY_KEY, ExecutionReport.withTrace(report, trace));
    }
  }

  /** Writes the last execution of a failing test as an HTML trace and ends the failure's message with its path. */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    TestScope scope = store(context).get(scopeKey(context), TestScope.class);
    StateMachineRunner.Run last = scope == null ? null : scope.runner().lastRun();
    if (last == null || !TraceFiles.applies(failure)) {
      throw failure;
    }
    java.nio.file.Path trace;
    try {
      trace = TraceFiles.writeIfEnabled(context, scope.settings(), last);
    } catch (RuntimeException e) {
      throw TraceFiles.notWritten(failure, e);
    }
    if (trace == null) {
      throw failure;
    }
    store(context).put(new TraceKey(context.getUniqueId()), trace);
    throw TraceFiles.pointTo(failure, trace);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    if (Injectable.of(type) != null || parameterContext.isAnnotated(SfnInject.class)) {
      return true;
    }
    // Claim the other sfn-testkit types only to explain why they cannot be injected; a test template
    // (@ParameterizedTest, @RepeatedTest...) may supply them itself, e.g. an ExecutionStatus argument.
    return Injectable.isOurs(type) && !AnnotationSupport.isAnnotated(
        parameterContext.getDeclaringExecutable(), org.junit.jupiter.api.TestTemplate.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Parameter p = parameterContext.getParameter();
    String where = "parameter " + (parameterContext.getIndex() + 1) + " [" + p.getType().getSimpleName()
        + (p.isNamePresent() ? " " + p.getName() : "") + "] of " + executableName(parameterContext) + "()";
    Injectable what = Injectable.of(p.getType());
    if (what == null) {
      throw new ParameterResolutionException("Cannot inject " + where + ": sfn-testkit injects only "
          + Injectable.SUPPORTED + ", but the parameter is a " + p.getType().getName() + "."
          + Injectable.hint(p.getType()));
    }
    boolean perTestContext = extensionContext.getTestMethod().isPresent();
    TestScope scope = what.perTest() && perTestContext ? scope(extensionContext) : null;
    return value(what, extensionContext, scope, where, ParameterResolutionException::new);
  }

  private static String executableName(ParameterContext parameterContext) {
    Executable e = parameterContext.getDeclaringExecutable();
    return e instanceof Constructor ? e.getDeclaringClass().getSimpleName() : e.getName();
  }

  /** The test's mocks and runner are created before the test instance, so constructors can ask for them. */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  private Object value(Injectable what, ExtensionContext context, TestScope scope, String where,
      Function<String, ? extends RuntimeException> error) {
    if (what == Injectable.STATE_MACHINE) {
      return settings(context).machine();
    }
    if (scope == null) {
      throw error.apply("Cannot inject " + where + ": a " + what.type().getSimpleName() + " belongs to one test;"
          + " ask for it in a test, @BeforeEach or @AfterEach method, or a non-static field.");
    }
    StateMachineRunner runner = scope.runner();
    switch (what) {
      case MOCKS:
        return runner.mocks();
      case RUNNER:
        return runner;
      case OPTIONS:
        return runner.options();
      case CLOCK:
        return runner.options().clock();
      default:
        StateMachineRunner.Run last = runner.lastRun();
        if (last == null) {
          throw error.apply("Cannot inject " + where + ": no execution ran yet in this test. The last"
              + " ExecutionResult can be asked for in @AfterEach methods, after StateMachineRunner.run(...).");
        }
        return last.result();
    }
  }

  // ---- store -------------------------------------------------------------------------------------

  /** The settings of the context's test class, resolved once and kept in the class's store. */
  @SuppressWarnings("deprecation") // getOrComputeIfAbsent: JUnit 6 prefers computeIfAbsent, which 5.x lacks
  private Settings settings(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    Class<?> testClass = classContext.getRequiredTestClass();
    Attempt<?> attempt = store(classContext).getOrComputeIfAbsent(new SettingsKey(testClass, this),
        key -> Attempt.of(() -> resolve(classContext, testClass)), Attempt.class);
    return (Settings) attempt.get();
  }

  @SuppressWarnings("deprecation") // see settings(...)
  private Settings resolve(ExtensionContext context, Class<?> testClass) {
    ExtensionConfig cfg = config != null ? config : declared(testClass);
    if (cfg.machine() != null) {
      return Settings.resolve(cfg.machine(), "the StateMachine given to StateMachineExtension.builder()", cfg,
          context);
    }
    DefinitionSource source = cfg.source();
    Attempt<?> loaded = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(source,
        key -> Attempt.of(() -> source.load()), Attempt.class);
    return Settings.resolve((StateMachine) loaded.get(), source.label(), cfg, context);
  }

  private static ExtensionConfig declared(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = enclosingOf(c)) {
      Optional<StateMachineTest> a = AnnotationSupport.findAnnotation(c, StateMachineTest.class);
      if (a.isPresent()) {
        rejectTwoRegistrations(testClass);
        return ExtensionConfig.from(a.get(), c);
      }
    }
    throw ExtensionConfig.misuse(testClass.getName() + " uses StateMachineExtension without a state machine."
        + " Annotate it with @StateMachineTest(\"orders.asl.json\"), or register the extension with"
        + " @RegisterExtension static StateMachineExtension sfn = StateMachineExtension.builder()"
        + ".definition(\"orders.asl.json\").build();");
  }

  private static void rejectTwoRegistrations(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = enclosingOf(c)) {
      List<Field> fields = AnnotationSupport.findAnnotatedFields(c, RegisterExtension.class,
          f -> StateMachineExtension.class.isAssignableFrom(f.getType()));
      if (!fields.isEmpty()) {
        throw ExtensionConfig.misuse(testClass.getName() + " has both @StateMachineTest and @RegisterExtension"
            + " field [" + fields.get(0) + "]. Use one: the annotation, or the builder.");
      }
    }
  }

  private TestScope scope(ExtensionContext context) {
    Store store = store(context);
    Object key = scopeKey(context);
    TestScope scope = store.get(key, TestScope.class);
    if (scope == null) {
      scope = TestScope.create(settings(context), context.getRequiredTestClass(), context.getRequiredTestMethod());
      store.put(key, scope);
    }
    return scope;
  }

  private static Object scopeKey(ExtensionContext context) {
    return new ScopeKey(context.getUniqueId());
  }

  private static Store store(ExtensionContext context) {
    return context.getStore(NAMESPACE);
  }

  /** The context of the test class: the nearest ancestor (or self) without a test method. */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  /** The enclosing class of a {@code @Nested} (inner) class, else null. */
  static Class<?> enclosingOf(Class<?> c) {
    return c.getEnclosingClass() != null && !Modifier.isStatic(c.getModifiers()) ? c.getEnclosingClass() : null;
  }

  // ---- values kept in stores ---------------------------------------------------------------------

  /** Key of a class's settings; the extension is part of it so two registrations never share them. */
  private record SettingsKey(Class<?> testClass, StateMachineExtension extension) {}

  /** Key of a test's scope: its unique id, so a child context never sees its parent's scope. */
  private record ScopeKey(String uniqueId) {}

  /** Key of the trace written for a failing test. */
  private record TraceKey(String uniqueId) {}

  /**
   * Programmatic configuration: exactly one of {@link #definition}, {@link #template} or {@link
   * #stateMachine}, then options. Values left unset fall back to the configuration parameters.
   *
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private DefinitionSource source;
    private StateMachine machine;
    private String seed;
    private String startTime;
    private Boolean strictMocks;
    private final List<Consumer<Mocks>> mockSetup = new ArrayList<>();
    private Supplier<String> httpBaseUrl;
    private UnaryOperator<ExecutionOptions> options = UnaryOperator.identity();

    private Builder() {}

    /** The definition, a classpath resource or a file path ({@code .asl.json} / {@code .asl.yaml}). */
    public Builder definition(String resourceOrPath) {
      this.source = DefinitionSource.definition(Objects.requireNonNull(resourceOrPath, "resourceOrPath"));
      return this;
    }

    /** A SAM/CloudFormation/CDK template (classpath resource or file) and the state machine's logical id. */
    public Builder template(String resourceOrPath, String logicalId) {
      this.source = DefinitionSource.template(Objects.requireNonNull(resourceOrPath, "resourceOrPath"),
          Objects.requireNonNull(logicalId, "logicalId"));
      return this;
    }

    /** A state machine loaded by the caller, e.g. {@code StateMachine.fromString(...)}. */
    public Builder stateMachine(StateMachine stateMachine) {
      this.machine = Objects.requireNonNull(stateMachine, "stateMachine");
      return this;
    }

    /** The random seed of every run (overrides {@value StateMachineExtension#SEED_KEY}). */
    public Builder seed(long seed) {
      this.seed = Long.toString(seed);
      return this;
    }

    /** The virtual clock's start (overrides {@value StateMachineExtension#START_TIME_KEY}). */
    public Builder startTime(Instant startTime) {
      this.startTime = Objects.requireNonNull(startTime, "startTime").toString();
      return this;
    }

    /** Whether unmocked Task calls fail (overrides {@value StateMachineExtension#STRICT_MOCKS_KEY}). */
    public Builder strictMocks(boolean strict) {
      this.strictMocks = strict;
      return this;
    }

    /** Configures each test's fresh mocks before the test runs; may be called several times. */
    public Builder mocks(Consumer<Mocks> setup) {
      this.mockSetup.add(Objects.requireNonNull(setup, "setup"));
      return this;
    }

    /**
     * Sends every HTTP Task to a server on loopback, e.g. {@code .httpBaseUrl(wireMock::baseUrl)};
     * the supplier is read before each test, so the server may start after this extension is built.
     */
    public Builder httpBaseUrl(Supplier<String> baseUrl) {
      this.httpBaseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** Changes the options of every run, e.g. {@code o -> o.withStateMachineName("Orders")}. */
    public Builder options(UnaryOperator<ExecutionOptions> customizer) {
      this.options = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /**
     * Builds the extension; the definition is loaded when the first test class uses it.
     *
     * @throws SfnTestKitException when no state machine, or more than one, was given
     */
    public StateMachineExtension build() {
      if ((source == null) == (machine == null)) {
        throw new SfnTestKitException(source == null
            ? "StateMachineExtension.builder() needs a state machine: call definition(\"orders.asl.json\"),"
                + " template(\"template.yaml\", \"OrderFlow\") or stateMachine(...) before build()."
            : "StateMachineExtension.builder() got both " + source.label() + " and a StateMachine; keep one.");
      }
      return new StateMachineExtension(new ExtensionConfig("StateMachineExtension.builder()", source, machine,
          seed, startTime, strictMocks, List.copyOf(mockSetup), httpBaseUrl, options));
    }
  }
}
