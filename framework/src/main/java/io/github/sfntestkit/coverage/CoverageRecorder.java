package io.github.sfntestkit.coverage;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The JVM-wide coverage collector: every {@link StateMachine#execute} is recorded while it is
 * enabled, and the data is written to {@code <dir>/<pid>-<random>.sfn-coverage.json} when the JVM
 * exits (and on {@link #flush()}), so the files of several JVM forks merge with {@link
 * CoverageData#readDirectory(Path)}.
 *
 * <p>Enabled at start-up when the system property {@value #DIRECTORY_PROPERTY} (or else the
 * environment variable {@value #DIRECTORY_ENV}) names the directory; {@code sfn-testkit-maven-plugin}'s
 * {@code prepare} goal sets the property for Surefire. Programmatically: {@link #enable(Path)}.
 * When disabled, recording costs one volatile read per execution.
 *
 * <pre>{@code
 * CoverageRecorder.enable(Path.of("target/sfn-coverage"));
 * sm.execute(input, options);           // recorded
 * CoverageRecorder.current().machines(); // what was recorded so far
 * CoverageRecorder.disable();            // writes the file and stops recording
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CoverageRecorder {
  /** The system property naming the directory to write coverage data to. */
  public static final String DIRECTORY_PROPERTY = "sfntestkit.coverage.dir";
  /** The environment variable naming the directory, when the system property is not set. */
  public static final String DIRECTORY_ENV = "SFNTESTKIT_COVERAGE_DIR";

  /** Where to write and what is recorded; null while disabled. */
  private static volatile Session session;
  private static boolean hookInstalled;

  static {
    Path configured = configuredDirectory(System.getProperty(DIRECTORY_PROPERTY), System.getenv(DIRECTORY_ENV));
    if (configured != null) {
      enable(configured);
    }
  }

  private CoverageRecorder() {}

  /** One enabled period: a directory, a file name of its own and the data recorded. */
  private static final class Session {
    final Path file;
    final CoverageData data = CoverageData.empty();
    boolean dirty;

    Session(Path file) {
      this.file = file;
    }

    synchronized void flush() {
      if (dirty) {
        data.write(file);
        dirty = false;
      }
    }

    synchronized void changed() {
      dirty = true;
    }
  }

  /** The directory named by the property, else by the environment variable; null when neither is set. */
  static Path configuredDirectory(String property, String env) {
    String dir = property != null && !property.isBlank() ? property : env;
    return dir == null || dir.isBlank() ? null : Path.of(dir.trim());
  }

  /**
   * Records an execution of {@code stateMachine} when enabled; does nothing otherwise. {@code
   * StateMachine.execute} calls it for every execution.
   */
  public static void record(StateMachine stateMachine, ExecutionResult result) {
    Session s = session;
    if (s == null) {
      return;
    }
    s.data.record(stateMachine, result);
    s.changed();
  }

  /**
   * Starts recording into {@code directory} (created when the data is written). When already
   * recording, what was recorded so far is written first, to the previous directory, and recording
   * starts afresh.
   */
  public static synchronized void enable(Path directory) {
    Objects.requireNonNull(directory, "directory");
    Session previous = session;
    if (previous != null) {
      previous.flush();
    }
    session = new Session(directory.resolve(fileName()));
    if (!hookInstalled) {
      Runtime.getRuntime().addShutdownHook(new Thread(CoverageRecorder::flushQuietly, "sfn-testkit-coverage"));
      hookInstalled = true;
    }
  }

  /** Writes what was recorded (if anything) and stops recording. */
  public static synchronized void disable() {
    Session s = session;
    session = null;
    if (s != null) {
      s.flush();
    }
  }

  /** Whether executions are being recorded. */
  public static boolean isEnabled() {
    return session != null;
  }

  /** The directory data is written to, or null while disabled. */
  public static Path directory() {
    Session s = session;
    return s == null ? null : s.file.getParent();
  }

  /**
   * Writes what was recorded so far, if anything new, to this JVM's file in the directory (the same
   * file each time: it holds everything recorded since {@link #enable(Path)}).
   *
   * @return the file, or null while disabled
   */
  public static Path flush() {
    Session s = session;
    if (s == null) {
      return null;
    }
    s.flush();
    return s.file;
  }

  /** What was recorded since recording was enabled (live, not a copy); empty data while disabled. */
  public static CoverageData current() {
    Session s = session;
    return s == null ? CoverageData.empty() : s.data;
  }

  private static void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      System.err.println("sfn-testkit: could not write coverage data: " + e.getMessage());
    }
  }

  private static String fileName() {
    long pid = ProcessHandle.current().pid();
    String random = Long.toHexString(new SecureRandom().nextLong() & Long.MAX_VALUE);
    return String.format(Locale.ROOT, "%d-%s%s", pid, random, CoverageData.FILE_SUFFIX);
  }
}
