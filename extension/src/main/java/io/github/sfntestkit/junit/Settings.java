package io.github.sfntestkit.junit;

import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.StateMachine;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The configuration of one test class, resolved once: the loaded state machine, and the seed, clock
 * start and strictness after applying the annotation or builder, then the configuration parameters,
 * then the defaults. Immutable.
 *
 * @param machine the state machine under test
 * @param label how reports name its source
 * @param config what the user asked for
 * @param seed the random seed of each run
 * @param startTime the virtual clock's start
 * @param strictMocks whether unmocked calls fail
 * @param historyEvents how many history events a failure report shows
 */
record Settings(StateMachine machine, String label, ExtensionConfig config, long seed, Instant startTime,
    boolean strictMocks, int historyEvents) {

  static final long DEFAULT_SEED = 0L;
  static final boolean DEFAULT_STRICT_MOCKS = true;
  static final int DEFAULT_HISTORY_EVENTS = 10;

  static Settings resolve(StateMachine machine, String label, ExtensionConfig config, ExtensionContext context) {
    Long seed = config.parsedSeed();
    if (seed == null) {
      seed = parameter(context, StateMachineExtension.SEED_KEY).map(s -> parseSeed(s, origin(StateMachineExtension.SEED_KEY)))
          .orElse(DEFAULT_SEED);
    }
    Instant start = config.parsedStartTime();
    if (start == null) {
      start = parameter(context, StateMachineExtension.START_TIME_KEY)
          .map(s -> parseInstant(s, origin(StateMachineExtension.START_TIME_KEY)))
          .orElse(ExecutionOptions.defaults().startTime());
    }
    boolean configured = parameter(context, StateMachineExtension.STRICT_MOCKS_KEY)
        .map(s -> parseBoolean(s, origin(StateMachineExtension.STRICT_MOCKS_KEY))).orElse(DEFAULT_STRICT_MOCKS);
    boolean strict = config.strictMocks() != null ? config.strictMocks() : configured;
    int events = parameter(context, StateMachineExtension.REPORT_HISTORY_EVENTS_KEY)
        .map(s -> parseCount(s, origin(StateMachineExtension.REPORT_HISTORY_EVENTS_KEY)))
        .orElse(DEFAULT_HISTORY_EVENTS);
    return new Settings(machine, label, config, seed, start, strict, events);
  }

  /** The options every run of a test starts from, before the test's mocks are set. */
  ExecutionOptions baseOptions() {
    ExecutionOptions options = ExecutionOptions.defaults().withSeed(seed).withStartTime(startTime);
    return Objects.requireNonNull(config.options().apply(options),
        config.origin() + ": the options customizer returned null");
  }

  static long parseSeed(String text, String origin) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw ExtensionConfig.misuse(origin + " = \"" + text + "\" is not a whole number; expected a seed such as 42.");
    }
  }

  static Instant parseInstant(String text, String origin) {
    try {
      return Instant.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw ExtensionConfig.misuse(origin + " = \"" + text
          + "\" is not an ISO-8601 instant; expected a UTC time such as 2024-01-01T00:00:00Z.");
    }
  }

  static boolean parseBoolean(String text, String origin) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("true") || t.equals("false")) {
      return Boolean.parseBoolean(t);
    }
    throw ExtensionConfig.misuse(origin + " = \"" + text + "\" is neither true nor false.");
  }

  static int parseCount(String text, String origin) {
    try {
      int n = Integer.parseInt(text.trim());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ExtensionConfig.misuse(origin + " = \"" + text + "\" is not a count; expected 0 or more, e.g. 10.");
  }

  private static Optional<String> parameter(ExtensionContext context, String key) {
    return context.getConfigurationParameter(key).filter(s -> !s.isBlank());
  }

  private static String origin(String key) {
    return "Configuration parameter " + key;
  }
}
