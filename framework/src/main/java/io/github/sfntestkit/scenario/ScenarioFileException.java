package io.github.sfntestkit.scenario;

import io.github.sfntestkit.SfnTestKitException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A scenario file that cannot be read, says something the format does not allow, or names a state
 * machine that cannot be loaded. The message is the whole report, every problem at once, in
 * document order:
 *
 * <pre>
 * Invalid scenario file (orders.sfn-test.yaml): 2 problems
 *   Scenario "declined" at /scenarios/2/expect/staus (line 14, column 7)
 *     unknown field "staus" in "expect". Did you mean "status"?
 *   Scenario "declined" at /scenarios/2/expect/retries/ChargeCard (line 16, column 29)
 *     "retries" values must be whole numbers, 0 or more; found string "two".
 * </pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ScenarioFileException extends SfnTestKitException {
  private static final long serialVersionUID = 1L;

  /** Document order: by line and column (unknown last), then pointer, then message. */
  private static final Comparator<ScenarioFileProblem> ORDER =
      Comparator.comparingInt((ScenarioFileProblem p) -> p.line() < 0 ? Integer.MAX_VALUE : p.line())
          .thenComparingInt(p -> p.column() < 0 ? Integer.MAX_VALUE : p.column())
          .thenComparing(ScenarioFileProblem::pointer)
          .thenComparing(ScenarioFileProblem::message);

  private final String source;
  private final transient List<ScenarioFileProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name shown in the report's first line
   * @param problems at least one problem, in any order
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public ScenarioFileException(String source, List<ScenarioFileProblem> problems) {
    this(source, problems, null);
  }

  /**
   * Creates the exception with the exception that caused its only problem, such as the {@code
   * DefinitionException} of the state machine the file names.
   *
   * @param source the file or resource name shown in the report's first line
   * @param problems at least one problem, in any order
   * @param cause the underlying exception, or null
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public ScenarioFileException(String source, List<ScenarioFileProblem> problems, Throwable cause) {
    super(report(Objects.requireNonNull(source, "source"), sorted(problems)), cause);
    this.source = source;
    this.problems = sorted(problems);
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** The problems in document order. */
  public List<ScenarioFileProblem> problems() {
    return problems;
  }

  private static List<ScenarioFileProblem> sorted(List<ScenarioFileProblem> problems) {
    if (Objects.requireNonNull(problems, "problems").isEmpty()) {
      throw new IllegalArgumentException("a ScenarioFileException needs at least one problem");
    }
    List<ScenarioFileProblem> copy = new ArrayList<>(problems);
    copy.sort(ORDER);
    return List.copyOf(copy);
  }

  private static String report(String source, List<ScenarioFileProblem> problems) {
    StringBuilder sb = new StringBuilder(128 * problems.size() + 64);
    sb.append("Invalid scenario file (").append(source).append("): ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (ScenarioFileProblem p : problems) {
      sb.append("\n  ").append(p.where()).append("\n    ").append(p.message().replace("\n", "\n    "));
    }
    return sb.toString();
  }
}
