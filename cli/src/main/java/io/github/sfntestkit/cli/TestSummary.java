package io.github.sfntestkit.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints a run as it happens, a file at a time, then the totals:
 *
 * <pre>
 * Order processing (scenarios/orders.sfn-test.yaml)
 *   PASS charges the card and notifies
 *   FAIL a declined card ends in PaymentFailed
 *        Scenario "a declined card ends in PaymentFailed" (orders.sfn-test.yaml, line 46) failed 1 of 6 expectations:
 *        ...
 *   SKIP refunds: refunds are not modelled yet
 *
 * Tests: 4 passed, 1 failed, 1 skipped
 * </pre>
 *
 * A file that cannot be loaded is one failing test of its own, counted as an invalid file.
 */
final class TestSummary implements TestExecutionListener {
  private static final String INDENT = "       ";

  private final PrintStream out;
  private final Path workingDir;
  private int passed;
  private int failed;
  private int skipped;
  private int invalidFiles;

  TestSummary(PrintStream out, Path workingDir) {
    this.out = out;
    this.workingDir = workingDir;
  }

  int failed() {
    return failed;
  }

  int invalidFiles() {
    return invalidFiles;
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    if (isFile(id) && id.isContainer()) {
      out.println(id.getDisplayName() + where(id));
    }
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    if (id.isTest()) {
      skipped++;
      out.println("  SKIP " + id.getDisplayName() + (reason == null || reason.isBlank() ? "" : ": " + reason));
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    boolean brokenFile = isFile(id) && id.isTest();
    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      if (id.isTest()) {
        passed++;
        out.println("  PASS " + id.getDisplayName());
      }
      return;
    }
    if (!id.isTest() && !isFile(id)) {
      out.println("FAIL " + id.getDisplayName());
    } else if (brokenFile) {
      invalidFiles++;
      failed++;
      out.println("FAIL " + id.getDisplayName() + where(id));
    } else if (id.isTest()) {
      failed++;
      out.println("  FAIL " + id.getDisplayName());
    } else {
      out.println("  FAIL " + id.getDisplayName());
    }
    message(result).ifPresent(m -> out.println(indent(m)));
  }

  @Override
  public void testPlanExecutionFinished(org.junit.platform.launcher.TestPlan plan) {
    out.println();
    out.println("Tests: " + passed + " passed, " + failed + " failed, " + skipped + " skipped"
        + (invalidFiles == 0 ? "" : " (" + invalidFiles + (invalidFiles == 1 ? " file" : " files")
            + " could not be loaded)"));
  }

  /** A scenario file: the engine's direct child. */
  private static boolean isFile(TestIdentifier id) {
    return id.getUniqueIdObject().getSegments().size() == 2;
  }

  /** " (scenarios/orders.sfn-test.yaml)": the file, relative to the working directory when under it, else absolute. */
  private String where(TestIdentifier id) {
    Optional<TestSource> source = id.getSource();
    if (source.isEmpty() || !(source.get() instanceof FileSource)) {
      return "";
    }
    Path file = ((FileSource) source.get()).getFile().toPath();
    return " (" + (file.startsWith(workingDir) ? workingDir.relativize(file) : file) + ")";
  }

  private static Optional<String> message(TestExecutionResult result) {
    return result.getThrowable().map(t -> t instanceof AssertionError || isOurs(t) ? t.getMessage() : t.toString());
  }

  /** The engine's own errors carry the whole report as their message; anything else shows its type too. */
  private static boolean isOurs(Throwable t) {
    return t.getMessage() != null && t.getClass().getName().startsWith("io.github.sfntestkit.");
  }

  private static String indent(String message) {
    StringBuilder sb = new StringBuilder();
    for (String line : message.split("\n", -1)) {
      sb.append(sb.length() == 0 ? "" : "\n").append(line.isEmpty() ? "" : INDENT + line);
    }
    return sb.toString();
  }
}
